package uk.aftercare.followups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.StaffDirectory;

/**
 * Closing a resolved case professionally: checks the closing rules ({@link ClosingPolicy}), keeps the closure
 * record, closes the case, writes the checklist on its timeline, e-mails the closure and publishes
 * {@link CaseClosed} (the feedback module sends the survey). A return authorisation still unfinished on the case
 * keeps it open.
 */
@Service
public class ClosingService {

	private final ClosingPolicy policy = new ClosingPolicy();

	private final CaseClosureRepository closures;

	private final FollowUpService followUps;

	private final CustomerUpdateService updates;

	private final ComplaintHandlingService complaints;

	private final CaseService cases;

	private final ShopClock clock;

	private final ApplicationEventPublisher events;

	private final Wording wording;

	private final ReturnAuthorisationService returnAuthorisations;

	private final StaffDirectory staff;

	ClosingService(CaseClosureRepository closures, FollowUpService followUps, CustomerUpdateService updates,
			ComplaintHandlingService complaints, CaseService cases, ShopClock clock, ApplicationEventPublisher events,
			Wording wording, ReturnAuthorisationService returnAuthorisations, StaffDirectory staff) {
		this.closures = closures;
		this.followUps = followUps;
		this.updates = updates;
		this.complaints = complaints;
		this.cases = cases;
		this.clock = clock;
		this.events = events;
		this.wording = wording;
		this.returnAuthorisations = returnAuthorisations;
		this.staff = staff;
	}

	@Transactional(readOnly = true)
	public ClosingFacts facts(String caseNumber) {
		CaseView serviceCase = cases.get(caseNumber);
		return new ClosingFacts(serviceCase,
				followUps.forCase(serviceCase.caseNumber()).stream().filter(FollowUpView::isOpen).toList(),
				updates.preferenceOf(serviceCase.customerId()), complaints.missingSteps(serviceCase),
				latestClosure(serviceCase).orElse(null), updates.mailServerConfigured(),
				returnsOn(serviceCase.caseNumber()));
	}

	/**
	 * Closes a RESOLVED case. A survey the customer agreed to is left to the feedback module ({@link CaseClosed});
	 * without a mail server none can reach them, so the timeline and the result say to record their feedback instead.
	 *
	 * @throws ClosingRejectedException naming each field that breaks a closing rule
	 * @throws ConflictException        when the case is not resolved, or already closed (saying by whom and when)
	 */
	@Transactional
	public ClosingResult close(String caseNumber, ClosingRequest request, String actor) {
		// Waits for a return authorisation being raised on the case at this moment, and it for this: the rules below
		// see every return on the case.
		cases.holdStill(caseNumber);
		CaseView serviceCase = cases.get(caseNumber);
		String number = serviceCase.caseNumber();
		if (serviceCase.status() == CaseStatus.CLOSED) {
			// Most often the same button pressed twice: say it is done, and by whom, not "resolve it first".
			throw new ConflictException(latestClosure(serviceCase)
				.map(c -> wording.text("closing.alreadyClosed",
						staff.displayName(c.closedBy()).orElse(c.closedBy()), at(c.closedAt())))
				.orElseGet(() -> wording.text("closing.alreadyClosed.when", at(serviceCase.closedAt()))));
		}
		if (serviceCase.status() != CaseStatus.RESOLVED) {
			throw new ConflictException(
					wording.text("closing.notResolved", wording.text("status." + serviceCase.status())));
		}
		if (serviceCase.approvalPending()) {
			// Closing tells the customer the outcome: not before a supervisor or manager has decided it.
			throw new ConflictException(wording.text("closing.approvalPending"));
		}
		long openFollowUps = followUps.openCount(number);
		ContactPreferenceView preference = updates.preferenceOf(serviceCase.customerId());
		boolean canEmail = preference.updateBlock(serviceCase.customerEmail()).isEmpty();
		boolean complaint = serviceCase.type() == CaseType.COMPLAINT;
		List<ClosingPolicy.Violation> violations = policy.check(request, complaint, openFollowUps, canEmail,
				returnsOn(number));
		if (!violations.isEmpty()) {
			throw new ClosingRejectedException(violations);
		}
		if (canEmail && request.surveyByEmail() != preference.surveyConsent()) {
			updates.changePreference(number, preference.emailAllowed(), request.surveyByEmail(),
					preference.preferredChannel(), actor);
		}
		boolean surveyAgreed = canEmail && request.surveyByEmail();
		boolean recordFeedbackInstead = surveyAgreed && !updates.mailServerConfigured();
		CaseClosure closure = closures.save(
				new CaseClosure(number, serviceCase.type(), request, (int) openFollowUps, actor, clock.now()));
		cases.changeStatus(number, CaseStatus.CLOSED, wording.text("closing.statusReason"), actor);
		cases.record(number, TimelineKind.CLOSING, checklistSummary(closure.toView(), recordFeedbackInstead), actor);
		if (canEmail) {
			updates.sendClosure(serviceCase, request.outcome(), actor);
		}
		events.publishEvent(new CaseClosed(number, serviceCase.customerId(), surveyAgreed && !recordFeedbackInstead,
				actor));
		return new ClosingResult(closure.toView(), recordFeedbackInstead);
	}

	/** Every closing of the case, oldest first (a reopened case is closed again). */
	@Transactional(readOnly = true)
	public List<ClosureView> closures(String caseNumber) {
		return closures.findByCaseNumberOrderByClosedAtAscIdAsc(cases.get(caseNumber).caseNumber())
			.stream()
			.map(CaseClosure::toView)
			.toList();
	}

	/** The case's return authorisations, oldest first; the returns module keeps them. */
	private List<ClosingPolicy.ReturnOnCase> returnsOn(String caseNumber) {
		List<ClosingPolicy.ReturnOnCase> returns = new ArrayList<>();
		returnAuthorisations.forCase(caseNumber)
			.forEach(rma -> returns.add(0, new ClosingPolicy.ReturnOnCase(rma.rmaNumber(), rma.status())));
		return returns;
	}

	private String at(Instant instant) {
		return Wording.dateTime(instant, clock.zone());
	}

	/** The closing that closed the case, while it is closed; none after it is reopened, or if closed without one. */
	private Optional<ClosureView> latestClosure(CaseView serviceCase) {
		if (serviceCase.status() != CaseStatus.CLOSED) {
			return Optional.empty();
		}
		List<CaseClosure> all = closures.findByCaseNumberOrderByClosedAtAscIdAsc(serviceCase.caseNumber());
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).toView());
	}

	private String checklistSummary(ClosureView closure, boolean recordFeedbackInstead) {
		List<String> parts = new ArrayList<>();
		parts.add(wording.text("closing.timeline.checklist"));
		parts.add(wording.text("closing.timeline.outcome", closure.outcome()));
		if (closure.rootCause() != null) {
			parts.add(wording.text("closing.timeline.rootCause", wording.label("rootCause", closure.rootCause()),
					closure.preventiveMeasure()));
		}
		if (closure.openFollowUps() > 0) {
			parts.add(wording.text("closing.timeline.openFollowUps", closure.openFollowUps(),
					closure.openFollowUpsReason()));
		}
		if (recordFeedbackInstead) {
			parts.add(wording.text("closing.timeline.noMailServer"));
		}
		return String.join("\n", parts);
	}

}
