package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.Priority;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.escalation.ApprovalDecided;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationDecision;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.escalation.NewApproval;
import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.CurrentStaff;
import uk.aftercare.staff.Role;

/**
 * Return authorisations for RETURN cases: previews the decision as the form is filled, raises the RMA, and moves it
 * through its lifecycle. Every step goes on the case's timeline; an RMA that needs more authority (a goodwill
 * exception, a refund above the front-line limit, no proof of purchase...) escalates its case.
 */
@Service
public class ReturnAuthorisationService {

	/** The field of the day the customer showed proof of posting, as the RMA page names it. */
	public static final String PROOF_OF_POSTING = "proofOfPostingOn";

	private final ReturnAuthorisationRepository rmas;

	private final RmaNumbers numbers;

	private final ReturnsService returns;

	private final CaseService cases;

	private final Approvals approvals;

	private final ApplicationEventPublisher events;

	private final ShopClock clock;

	private final MessageSource messages;

	ReturnAuthorisationService(ReturnAuthorisationRepository rmas, RmaNumbers numbers, ReturnsService returns,
			CaseService cases, Approvals approvals, ApplicationEventPublisher events, ShopClock clock,
			MessageSource messages) {
		this.approvals = approvals;
		this.events = events;
		this.rmas = rmas;
		this.numbers = numbers;
		this.returns = returns;
		this.cases = cases;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * The engine's decision on what the form says so far, and the verdict on the offered remedy.
	 * @throws InvalidInputException when the facts the engine needs are missing or invalid
	 */
	@Transactional(readOnly = true)
	public OfferPreview preview(NewReturnAuthorisation form) {
		// Wrong amounts would not add up; a damaged item among others, a used one among unused ones when nothing is
		// wrong with the goods, or one item's fact such as "personalised" would decide for all of them.
		List<FieldError> errors = new ArrayList<>(form.amountErrors());
		errors.addAll(form.conditionErrors(clock.today()));
		errors.addAll(form.factErrors());
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		ReturnsService.Assessed assessed = returns.assessUnderPolicy(form.toReturnRequest());
		ReturnAssessment assessment = assessed.assessment();
		List<String> explanation = form.explanationAsArranged(assessment);
		if (form.offeredRemedy() == null) {
			return new OfferPreview(assessment, null, null, RefundApprover.FRONT_LINE, List.of(), List.of(),
					explanation);
		}
		RemedyOfferRule.Judgement judgement = RemedyOfferRule.judge(assessment, form.offeredRemedy(),
				form.customerWish(), form.productType());
		BigDecimal refund = form.refund();
		ReturnsPolicySettings.Authority authority = assessed.settings()
			.authorityFor(assessment, form.offeredRemedy(), refund, judgement.goodwillException(),
					form.priceReductionChosen());
		return new OfferPreview(assessment, judgement, refund, authority.approver(), authority.reasons(),
				breaches(form, assessment, judgement), explanation);
	}

	/**
	 * What the offer breaks, each at its form field: a lesser remedy than the customer is entitled to, or a deduction
	 * the law does not allow (or one larger than the price, or without its reason). The one rule for the preview and
	 * for {@link #raise}, so the decision card never shows as possible what raising then refuses.
	 */
	private static List<ReturnAuthorisationRefusedException.Breach> breaches(NewReturnAuthorisation form,
			ReturnAssessment assessment, RemedyOfferRule.Judgement judgement) {
		List<ReturnAuthorisationRefusedException.Breach> breaches = new ArrayList<>();
		if (!judgement.allowed()) {
			breaches.add(new ReturnAuthorisationRefusedException.Breach("offeredRemedy", judgement.messageCode(),
					judgement));
		}
		if (form.priceReductionChosen()) {
			RefundTerms.priceReductionProblems(form.priceReduction(), form.deductionAmount(), form.totalPrice())
				.forEach(breaches::add);
			return breaches;
		}
		RefundTerms.deductionProblem(form.offeredRemedy(), assessment, form.cancellationInfoGiven(),
				form.deductionAmount(), form.deductionReason(), form.totalPrice())
			.ifPresent(breaches::add);
		return breaches;
	}

	/**
	 * Raises a return authorisation on a RETURN case, in status REQUESTED.
	 * A resolved case takes one as it takes a contact or a follow-up, and stays resolved: it cannot be closed until
	 * the return is finished. A closed case takes none: it was closed with every return on it finished, and keeps its
	 * priority, which an RMA needing authority would raise; it is reopened first.
	 *
	 * @throws NotAReturnCaseException when the case is not a RETURN case
	 * @throws CaseClosedToReturnsException when the case is closed
	 * @throws InvalidInputException listing every invalid field
	 * @throws ReturnAuthorisationRefusedException when the offer is less than the customer is entitled to, or the
	 * deduction is not allowed
	 */
	@Transactional
	public ReturnAuthorisationView raise(NewReturnAuthorisation form, String actor) {
		// Waits for anyone closing the case at this moment, and they for this: a closed case holds no unfinished return.
		cases.holdStill(form.caseNumber());
		CaseView serviceCase = cases.get(form.caseNumber());
		if (serviceCase.type() != CaseType.RETURN) {
			throw new NotAReturnCaseException(serviceCase.caseNumber(), serviceCase.type());
		}
		refuseOnceClosed(serviceCase, "rma.case.closed");
		LocalDate today = clock.today();
		List<FieldError> errors = form.validate(today);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		OfferPreview preview = preview(form);
		ReturnAssessment assessment = preview.assessment();
		if (!preview.breaches().isEmpty()) {
			throw new ReturnAuthorisationRefusedException(preview.breaches());
		}
		Instant now = clock.now();
		String number = numbers.next(today);
		ReturnAuthorisation rma = rmas.save(new ReturnAuthorisation(number, serviceCase.caseNumber(), form,
				assessment, preview.judgement().goodwillException(), preview.escalationReasons(),
				preview.requiredApprover(), actor, now, today));
		cases.record(serviceCase.caseNumber(), TimelineKind.RETURN_AUTHORISATION,
				text("rma.timeline.REQUESTED", number, label("rma.remedy", form.offeredRemedy()),
						label("rma.remedy", assessment.remedy()), assessment.legalBasis(), assessment.policyVersion()),
				actor);
		if (!preview.escalationReasons().isEmpty()) {
			String why = String.join("; ", preview.escalationReasons()
				.stream()
				.map(reason -> messages.getMessage("escalation." + reason, null, reason, Locale.UK))
				.toList());
			cases.escalate(serviceCase.caseNumber(), Set.copyOf(preview.escalationReasons()),
					text("rma.timeline.escalated", number, label("rma.approver", preview.requiredApprover()), why),
					Priority.HIGH, actor);
		}
		ReturnAuthorisationView view = rma.toView(today);
		if (preview.needsApproval()) {
			requestApproval(view, escalationReasons(preview.escalationReasons()), actor);
		}
		return view;
	}

	/**
	 * Puts the RMA in the approvals queue. The summary carries what the decider must see and the queue does not hold:
	 * the price, any deduction and why, and the refund that leaves; and what approving or rejecting does.
	 */
	private void requestApproval(ReturnAuthorisationView rma, List<EscalationReason> reasons, String actor) {
		ReturnAssessment assessment = rma.assessment();
		String summary = text(summaryCode(rma), rma.rmaNumber(), label("rma.remedy", rma.offeredRemedy()),
				label("rma.remedy", assessment.remedy()), assessment.legalBasis());
		if (rma.deductionAmount() != null) {
			summary = summary + " " + text("rma.approval.deduction", Wording.money(rma.totalPrice()),
					Wording.money(rma.deductionAmount()), rma.deductionReason(), Wording.money(rma.refundAmount()));
		}
		if (deductionRefusable(rma)) {
			summary = summary + " " + text("rma.approval.deduction.decide");
		}
		approvals.request(new NewApproval(rma.caseNumber(),
				rma.goodwillException() ? ApprovalKind.GOODWILL_EXCEPTION : ApprovalKind.REFUND, rma.rmaNumber(),
				rma.refundAmount() != null ? rma.refundAmount() : rma.totalPrice(), rma.offeredRemedy().name(),
				assessment.legalBasis(), reasons, summary, actor,
				rma.requiredApprover() == RefundApprover.MANAGER ? EscalationDecision.Approver.MANAGER
						: EscalationDecision.Approver.SUPERVISOR));
	}

	/**
	 * Refusing a statutory remedy is refusing the law: the decider is told what rejecting may rest on. With a
	 * deduction, what is theirs to decide is the deduction, and the summary says so instead.
	 */
	private static String summaryCode(ReturnAuthorisationView rma) {
		if (deductionRefusable(rma)) {
			return "rma.approval.summary.deduction";
		}
		return rma.offeredRemedy() == rma.assessment().remedy() && rma.assessment().remedy().isStatutory()
				? "rma.approval.summary.statutory" : "rma.approval.summary";
	}

	/**
	 * Whether rejecting the RMA's request refuses its deduction rather than the return: a remedy the law (or the
	 * shop's goodwill policy) gives, paid back less a deduction. The customer's right stands whatever the decider
	 * thinks of the amount kept back (CRA 2015 s.24(8)-(10), CCR 2013 reg 34(9)), so only the deduction goes back to
	 * staff. A goodwill exception is the shop's own promise, refused whole.
	 */
	static boolean deductionRefusable(ReturnAuthorisationView rma) {
		return rma.deductionAmount() != null && !rma.goodwillException();
	}

	@Transactional(readOnly = true)
	public ReturnAuthorisationView get(String rmaNumber) {
		return load(rmaNumber).toView(clock.today());
	}

	/**
	 * How the goods on an order were sold, as the newest return authorisation for the same order reference recorded
	 * it; empty when there is none. This is the only thing the form may fill in "How it was sold" from: how the
	 * customer got in touch says nothing of how they bought (a phone call about goods bought in a shop gives no right
	 * to cancel under the CCR 2013).
	 */
	@Transactional(readOnly = true)
	public Optional<RecordedSale> saleRecordedFor(String orderReference) {
		if (orderReference == null || orderReference.isBlank()) {
			return Optional.empty();
		}
		return rmas.findFirstByOrderReferenceOrderByCreatedAtDescIdDesc(ReturnAuthorisation.orderReferenceKey(orderReference))
			.map(rma -> new RecordedSale(rma.getRmaNumber(), rma.getChannel()));
	}

	/** The case's return authorisations, newest first. */
	@Transactional(readOnly = true)
	public List<ReturnAuthorisationView> forCase(String caseNumber) {
		LocalDate today = clock.today();
		return rmas.findByCaseNumberOrderByCreatedAtDescIdDesc(caseNumber.trim().toUpperCase(Locale.ROOT))
			.stream()
			.map(rma -> rma.toView(today))
			.toList();
	}

	/**
	 * Takes the next step in the RMA's life and writes it on the case timeline. Authorising or denying an RMA that
	 * needs approval takes a supervisor (or a manager, for a refund above the supervisor's limit).
	 *
	 * @param note            why (required to deny), or what inspection found; optional otherwise; at most
	 *                        {@link ReturnAuthorisation#NOTE_MAX} characters, a line break counting as one
	 * @param expectedVersion the version the member of staff saw, or {@code null} not to check
	 * @throws RmaChangedException when the RMA is no longer at {@code expectedVersion}
	 * @throws InvalidInputException when the note is too long, or missing for a denial
	 * @throws IllegalRmaTransitionException when the step is not allowed from the current status
	 * @throws ConflictException when the step is an outcome that does not give the remedy offered (a repair on an RMA
	 *                           that offered a refund), naming the remedy and the outcomes that give it
	 * @throws CaseClosedToReturnsException when the case is closed and the step is more than closing a finished RMA
	 * @throws AccessDeniedException when the member of staff lacks the authority to decide
	 */
	@Transactional
	public ReturnAuthorisationView advance(String rmaNumber, RmaStatus target, String note, Long expectedVersion,
			String actor) {
		ReturnAuthorisation rma = load(rmaNumber);
		if (expectedVersion != null && expectedVersion != rma.getVersion()) {
			throw new RmaChangedException(rma.getRmaNumber());
		}
		// Browsers send a textarea's line breaks as CRLF but count them as one character against its maxlength.
		note = note == null ? null : note.replace("\r\n", "\n");
		if (note != null && note.strip().length() > ReturnAuthorisation.NOTE_MAX) {
			throw new InvalidInputException("note", text("rma.note.tooLong", ReturnAuthorisation.NOTE_MAX));
		}
		if (target != RmaStatus.CLOSED) {
			// Closing files an RMA already finished; any other step is work on the case. A closed case has no RMA left
			// to work on (closing it needs them all finished), but one raised before that was checked may.
			refuseOnceClosed(cases.get(rma.getCaseNumber()), "rma.case.closed.step");
		}
		refuseAnOutcomeNotOffered(rma, target);
		Instant now = clock.now();
		LocalDate today = clock.today();
		boolean deniedHere = false;
		if (target == RmaStatus.AUTHORISED || target == RmaStatus.DENIED) {
			checkAuthority(rma);
			var pending = approvals.pendingFor(rma.getCaseNumber(), rma.getRmaNumber());
			checkNotOwnRequest(rma, pending.map(ApprovalView::requestedBy).orElse(rma.getCreatedBy()), actor);
			if (pending.isPresent()) {
				// One path for every decision: the approvals queue enforces "never your own request" and records it;
				// its ApprovalDecided event moves this RMA on (see on(ApprovalDecided)).
				if (target == RmaStatus.DENIED && (note == null || note.isBlank())) {
					throw new InvalidInputException("note", text("rma.note.required"));
				}
				// Rejecting in the queue refuses only a deduction; denying here refuses the return itself, so it is
				// denied before the queue hears of it (the event then finds it no longer requested).
				deniedHere = target == RmaStatus.DENIED && deductionRefusable(rma.toView(today));
				if (deniedHere) {
					rma.deny(actor, note, now);
				}
				approvals.decide(pending.get().id(), target == RmaStatus.AUTHORISED ? Decision.APPROVE : Decision.REJECT,
						note, null, actor, CurrentStaff.hasRole(Role.MANAGER));
				if (!deniedHere) {
					return load(rmaNumber).toView(today);
				}
			}
			else if (target == RmaStatus.AUTHORISED && deductionRefusal(rma.toView(today)).isPresent()) {
				throw new ConflictException(text("rma.deduction.refused.authorise", rma.getRmaNumber()));
			}
		}
		if (!deniedHere) {
			takeStep(rma, target, note, actor, now, today);
		}
		ReturnAuthorisationView view = rma.toView(today);
		String summary = text("rma.timeline." + target, view.rmaNumber(),
				view.refundAmount() == null ? "" : Wording.money(view.refundAmount()),
				view.refundDueOn() == null ? "" : Wording.date(view.refundDueOn()));
		if (note != null && !note.isBlank()) {
			summary = summary + " " + text("rma.timeline.note", note.strip());
		}
		cases.record(view.caseNumber(), TimelineKind.RETURN_AUTHORISATION, summary, actor);
		events.publishEvent(new ReturnAuthorisationMoved(view.rmaNumber(), view.caseNumber(), target,
				view.offeredRemedy(), actor));
		return view;
	}

	private void takeStep(ReturnAuthorisation rma, RmaStatus target, String note, String actor, Instant now,
			LocalDate today) {
		switch (target) {
			case AUTHORISED -> {
				checkAuthority(rma);
				rma.authorise(actor, note, now, today);
			}
			case DENIED -> {
				checkAuthority(rma);
				if (note == null || note.isBlank()) {
					throw new InvalidInputException("note", text("rma.note.required"));
				}
				rma.deny(actor, note, now);
			}
			case RECEIVED -> rma.receive(now, today);
			case INSPECTED -> rma.inspect(note, now, today);
			case REFUNDED -> rma.refund(now, today);
			case EXCHANGED -> rma.exchange(now, today);
			case REPAIRED -> rma.repair(now, today);
			case REPLACED -> rma.replace(now, today);
			case CLOSED -> rma.close(now);
			case REQUESTED -> throw new IllegalRmaTransitionException(rma.getRmaNumber(), rma.getStatus(), target);
		}
	}

	/**
	 * The supervisor's or manager's refusal of the RMA's deduction, while it stands: the RMA is still requested with
	 * that deduction and nothing waits in the queue for it. Staff then change or remove the deduction, or a supervisor
	 * denies the return; it is not authorised with the deduction refused.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovalView> deductionRefusal(ReturnAuthorisationView rma) {
		if (rma.status() != RmaStatus.REQUESTED || !rma.needsApproval() || !deductionRefusable(rma)
				|| approvals.pendingFor(rma.caseNumber(), rma.rmaNumber()).isPresent()) {
			return Optional.empty();
		}
		return approvals.forCase(rma.caseNumber())
			.stream()
			.filter(a -> rma.rmaNumber().equals(a.subjectRef()) && a.decidedAt() != null)
			.max(Comparator.comparing(ApprovalView::decidedAt))
			.filter(a -> a.status() == ApprovalStatus.REJECTED);
	}

	/**
	 * Whether a refusal of a deduction stands on one of the case's return authorisations
	 * ({@link #deductionRefusal}): the refund is then still open, and no outcome may be told to the customer.
	 */
	@Transactional(readOnly = true)
	public boolean deductionRefusedOn(String caseNumber) {
		return forCase(caseNumber).stream().anyMatch(rma -> deductionRefusal(rma).isPresent());
	}

	/**
	 * Whether this decision refused only a return authorisation's deduction, leaving the customer's claim open
	 * ({@link #deductionRefusable}): the same whether or not this module has heard of the decision yet, since such a
	 * rejection leaves the RMA requested, and a denial on the RMA's own page denies it first.
	 */
	@Transactional(readOnly = true)
	public boolean refusesOnlyTheDeduction(ApprovalView decided) {
		if (decided.status() != ApprovalStatus.REJECTED || decided.subjectRef() == null
				|| !decided.subjectRef().startsWith("RMA-")) {
			return false;
		}
		return rmas.findByRmaNumber(decided.subjectRef())
			.map(rma -> rma.toView(clock.today()))
			.filter(rma -> rma.status() == RmaStatus.REQUESTED && deductionRefusable(rma))
			.isPresent();
	}

	/**
	 * Changes or removes (an amount of zero or none) the deduction on a requested RMA whose deduction a supervisor or
	 * manager refused, and asks again when the refund still needs authority. The same rules as raising it apply
	 * ({@link RefundTerms}), and the refund limits of the policy it was decided under.
	 *
	 * @param expectedVersion the version the member of staff saw, or {@code null} not to check
	 * @throws RmaChangedException when the RMA is no longer at {@code expectedVersion}
	 * @throws ConflictException when its deduction is not refused (still waiting, authorised, or never refused)
	 * @throws InvalidInputException naming {@code deductionAmount} or {@code deductionReason}
	 */
	@Transactional
	public ReturnAuthorisationView changeDeduction(String rmaNumber, BigDecimal amount, String reason,
			Long expectedVersion, String actor) {
		ReturnAuthorisation rma = load(rmaNumber);
		if (expectedVersion != null && expectedVersion != rma.getVersion()) {
			throw new RmaChangedException(rma.getRmaNumber());
		}
		LocalDate today = clock.today();
		ReturnAuthorisationView before = rma.toView(today);
		if (deductionRefusal(before).isEmpty()) {
			throw new ConflictException(text("rma.deduction.notRefused", before.rmaNumber()));
		}
		BigDecimal deduction = amount == null ? BigDecimal.ZERO : amount;
		Optional<FieldError> badAmount = NewReturnAuthorisation.amountError("deductionAmount", deduction);
		if (badAmount.isPresent()) {
			throw invalid(List.of(badAmount.get()));
		}
		Optional<ReturnAuthorisationRefusedException.Breach> breach = RefundTerms.deductionProblem(
				before.offeredRemedy(), before.assessment(), rma.cancellationInfoGiven(), deduction, reason,
				before.totalPrice());
		if (breach.isPresent()) {
			throw new InvalidInputException(breach.get().field(), text(breach.get().code()));
		}
		BigDecimal refund = before.totalPrice().subtract(deduction);
		ReturnsPolicySettings.Authority authority = returns.settingsFor(before.requestDate())
			.authorityFor(before.assessment(), before.offeredRemedy(), refund, false);
		List<String> reasons = authority.reasons();
		if (deduction.signum() == 0 && reasons.size() > 1) {
			// With the deduction removed, a deduction that may be made is no reason to ask when another reason asks
			// anyway: the decider is not told of a deduction there is not. Alone, it still asks: deducting nothing
			// where the law allows a deduction is for whoever authorises the refund.
			reasons = reasons.stream().filter(r -> !r.equals(EscalationReason.DEDUCTION_FOR_USE.name())).toList();
		}
		rma.changeDeduction(deduction, reason, reasons, authority.approver(), clock.now());
		ReturnAuthorisationView view = rma.toView(today);
		cases.record(view.caseNumber(), TimelineKind.RETURN_AUTHORISATION, view.deductionAmount() == null
				? text("rma.timeline.deductionRemoved", view.rmaNumber(), Wording.money(view.refundAmount()))
				: text("rma.timeline.deductionChanged", view.rmaNumber(), Wording.money(view.deductionAmount()),
						view.deductionReason(), Wording.money(view.refundAmount())),
				actor);
		if (view.needsApproval()) {
			requestApproval(view, escalationReasons(view.escalationReasons()), actor);
		}
		return view;
	}

	/**
	 * Records the day the customer showed proof of posting the goods back, on an authorised cancellation of goods the
	 * shop does not collect, and writes it on the case timeline: the refund is then due 14 days after that day, or
	 * after the goods come back if that is sooner (CCR 2013 reg 34(6)). A day already recorded can be corrected (a
	 * day typed wrongly) until the goods come back; the timeline then names both days.
	 *
	 * @param shownOn         the day the customer showed the proof: not in the future, not before delivery
	 * @param expectedVersion the version the member of staff saw, or {@code null} not to check
	 * @throws RmaChangedException when the RMA is no longer at {@code expectedVersion}
	 * @throws InvalidInputException when the day is missing, in the future or before the goods were delivered
	 * @throws ConflictException when the RMA is not an authorised cancellation waiting for goods, or already has that
	 *                           day
	 */
	@Transactional
	public ReturnAuthorisationView recordProofOfPosting(String rmaNumber, LocalDate shownOn, Long expectedVersion,
			String actor) {
		ReturnAuthorisation rma = load(rmaNumber);
		if (expectedVersion != null && expectedVersion != rma.getVersion()) {
			throw new RmaChangedException(rma.getRmaNumber());
		}
		LocalDate today = clock.today();
		ReturnAuthorisationView before = rma.toView(today);
		if (!before.proofOfPostingAllowed()) {
			throw new ConflictException(text("rma.proofOfPosting.notWaiting", before.rmaNumber()));
		}
		if (shownOn != null && shownOn.equals(before.proofOfPostingOn())) {
			throw new ConflictException(
					text("rma.proofOfPosting.already", before.rmaNumber(), Wording.date(before.proofOfPostingOn())));
		}
		if (shownOn == null) {
			throw new InvalidInputException(PROOF_OF_POSTING, text("rma.proofOfPostingOn.required"));
		}
		if (shownOn.isAfter(today)) {
			throw new InvalidInputException(PROOF_OF_POSTING, text("rma.date.future"));
		}
		if (shownOn.isBefore(before.deliveryDate())) {
			throw new InvalidInputException(PROOF_OF_POSTING,
					text("rma.proofOfPostingOn.beforeDelivery", Wording.date(before.deliveryDate())));
		}
		rma.recordProofOfPosting(shownOn, clock.now(), today);
		ReturnAuthorisationView view = rma.toView(today);
		String entry = before.proofOfPostingOn() == null
				? text("rma.timeline.proofOfPosting", view.rmaNumber(), Wording.date(shownOn),
						Wording.money(view.refundAmount()), Wording.date(view.refundDueOn()))
				: text("rma.timeline.proofOfPostingCorrected", view.rmaNumber(),
						Wording.date(before.proofOfPostingOn()), Wording.date(shownOn),
						Wording.money(view.refundAmount()), Wording.date(view.refundDueOn()));
		cases.record(view.caseNumber(), TimelineKind.RETURN_AUTHORISATION, entry, actor);
		return view;
	}

	/**
	 * A supervisor or manager decided the approval request for a return authorisation (from the queue or the RMA
	 * page): authorise or deny it as the decider, and write it on the case timeline.
	 */
	@EventListener
	void on(ApprovalDecided decided) {
		ApprovalView approval = decided.approval();
		if (approval.subjectRef() == null || !approval.subjectRef().startsWith("RMA-")) {
			return;
		}
		ReturnAuthorisation rma = load(approval.subjectRef());
		if (rma.getStatus() != RmaStatus.REQUESTED) {
			return;
		}
		Instant now = clock.now();
		LocalDate today = clock.today();
		RmaStatus target;
		if (decided.approved()) {
			rma.authorise(approval.decidedBy(), approval.decisionNote(), now, today);
			target = RmaStatus.AUTHORISED;
		}
		else if (deductionRefusable(rma.toView(today))) {
			// The deduction is refused, not the customer's claim: the RMA stays requested, for staff to change or
			// remove the deduction (which asks again), or for a supervisor to deny it on its own page.
			ReturnAuthorisationView view = rma.toView(today);
			cases.record(view.caseNumber(), TimelineKind.RETURN_AUTHORISATION, text("rma.timeline.deductionRefused",
					view.rmaNumber(), Wording.money(view.deductionAmount()), approval.decisionNote() != null
							? approval.decisionNote() : text("rma.approval.notApproved", approval.decidedBy())),
					approval.decidedBy());
			return;
		}
		else {
			rma.deny(approval.decidedBy(), approval.decisionNote() != null ? approval.decisionNote()
					: text("rma.approval.notApproved", approval.decidedBy()), now);
			target = RmaStatus.DENIED;
		}
		ReturnAuthorisationView view = rma.toView(today);
		cases.record(view.caseNumber(), TimelineKind.RETURN_AUTHORISATION, text("rma.timeline." + target,
				view.rmaNumber(), view.refundAmount() == null ? "" : Wording.money(view.refundAmount()),
				view.refundDueOn() == null ? "" : Wording.date(view.refundDueOn())), approval.decidedBy());
		events.publishEvent(new ReturnAuthorisationMoved(view.rmaNumber(), view.caseNumber(), target,
				view.offeredRemedy(), approval.decidedBy()));
	}

	/**
	 * Escalates every agreed refund not paid by its due date ({@link RefundTerms#refundDueOn}) as an SLA breach on its
	 * case, once per return authorisation, citing what set the date: CRA 2015 s.20(15) for a refund under the Consumer
	 * Rights Act, CCR 2013 reg 34 for a cancellation, the shop's own promise for goodwill.
	 * @return how many were escalated
	 */
	@Transactional
	public int escalateOverdueRefunds(LocalDate today) {
		int escalated = 0;
		for (ReturnAuthorisation rma : rmas.findOverdueRefunds(
				java.util.EnumSet.of(RmaStatus.AUTHORISED, RmaStatus.RECEIVED, RmaStatus.INSPECTED), today)) {
			if (!rma.refundOverdueUnflagged(today)) {
				continue;
			}
			rma.flagRefundOverdue();
			ReturnAuthorisationView view = rma.toView(today);
			String text = text("rma.timeline.refundOverdue." + view.refundBasis(), view.rmaNumber(),
					Wording.money(view.refundAmount()), Wording.date(view.refundDueOn()));
			cases.record(view.caseNumber(), TimelineKind.RETURN_AUTHORISATION, text, "system");
			cases.escalate(view.caseNumber(), Set.of(EscalationReason.SLA_BREACH.name()), text, Priority.HIGH, "system");
			escalated++;
		}
		return escalated;
	}

	private void refuseOnceClosed(CaseView serviceCase, String code) {
		if (serviceCase.status() == CaseStatus.CLOSED) {
			throw new CaseClosedToReturnsException(serviceCase.caseNumber(), text(code, serviceCase.caseNumber()));
		}
	}

	/**
	 * Refuses ending the RMA with an outcome that does not give what it offered: a refund ends when the money is
	 * paid, not as "Repaired", and a repair or replacement never as "Refund paid" ({@link RmaStatus#outcomesFor}).
	 */
	private void refuseAnOutcomeNotOffered(ReturnAuthorisation rma, RmaStatus target) {
		Set<RmaStatus> fitting = RmaStatus.outcomesFor(rma.getOfferedRemedy());
		if (rma.getStatus().canMoveTo(target) && RmaStatus.OUTCOMES.contains(target) && !fitting.contains(target)) {
			String ways = String.join(" or ", fitting.stream().sorted().map(s -> label("rma.step", s)).toList());
			throw new ConflictException(text("rma.outcome.notOffered", rma.getRmaNumber(),
					label("rma.remedy", rma.getOfferedRemedy()), ways, label("rma.step", target)));
		}
	}

	private static InvalidInputException invalid(List<FieldError> errors) {
		return new InvalidInputException(errors.stream().map(e -> new FieldProblem(e.field(), e.message())).toList());
	}

	private static List<EscalationReason> escalationReasons(List<String> codes) {
		List<EscalationReason> reasons = new ArrayList<>();
		for (String code : codes) {
			for (EscalationReason reason : EscalationReason.values()) {
				if (reason.name().equals(code)) {
					reasons.add(reason);
				}
			}
		}
		return reasons;
	}

	/**
	 * Why the signed-in member of staff may not authorise or deny this RMA, as a sentence to show beside the steps;
	 * empty when they may. One that needs approval takes a supervisor (or a manager, above the supervisor's limit),
	 * and never the person who asked for it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> whyCannotDecide(ReturnAuthorisationView rma) {
		if (!CurrentStaff.hasRole(roleFor(rma.requiredApprover()))) {
			return Optional.of(text("rma.approval.waits", label("rma.approver", rma.requiredApprover())));
		}
		if (rma.status() == RmaStatus.REQUESTED && rma.needsApproval()) {
			Optional<ApprovalView> pending = approvals.pendingFor(rma.caseNumber(), rma.rmaNumber());
			String asker = pending.map(ApprovalView::requestedBy).orElse(rma.createdBy());
			if (CurrentStaff.username().equalsIgnoreCase(asker)) {
				String why = ownRequest(rma.requiredApprover(), rma.offeredRemedy());
				return Optional.of(pending.filter(a -> !approvals.someoneCanDecide(a))
					.map(a -> why + " " + Approvals.nobodyCanDecide(a))
					.orElse(why));
			}
		}
		return Optional.empty();
	}

	/**
	 * Refuses the decision to the person who asked for it, before the approvals queue would (with an error page): a
	 * stale RMA page, or a request made by hand, is told why beside the steps.
	 */
	private void checkNotOwnRequest(ReturnAuthorisation rma, String asker, String actor) {
		if (rma.getStatus() == RmaStatus.REQUESTED && rma.getRequiredApprover() != RefundApprover.FRONT_LINE
				&& actor.equalsIgnoreCase(asker)) {
			throw new AccessDeniedException(ownRequest(rma.getRequiredApprover(), rma.getOfferedRemedy()));
		}
	}

	private String ownRequest(RefundApprover approver, Remedy offered) {
		return text("rma.decide.ownRequest." + (offered.paysMoneyBack() ? "refund." : "other.") + approver);
	}

	private static Role roleFor(RefundApprover approver) {
		return switch (approver) {
			case FRONT_LINE -> Role.STAFF;
			case SUPERVISOR -> Role.SUPERVISOR;
			case MANAGER -> Role.MANAGER;
		};
	}

	private void checkAuthority(ReturnAuthorisation rma) {
		if (!CurrentStaff.hasRole(roleFor(rma.getRequiredApprover()))) {
			throw new AccessDeniedException(text("rma.decide.forbidden", rma.getRmaNumber(),
					label("rma.approver", rma.getRequiredApprover())));
		}
	}

	private ReturnAuthorisation load(String rmaNumber) {
		String number = rmaNumber == null ? "" : rmaNumber.trim().toUpperCase(Locale.ROOT);
		return rmas.findByRmaNumber(number).orElseThrow(() -> new NotFoundException("No return authorisation "
				+ rmaNumber + "."));
	}

	private String label(String prefix, Enum<?> value) {
		return messages.getMessage(prefix + "." + value.name(), null, value.name(), Locale.UK);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
