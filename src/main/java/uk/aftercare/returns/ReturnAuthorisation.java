package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A return authorisation (RMA): what comes back, why, what the engine decided and what the shop offered, and the
 * steps from request to close. The decision is stored as it was made, with the policy version it used, so it still
 * reads the same after the policy changes. Status changes go through named transitions that refuse illegal moves.
 */
@Entity
@Table(name = "return_authorisation")
class ReturnAuthorisation {

	/**
	 * The longest note staff may give with a step (it is kept as the decision or inspection note). INSPECTION_NOTE
	 * holds this many; DECISION_NOTE holds 2,000, for an approval's note copied from the supervisor's decision.
	 */
	static final int NOTE_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rma_number", nullable = false, unique = true, updatable = false, length = 20)
	private String rmaNumber;

	@Column(name = "case_number", nullable = false, updatable = false, length = 20)
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RmaStatus status;

	@Column(name = "raised_on", nullable = false, updatable = false)
	private LocalDate raisedOn;

	@Column(name = "customer_name", nullable = false, length = 120)
	private String customerName;

	@Column(name = "customer_email", length = 200)
	private String customerEmail;

	@Column(name = "customer_phone", length = 30)
	private String customerPhone;

	@Column(name = "order_reference", length = 60)
	private String orderReference;

	@Enumerated(EnumType.STRING)
	@Column(name = "proof_of_purchase", nullable = false, length = 20)
	private ProofOfPurchase proofOfPurchase;

	@Enumerated(EnumType.STRING)
	@Column(name = "product_type", nullable = false, length = 20)
	private ProductType productType;

	@Enumerated(EnumType.STRING)
	@Column(name = "sale_channel", nullable = false, length = 20)
	private SaleChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Region region;

	@Column(name = "purchase_date", nullable = false)
	private LocalDate purchaseDate;

	@Column(name = "delivery_date", nullable = false)
	private LocalDate deliveryDate;

	@Column(name = "request_date", nullable = false)
	private LocalDate requestDate;

	@ElementCollection
	@CollectionTable(name = "return_authorisation_line", joinColumns = @JoinColumn(name = "rma_id"))
	@OrderColumn(name = "line_no")
	private List<ReturnAuthorisationLine> lines = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "reason_code", nullable = false, length = 30)
	private ReasonCode reasonCode;

	@Column(name = "reason_detail", length = 1000)
	private String reasonDetail;

	@Column(name = "failed_repair", nullable = false)
	private boolean failedRepairOrReplacement;

	@Column(name = "repair_days", nullable = false)
	private int repairDays;

	@Column(nullable = false)
	private boolean perishable;

	@Column(name = "expected_life_days")
	private Integer expectedLifeDays;

	@Column(nullable = false)
	private boolean personalised;

	@Column(name = "hygiene_seal_broken", nullable = false)
	private boolean hygieneSealBroken;

	@Column(name = "media_seal_broken", nullable = false)
	private boolean mediaSealBroken;

	@Column(name = "cancellation_info_given", nullable = false)
	private boolean cancellationInfoGiven;

	@Column(name = "digital_supply_started", nullable = false)
	private boolean digitalSupplyStartedWithConsent;

	@Column(name = "fault_pointed_out_before_sale", nullable = false)
	private boolean faultPointedOutBeforeSale;

	@Enumerated(EnumType.STRING)
	@Column(name = "customer_wish", nullable = false, length = 20)
	private CustomerWish customerWish;

	@Enumerated(EnumType.STRING)
	@Column(name = "offered_remedy", nullable = false, length = 40)
	private Remedy offeredRemedy;

	/** How the goods come back; {@code null} when they do not: the customer keeps them with a price reduction (V38). */
	@Enumerated(EnumType.STRING)
	@Column(name = "return_method", length = 20)
	private ReturnMethod returnMethod;

	@Column(name = "goodwill_exception", nullable = false)
	private boolean goodwillException;

	@Enumerated(EnumType.STRING)
	@Column(name = "required_approver", nullable = false, length = 20)
	private RefundApprover requiredApprover;

	// The engine's answer, kept as it was given.

	@Column(name = "policy_version", nullable = false, updatable = false, length = 40)
	private String policyVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "decided_remedy", nullable = false, updatable = false, length = 40)
	private Remedy decidedRemedy;

	@Column(nullable = false, updatable = false)
	private boolean statutory;

	@Column(name = "legal_basis", nullable = false, updatable = false, length = 300)
	private String legalBasis;

	@Column(updatable = false)
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(name = "burden_of_proof", updatable = false, length = 20)
	private BurdenOfProof burdenOfProof;

	@Column(name = "deduction_for_use_allowed", nullable = false, updatable = false)
	private boolean deductionForUseAllowed;

	@Column(updatable = false, length = 300)
	private String alternatives;

	@Column(nullable = false, updatable = false, length = 4000)
	private String explanation;

	@Column(name = "assessment_escalation", updatable = false, length = 300)
	private String assessmentEscalation;

	/** Why this RMA needs a supervisor or manager: the assessment's reasons as they apply to the offer. */
	@Column(name = "escalation_reasons", length = 300)
	private String escalationReasons;

	// Money.

	@Column(name = "total_price", nullable = false, precision = 12, scale = 2)
	private BigDecimal totalPrice;

	@Column(name = "refund_amount", precision = 12, scale = 2)
	private BigDecimal refundAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "refund_method", length = 30)
	private RefundMethod refundMethod;

	@Column(name = "deduction_amount", precision = 12, scale = 2)
	private BigDecimal deductionAmount;

	@Column(name = "deduction_reason", length = 500)
	private String deductionReason;

	/**
	 * The reduction in price agreed when the customer chose to keep goods rather than reject them (CRA 2015 s.24):
	 * the refund paid; {@code null} for a final rejection and every other remedy, and on RMAs raised before it (V38).
	 */
	@Column(name = "price_reduction", precision = 12, scale = 2)
	private BigDecimal priceReduction;

	@Column(name = "refund_agreed_on")
	private LocalDate refundAgreedOn;

	@Column(name = "refund_due_on")
	private LocalDate refundDueOn;

	@Column(name = "refunded_on")
	private LocalDate refundedOn;

	@Column(name = "refund_overdue_flagged", nullable = false)
	private boolean refundOverdueFlagged;

	// Approval and the later steps.

	@Column(name = "decided_by", length = 60)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	// As long as an approval's note, which a supervisor's decision copies here (V16).
	@Column(name = "decision_note", length = 2000)
	private String decisionNote;

	/** The day the customer showed proof of posting the goods back on a cancellation (V18). */
	@Column(name = "proof_of_posting_on")
	private LocalDate proofOfPostingOn;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "inspected_on")
	private LocalDate inspectedOn;

	@Column(name = "inspection_note", length = 1000)
	private String inspectionNote;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "created_by", nullable = false, updatable = false, length = 60)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ReturnAuthorisation() {
	}

	/**
	 * A new request. The caller has checked the offer against the assessment ({@link RemedyOfferRule}) and the
	 * deduction ({@link RefundTerms}), and worked out who must authorise it.
	 */
	ReturnAuthorisation(String rmaNumber, String caseNumber, NewReturnAuthorisation form, ReturnAssessment assessment,
			boolean goodwillException, List<String> escalationReasons, RefundApprover requiredApprover, String actor,
			Instant now, LocalDate today) {
		this.rmaNumber = rmaNumber;
		this.caseNumber = caseNumber;
		this.status = RmaStatus.REQUESTED;
		this.raisedOn = today;
		this.customerName = form.customerName().strip();
		this.customerEmail = blankToNull(form.customerEmail());
		this.customerPhone = blankToNull(form.customerPhone());
		this.orderReference = orderReferenceKey(form.orderReference());
		ReturnRequest request = form.toReturnRequest();
		this.proofOfPurchase = request.proofOfPurchase();
		this.productType = request.productType();
		this.channel = request.channel();
		this.region = request.region();
		this.purchaseDate = request.purchaseDate();
		this.deliveryDate = request.deliveryDate();
		this.requestDate = request.requestDateOr(today);
		form.lines().forEach(line -> lines.add(new ReturnAuthorisationLine(line)));
		this.reasonCode = form.reasonCode();
		this.reasonDetail = blankToNull(form.reasonDetail());
		this.failedRepairOrReplacement = request.failedRepairOrReplacement();
		this.repairDays = request.repairDays();
		this.perishable = request.perishable();
		this.expectedLifeDays = request.expectedLifeDays();
		this.personalised = request.personalised();
		this.hygieneSealBroken = request.hygieneSealBroken();
		this.mediaSealBroken = request.mediaSealBroken();
		this.cancellationInfoGiven = request.cancellationInfoGiven();
		this.digitalSupplyStartedWithConsent = request.digitalSupplyStartedWithConsent();
		this.faultPointedOutBeforeSale = request.faultPointedOutBeforeSale();
		this.customerWish = form.customerWish();
		this.offeredRemedy = form.offeredRemedy();
		this.returnMethod = form.priceReductionChosen() ? null : form.returnMethod();
		this.goodwillException = goodwillException;
		this.requiredApprover = requiredApprover;
		this.policyVersion = assessment.policyVersion();
		this.decidedRemedy = assessment.remedy();
		this.statutory = assessment.statutory();
		this.legalBasis = assessment.legalBasis();
		this.deadline = assessment.deadline();
		this.burdenOfProof = assessment.burdenOfProof();
		this.deductionForUseAllowed = assessment.deductionForUseAllowed();
		this.alternatives = join(assessment.alternatives().stream().map(Enum::name).toList());
		this.explanation = String.join("\n", assessment.explanation());
		this.assessmentEscalation = join(assessment.escalationReasons().stream().map(Enum::name).toList());
		this.escalationReasons = join(escalationReasons);
		this.totalPrice = form.totalPrice();
		// A goodwill exchange pays nothing back, but records a gift card when the customer chose one.
		this.refundMethod = form.refundMethodRecorded();
		if (form.priceReductionChosen()) {
			this.priceReduction = form.priceReduction();
			this.refundAmount = form.priceReduction();
		}
		else if (offeredRemedy.paysMoneyBack()) {
			this.deductionAmount = form.deductionAmount().signum() == 0 ? null : form.deductionAmount();
			this.deductionReason = deductionAmount == null ? null : blankToNull(form.deductionReason());
			this.refundAmount = totalPrice.subtract(form.deductionAmount());
		}
		this.createdBy = actor;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Agrees the return. A refund is agreed today and due as {@link RefundTerms#refundDueOn} says: under the
	 * Consumer Rights Act, and a goodwill refund alike, within 14 days counting today (s.20(15)); a cancellation refund
	 * 14 days after the day the
	 * customer cancelled, or for goods the shop does not collect, 14 days after they come back or the customer shows
	 * proof of posting (CCR 2013 reg 34).
	 */
	void authorise(String by, String note, Instant now, LocalDate today) {
		moveTo(RmaStatus.AUTHORISED, now);
		decide(by, note, now);
		if (refundAmount != null) {
			refundAgreedOn = today;
			refundDueOn = refundDueOn();
		}
	}

	/**
	 * Changes the deduction on a refund still requested, after a supervisor or manager refused it; zero removes it.
	 * The refund follows, and so do who must authorise it and why. The caller has checked the deduction
	 * ({@link RefundTerms}).
	 */
	void changeDeduction(BigDecimal deduction, String reason, List<String> escalationReasons,
			RefundApprover requiredApprover, Instant now) {
		if (status != RmaStatus.REQUESTED || refundAmount == null) {
			throw new uk.aftercare.shared.ConflictException(rmaNumber + " is not a refund still requested.");
		}
		deductionAmount = deduction.signum() == 0 ? null : deduction;
		deductionReason = deductionAmount == null ? null : blankToNull(reason);
		refundAmount = totalPrice.subtract(deduction);
		this.escalationReasons = join(escalationReasons);
		this.requiredApprover = requiredApprover;
		updatedAt = now;
	}

	/** Whether the refund's 14-day date has passed unpaid and nobody has been told yet. */
	boolean refundOverdueUnflagged(LocalDate today) {
		return !refundOverdueFlagged && refundDueOn != null && refundedOn == null && today.isAfter(refundDueOn)
				&& (status == RmaStatus.AUTHORISED || status == RmaStatus.RECEIVED || status == RmaStatus.INSPECTED);
	}

	void flagRefundOverdue() {
		refundOverdueFlagged = true;
	}

	void deny(String by, String note, Instant now) {
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("A denial needs a reason the customer can be given.");
		}
		moveTo(RmaStatus.DENIED, now);
		decide(by, note, now);
	}

	/**
	 * The goods came back. A cancellation refunded before they did ({@link #refundPayableBeforeGoodsBack}) stays
	 * refunded: only the day they arrived is recorded, and the refund already paid keeps its date.
	 */
	void receive(Instant now, LocalDate today) {
		if (goodsAwaitedAfterRefund()) {
			receivedOn = today;
			updatedAt = now;
			return;
		}
		moveTo(RmaStatus.RECEIVED, now);
		receivedOn = today;
		// Only a refund that waits for the goods has its date set by their coming back; any other keeps its date.
		if (refundAgreedOn != null && RefundTerms.waitsForGoods(offeredRemedy, productType, returnMethod)) {
			refundDueOn = refundDueOn();
		}
	}

	/**
	 * Records the day the customer showed evidence of having sent the goods back, on a cancellation of goods the shop
	 * does not collect: the refund is then due 14 days after that day, or after the goods come back if that is sooner
	 * (CCR 2013 reg 34(6)). While the RMA is authorised and the goods are on their way; again to correct the day. A
	 * refund flagged overdue whose corrected due date has not passed is no longer overdue: the refund monitor flags it
	 * again if it passes unpaid.
	 */
	void recordProofOfPosting(LocalDate shownOn, Instant now, LocalDate today) {
		if (!proofOfPostingAllowed()) {
			throw new uk.aftercare.shared.ConflictException(rmaNumber + " is not an authorised cancellation waiting "
					+ "for goods.");
		}
		if (shownOn == null || shownOn.isBefore(deliveryDate)) {
			throw new IllegalArgumentException("Proof of posting must be shown on or after delivery, " + deliveryDate);
		}
		proofOfPostingOn = shownOn;
		refundDueOn = refundDueOn();
		if (refundOverdueFlagged && !today.isAfter(refundDueOn)) {
			refundOverdueFlagged = false;
		}
		updatedAt = now;
	}

	/**
	 * Whether proof of posting can be recorded, or the day recorded corrected: an authorised cancellation refund
	 * waiting for the goods to come back.
	 */
	boolean proofOfPostingAllowed() {
		return status == RmaStatus.AUTHORISED && refundAgreedOn != null
				&& RefundTerms.waitsForGoods(offeredRemedy, productType, returnMethod);
	}

	void inspect(String note, Instant now, LocalDate today) {
		moveTo(RmaStatus.INSPECTED, now);
		inspectedOn = today;
		inspectionNote = blankToNull(note);
	}

	/**
	 * Whether the agreed refund may be paid while the goods are still on their way: a cancellation refund whose
	 * due date no longer waits for them. The customer has shown proof of posting (CCR 2013 reg 34(5)), or the shop
	 * collects the goods, or nothing comes back (reg 34(4), (6)): the refund is then due on a day that passes whether
	 * or not the goods arrive, so it can be paid, and recorded as paid, before "Goods received" and "Inspected".
	 */
	private boolean refundPayableBeforeGoodsBack() {
		return status == RmaStatus.AUTHORISED && refundAgreedOn != null && refundAmount != null
				&& offeredRemedy == Remedy.CANCELLATION_REFUND
				&& (proofOfPostingOn != null || !RefundTerms.waitsForGoods(offeredRemedy, productType, returnMethod));
	}

	/** Whether the customer keeps the goods with a reduction in price: nothing comes back to receive or inspect. */
	boolean keepsGoods() {
		return priceReduction != null;
	}

	/** Refunded before the goods came back ({@link #refundPayableBeforeGoodsBack}): their arrival is still recorded. */
	private boolean goodsAwaitedAfterRefund() {
		return status == RmaStatus.REFUNDED && receivedOn == null && productType == ProductType.GOODS
				&& offeredRemedy == Remedy.CANCELLATION_REFUND;
	}

	/**
	 * The steps open to this RMA now: its status's moves for the remedy offered ({@link RmaStatus#nextStatusesFor}),
	 * with "Refund paid" as soon as a cancellation refund no longer waits for the goods, and "Goods received" once
	 * such a refund is paid and the goods have not yet arrived. Goods kept with a price reduction are not received:
	 * once authorised, the reduction is paid.
	 */
	Set<RmaStatus> nextStatuses() {
		Set<RmaStatus> next = status.nextStatusesFor(offeredRemedy);
		if (status == RmaStatus.AUTHORISED && keepsGoods()) {
			// Kept with a price reduction: the reduction agreed is all there is left to do.
			return java.util.EnumSet.of(RmaStatus.REFUNDED);
		}
		if (refundPayableBeforeGoodsBack()) {
			next.add(RmaStatus.REFUNDED);
		}
		if (goodsAwaitedAfterRefund()) {
			next.add(RmaStatus.RECEIVED);
		}
		return next;
	}

	/** Pays the agreed refund; only an RMA with a refund agreed can end this way. */
	void refund(Instant now, LocalDate today) {
		if (status.canMoveTo(RmaStatus.REFUNDED) && refundAmount == null) {
			throw new uk.aftercare.shared.ConflictException(rmaNumber + " has no refund agreed; "
					+ "end it with an exchange, repair or replacement, or raise a new return authorisation.");
		}
		complete(RmaStatus.REFUNDED, now, today);
		refundedOn = today;
	}

	void exchange(Instant now, LocalDate today) {
		complete(RmaStatus.EXCHANGED, now, today);
	}

	void repair(Instant now, LocalDate today) {
		complete(RmaStatus.REPAIRED, now, today);
	}

	void replace(Instant now, LocalDate today) {
		complete(RmaStatus.REPLACED, now, today);
	}

	void close(Instant now) {
		moveTo(RmaStatus.CLOSED, now);
		closedAt = now;
	}

	/** Whether the agreed refund is still to be paid and its statutory due date has passed. */
	boolean refundOverdue(LocalDate today) {
		return refundDueOn != null && refundedOn == null && status.inProgress() && today.isAfter(refundDueOn);
	}

	private LocalDate refundDueOn() {
		return RefundTerms.refundDueOn(offeredRemedy, productType, returnMethod, requestDate, refundAgreedOn,
				proofOfPostingOn, receivedOn);
	}

	private void complete(RmaStatus outcome, Instant now, LocalDate today) {
		moveTo(outcome, now);
		completedOn = today;
	}

	private void decide(String by, String note, Instant now) {
		decidedBy = by;
		decidedAt = now;
		decisionNote = blankToNull(note);
	}

	private void moveTo(RmaStatus target, Instant now) {
		if (!nextStatuses().contains(target)) {
			throw new IllegalRmaTransitionException(rmaNumber, status, target, nextStatuses());
		}
		status = target;
		updatedAt = now;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * An order reference as it is kept, and looked up (indexed, V24): upper-cased as a case keeps its own, one
	 * character at a time, so that it never outgrows its column ("ß" stays one character).
	 */
	static String orderReferenceKey(String orderReference) {
		String reference = blankToNull(orderReference);
		if (reference == null) {
			return null;
		}
		StringBuilder upper = new StringBuilder(reference.length());
		reference.codePoints().map(Character::toUpperCase).forEach(upper::appendCodePoint);
		return upper.toString();
	}

	private static String join(List<String> codes) {
		return codes.isEmpty() ? null : String.join(",", codes);
	}

	private static List<String> split(String codes) {
		return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
	}

	String getRmaNumber() {
		return rmaNumber;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	RmaStatus getStatus() {
		return status;
	}

	SaleChannel getChannel() {
		return channel;
	}

	RefundApprover getRequiredApprover() {
		return requiredApprover;
	}

	Remedy getOfferedRemedy() {
		return offeredRemedy;
	}

	String getCreatedBy() {
		return createdBy;
	}

	boolean cancellationInfoGiven() {
		return cancellationInfoGiven;
	}

	long getVersion() {
		return version;
	}

	/** The engine's decision as it was given, naming the policy version it used. */
	ReturnAssessment assessment() {
		List<AssessmentEscalationReason> reasons = split(assessmentEscalation).stream()
			.map(AssessmentEscalationReason::valueOf)
			.toList();
		List<Remedy> others = split(alternatives).stream().map(Remedy::valueOf).toList();
		boolean canCancel = decidedRemedy == Remedy.CANCELLATION_REFUND || others.contains(Remedy.CANCELLATION_REFUND);
		return new ReturnAssessment(decidedRemedy, statutory, legalBasis, deadline, burdenOfProof,
				deductionForUseAllowed, canCancel && Claim.cancellationOnlyByExtension(productType, deliveryDate,
						purchaseDate, requestDate, cancellationInfoGiven),
				others, explanation.isEmpty() ? List.of() : Arrays.asList(explanation.split("\n")), policyVersion,
				!reasons.isEmpty(), reasons);
	}

	ReturnAuthorisationView toView(LocalDate today) {
		return new ReturnAuthorisationView(rmaNumber, caseNumber, status, raisedOn, customerName, customerEmail,
				customerPhone, orderReference, proofOfPurchase, productType, channel, region, purchaseDate,
				deliveryDate, requestDate, lines.stream().map(ReturnAuthorisationLine::toItemLine).toList(),
				totalPrice, reasonCode, reasonDetail, customerWish, offeredRemedy, returnMethod, goodwillException,
				split(escalationReasons), requiredApprover, assessment(), refundAmount, refundMethod, deductionAmount,
				deductionReason, priceReduction, refundAgreedOn, refundDueOn, refundedOn, refundOverdue(today), decidedBy, decidedAt,
				decisionNote, proofOfPostingOn, proofOfPostingAllowed(), receivedOn, inspectedOn, inspectionNote,
				completedOn, closedAt, createdBy, createdAt, nextStatuses().stream().sorted().toList(),
				version);
	}

}
