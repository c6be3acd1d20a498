package uk.aftercare.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.returns.CustomerWish;
import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.ProductType;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReasonCode;
import uk.aftercare.returns.RefundTerms;
import uk.aftercare.returns.RefundApprover;
import uk.aftercare.returns.RefundMethod;
import uk.aftercare.returns.Region;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.RemedyOfferRule;
import uk.aftercare.returns.ReturnAssessment;
import uk.aftercare.returns.ReturnMethod;
import uk.aftercare.returns.ReturnRequest;
import uk.aftercare.returns.ReturnsPolicy;
import uk.aftercare.returns.ReturnsPolicySettings;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.returns.SaleChannel;

/**
 * Return authorisations for generated RETURN cases, decided as the application decides them: the facts go through the
 * real {@link ReturnsPolicy} under the policy version in force on the request date, the offer through
 * {@link RemedyOfferRule}, and who must authorise follows the refund limits as {@code ReturnAuthorisationService}
 * works it out. An RMA that needs a supervisor or manager comes with its approval request, and its case is escalated
 * and shows the approval's state. The RMA then moves through its named steps as far as its case's status allows, each
 * step after the last, all before the case was resolved; refunds are agreed, due as the application makes them due
 * ({@link RefundTerms#refundDueOn}) and paid, a few late.
 */
final class VolumeReturns {

	static final String[] COLUMNS = { "id", "rma_number", "case_number", "status", "raised_on", "customer_name",
			"customer_email", "customer_phone", "order_reference", "proof_of_purchase", "product_type", "sale_channel",
			"region", "purchase_date", "delivery_date", "request_date", "reason_code", "reason_detail", "failed_repair",
			"repair_days", "perishable", "expected_life_days", "personalised", "hygiene_seal_broken",
			"media_seal_broken", "cancellation_info_given", "digital_supply_started", "customer_wish",
			"offered_remedy", "return_method", "goodwill_exception", "required_approver", "policy_version",
			"decided_remedy", "statutory", "legal_basis", "deadline", "burden_of_proof", "deduction_for_use_allowed",
			"alternatives", "explanation", "assessment_escalation", "escalation_reasons", "total_price",
			"refund_amount", "refund_method", "deduction_amount", "deduction_reason", "refund_agreed_on",
			"refund_due_on", "refunded_on", "refund_overdue_flagged", "decided_by", "decided_at", "decision_note",
			"received_on", "inspected_on", "inspection_note", "completed_on", "closed_at", "created_by", "created_at",
			"updated_at", "version" };

	static final int[] TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.DATE, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.INTEGER,
			Types.BOOLEAN, Types.INTEGER, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.BOOLEAN, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR,
			Types.DATE, Types.DATE, Types.DATE, Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT };

	/** {@code line_no} is the JPA order column of {@code ReturnAuthorisation.lines}: it counts from 0. */
	static final String[] LINE_COLUMNS = { "rma_id", "line_no", "sku", "description", "serial_number", "quantity",
			"unit_price", "item_condition" };

	static final int[] LINE_TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.INTEGER, Types.NUMERIC, Types.VARCHAR };

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final String[] APPROVE_NOTES = { null, null, "Receipt and history checked.",
			"Within policy for this customer's history.", "Purchase confirmed from our records." };

	private static final String[] REJECT_NOTES = { "Outside the goodwill policy; offer the standard remedy instead.",
			"Purchase could not be verified.", "Not justified on the history; explain the policy to the customer." };

	private static final String[] INSPECTION_NOTES = { null, null, "As described.", "Fault confirmed on the bench.",
			"Complete, in the original packaging.", "Signs of normal use only." };

	/** What a customer bringing back a {@link VolumeProducts.Model} wants and why, before the case is written. */
	record Draw(VolumeProducts.Model model, ReasonCode reason, boolean failedRepair, CustomerWish wish) {
	}

	/** The case an RMA is raised on, as far as the RMA needs to know it. */
	record ReturnCase(String caseNumber, Instant createdAt, CaseStatus status, Instant resolvedAt,
			ContactChannel channel, String orderReference, String createdBy, String assignee,
			VolumeGenerator.Customer customer, Draw draw) {
	}

	/** An approval request for an RMA, as {@code Approvals.request} and {@code decide} would have stored it. */
	record Approval(String kind, String subjectRef, BigDecimal amount, String remedy, String legalBasis,
			String reasons, String summary, String requiredApprover, String requestedBy, Instant requestedAt,
			String status, String decidedBy, Instant decidedAt, String decisionNote) {

		boolean decided() {
			return decidedAt != null;
		}

		boolean approved() {
			return "APPROVED".equals(status);
		}

	}

	/** One line of an RMA. */
	record Line(String sku, String description, String serialNumber, int quantity, BigDecimal unitPrice,
			ItemCondition condition) {
	}

	/** A planned return authorisation: every column, and when each step happened (for follow-ups and closing). */
	static final class Rma {

		long id;

		String number;

		String caseNumber;

		RmaStatus status;

		LocalDate raisedOn;

		VolumeGenerator.Customer customer;

		String orderReference;

		ProofOfPurchase proof;

		SaleChannel saleChannel;

		Region region;

		LocalDate purchaseDate;

		LocalDate deliveryDate;

		LocalDate requestDate;

		final List<Line> lines = new ArrayList<>();

		ReasonCode reason;

		String reasonDetail;

		boolean failedRepair;

		boolean hygieneSealBroken;

		boolean cancellationInfoGiven;

		CustomerWish wish;

		Remedy offered;

		ReturnMethod returnMethod;

		boolean goodwillException;

		RefundApprover requiredApprover;

		ReturnAssessment assessment;

		List<String> escalationReasons;

		BigDecimal totalPrice;

		BigDecimal refundAmount;

		RefundMethod refundMethod;

		BigDecimal deductionAmount;

		String deductionReason;

		LocalDate refundAgreedOn;

		LocalDate refundDueOn;

		LocalDate refundedOn;

		boolean refundOverdueFlagged;

		String decidedBy;

		Instant decidedAt;

		String decisionNote;

		Instant receivedAt;

		Instant inspectedAt;

		String inspectionNote;

		Instant completedAt;

		Instant closedAt;

		String createdBy;

		Instant createdAt;

		Instant updatedAt;

		int transitions;

		/** Whether the refund is paid after its 14-day date (if it is paid before today). */
		boolean paidLate;

		/** The step actor after the decision: whoever works the case. */
		String handler;

		Approval approval;

		boolean denied() {
			return status == RmaStatus.DENIED || (status == RmaStatus.CLOSED && completedAt == null);
		}

		boolean needsApproval() {
			return requiredApprover != RefundApprover.FRONT_LINE;
		}

		/** The case's approval state, as {@code ServiceCase.approvalRequested/approvalDecided} leave it. */
		String approvalState() {
			return approval == null ? null : approval.status();
		}

		/** Whether the outcome step (refund, exchange, repair, replacement) was reached. */
		boolean completed() {
			return completedAt != null;
		}

		/** The outcome reached, even if the RMA was closed afterwards. */
		RmaStatus outcome() {
			if (!completed()) {
				return null;
			}
			if (offered.paysMoneyBack()) {
				return RmaStatus.REFUNDED;
			}
			if (offered == Remedy.GOODWILL_EXCHANGE) {
				return RmaStatus.EXCHANGED;
			}
			return wish == CustomerWish.REPAIR || offered == Remedy.REPEAT_PERFORMANCE ? RmaStatus.REPAIRED
					: RmaStatus.REPLACED;
		}

	}

	/** A returns policy version and the day it took effect. */
	private record Policy(LocalDate effectiveFrom, int versionNumber, ReturnsPolicy policy) {
	}

	private final SplittableRandom random;

	private final Instant now;

	private final LocalDate today;

	private final VolumeProducts products = new VolumeProducts();

	private final List<Policy> policies;

	private final Staff.Seniors seniors;

	private final long idBase;

	private final long numberBase;

	private final long capacity;

	private long planned;

	VolumeReturns(SplittableRandom random, Instant now, List<Policy> policies, Staff.Seniors seniors, long idBase,
			long numberBase, long capacity) {
		this.random = random;
		this.now = now;
		this.today = LocalDate.ofInstant(now, LONDON);
		this.policies = policies;
		this.seniors = seniors;
		this.idBase = idBase;
		this.numberBase = numberBase;
		this.capacity = capacity;
	}

	static VolumeReturns create(Connection connection, SplittableRandom random, Instant now, Staff.Seniors seniors,
			long idBase, long numberBase, long capacity) throws SQLException {
		return new VolumeReturns(random, now, policies(connection), seniors, idBase, numberBase, capacity);
	}

	long planned() {
		return planned;
	}

	/** What comes back and why: drawn first, because the case's description tells it. */
	Draw draw() {
		VolumeProducts.Model model = products.pick(random);
		ReasonCode reason;
		if (random.nextDouble() < model.faultShare()) {
			reason = ReasonCode.FAULTY;
		}
		else {
			double r = random.nextDouble();
			reason = r < 0.48 ? ReasonCode.CHANGED_MIND : r < 0.62 ? ReasonCode.DAMAGED_IN_TRANSIT
					: r < 0.76 ? ReasonCode.NOT_AS_DESCRIBED : r < 0.88 ? ReasonCode.WRONG_ITEM : ReasonCode.OTHER;
		}
		boolean failedRepair = reason == ReasonCode.FAULTY && random.nextDouble() < 0.12;
		double w = random.nextDouble();
		CustomerWish wish = switch (reason) {
			case FAULTY -> failedRepair ? (w < 0.8 ? CustomerWish.REFUND : CustomerWish.PRICE_REDUCTION)
					: w < 0.55 ? CustomerWish.REFUND : w < 0.85 ? CustomerWish.REPLACEMENT : CustomerWish.REPAIR;
			case DAMAGED_IN_TRANSIT, WRONG_ITEM -> w < 0.5 ? CustomerWish.REFUND : CustomerWish.REPLACEMENT;
			case CHANGED_MIND -> w < 0.75 ? CustomerWish.REFUND : CustomerWish.EXCHANGE;
			case NOT_AS_DESCRIBED -> w < 0.8 ? CustomerWish.REFUND : CustomerWish.EXCHANGE;
			case OTHER -> w < 0.6 ? CustomerWish.REFUND : CustomerWish.EXCHANGE;
		};
		return new Draw(model, reason, failedRepair, wish);
	}

	/**
	 * The RMA raised on a return case, or {@code null} when none was (yet): most returns get one, a case awaiting
	 * approval always has one that needs approval, and an untouched case never has one waiting for a decision.
	 */
	Rma plan(ReturnCase c) {
		double chance = switch (c.status()) {
			case CLOSED, RESOLVED -> 0.88;
			case AWAITING_APPROVAL -> 1.0;
			case IN_PROGRESS -> 0.75;
			case AWAITING_CUSTOMER, REOPENED -> 0.6;
			case OPEN -> 0.35;
		};
		if (planned >= capacity || random.nextDouble() >= chance) {
			return null;
		}
		Rma rma = assess(c);
		boolean awaitingApproval = c.status() == CaseStatus.AWAITING_APPROVAL;
		if (rma.needsApproval() != awaitingApproval && (awaitingApproval || c.status() == CaseStatus.OPEN)) {
			// A case waits for approval only for an RMA that needs it; an untouched case has none waiting.
			return null;
		}
		rma.id = idBase + 1 + planned;
		rma.number = "RMA-%d-%06d".formatted(rma.raisedOn.getYear(), numberBase + planned);
		planned++;
		progress(rma, c);
		return rma;
	}

	/** The facts as staff enter them on the form, the engine's decision and the offer. */
	private Rma assess(ReturnCase c) {
		Draw draw = c.draw();
		VolumeProducts.Model model = draw.model();
		Rma rma = new Rma();
		rma.caseNumber = c.caseNumber();
		rma.customer = c.customer();
		rma.orderReference = c.orderReference();
		rma.createdBy = c.createdBy();
		rma.handler = c.assignee();
		rma.reason = draw.reason();
		rma.failedRepair = draw.failedRepair();
		rma.wish = draw.wish();
		boolean inStoreSale = c.orderReference() == null || c.orderReference().startsWith("R-");
		rma.saleChannel = inStoreSale ? SaleChannel.IN_STORE
				: random.nextDouble() < 0.9 ? SaleChannel.ONLINE : SaleChannel.PHONE;
		rma.proof = proof(inStoreSale);
		double region = random.nextDouble();
		rma.region = region < 0.88 ? Region.ENGLAND_WALES : region < 0.96 ? Region.SCOTLAND : Region.NORTHERN_IRELAND;
		rma.cancellationInfoGiven = random.nextDouble() < 0.97;

		Instant end = c.resolvedAt() != null ? c.resolvedAt() : now;
		rma.createdAt = raisedAt(c.createdAt(), end, c.channel());
		rma.raisedOn = LocalDate.ofInstant(rma.createdAt, LONDON);
		rma.requestDate = LocalDate.ofInstant(c.createdAt(), LONDON);
		rma.deliveryDate = rma.requestDate.minusDays(deliveryAge(draw));
		rma.purchaseDate = inStoreSale
				? (model.product().bulky() ? rma.deliveryDate.minusDays(3 + random.nextInt(8)) : rma.deliveryDate)
				: rma.deliveryDate.minusDays(1 + random.nextInt(4));

		ItemCondition condition = condition(draw.reason());
		rma.lines.add(line(model, condition));
		if (model.price().compareTo(BigDecimal.valueOf(150)) < 0 && random.nextDouble() < 0.1) {
			rma.lines.add(line(products.sibling(model), condition));
		}
		rma.totalPrice = rma.lines.stream()
			.map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		rma.hygieneSealBroken = model.product().hygiene() && draw.reason() == ReasonCode.CHANGED_MIND
				&& random.nextDouble() < 0.5;
		rma.reasonDetail = random.nextDouble() < 0.4 ? detail(draw) : null;
		rma.returnMethod = model.product().bulky() ? ReturnMethod.COLLECTION
				: c.channel() == ContactChannel.IN_STORE || inStoreSale ? ReturnMethod.IN_STORE
						: random.nextDouble() < 0.7 ? ReturnMethod.POST : ReturnMethod.IN_STORE;

		Policy policy = policyOn(rma.requestDate);
		ReturnsPolicySettings settings = policy.policy().settings();
		ReturnRequest request = ReturnRequest.builder()
			.productType(ProductType.GOODS)
			.channel(rma.saleChannel)
			.purchaseDate(rma.purchaseDate)
			.deliveryDate(rma.deliveryDate)
			.requestDate(rma.requestDate)
			.price(rma.totalPrice)
			.faulty(rma.reason.breachOfContract())
			.reasonCode(rma.reason)
			.failedRepairOrReplacement(rma.failedRepair)
			.repairDays(0)
			.hygieneSealBroken(rma.hygieneSealBroken)
			.cancellationInfoGiven(rma.cancellationInfoGiven)
			.condition(rma.lines.stream().map(Line::condition).max(Enum::compareTo).orElseThrow())
			.proofOfPurchase(rma.proof)
			.region(rma.region)
			.productDescription(rma.lines.size() == 1 ? rma.lines.get(0).description() : "the items")
			.build();
		ReturnAssessment assessment = policy.policy().assess(request, rma.raisedOn);
		rma.assessment = assessment;
		rma.offered = offer(assessment, rma.wish, rma.proof);
		RemedyOfferRule.Judgement judgement = RemedyOfferRule.judge(assessment, rma.offered, rma.wish, ProductType.GOODS);
		if (!judgement.allowed()) {
			rma.offered = assessment.remedy();
			judgement = RemedyOfferRule.judge(assessment, rma.offered, rma.wish, ProductType.GOODS);
		}
		rma.goodwillException = judgement.goodwillException();
		deduction(rma, assessment);
		if (rma.offered.paysMoneyBack()) {
			rma.refundAmount = rma.totalPrice.subtract(rma.deductionAmount == null ? BigDecimal.ZERO
					: rma.deductionAmount);
			rma.refundMethod = refundMethod(rma.offered, inStoreSale);
		}
		ReturnsPolicySettings.Authority authority = settings.authorityFor(assessment, rma.offered, rma.refundAmount,
				rma.goodwillException);
		rma.requiredApprover = authority.approver();
		rma.escalationReasons = authority.reasons();
		return rma;
	}

	/**
	 * What staff offer: what the customer is entitled to, or what they asked for when the law lets them choose it;
	 * now and then a goodwill exception where they are entitled to nothing, and a plain "no" otherwise.
	 */
	private Remedy offer(ReturnAssessment assessment, CustomerWish wish, ProofOfPurchase proof) {
		Remedy decided = assessment.remedy();
		if (wish.isMetBy(decided)) {
			return decided;
		}
		for (Remedy alternative : assessment.alternatives()) {
			if (wish.isMetBy(alternative)) {
				return alternative;
			}
		}
		if (decided == Remedy.GOODWILL_REFUND && wish == CustomerWish.EXCHANGE) {
			return Remedy.GOODWILL_EXCHANGE;
		}
		if (decided == Remedy.NO_REMEDY && proof != ProofOfPurchase.NONE && random.nextDouble() < 0.3) {
			return wish == CustomerWish.EXCHANGE ? Remedy.GOODWILL_EXCHANGE : Remedy.GOODWILL_REFUND;
		}
		return decided;
	}

	/** Deductions only where the law allows them (RefundTerms): for use on a late final rejection, for handling. */
	private void deduction(Rma rma, ReturnAssessment assessment) {
		BigDecimal share = null;
		if (rma.offered == Remedy.FINAL_REJECT_OR_PRICE_REDUCTION && assessment.deductionForUseAllowed()) {
			share = BigDecimal.valueOf(10 + random.nextInt(26));
			long months = ChronoUnit.MONTHS.between(rma.deliveryDate, rma.requestDate);
			rma.deductionReason = "Deduction for " + months + " months' use (Consumer Rights Act 2015 s.24(8)-(10)).";
		}
		else if (rma.offered == Remedy.CANCELLATION_REFUND && rma.cancellationInfoGiven
				&& assessment.remedy() != Remedy.FULL_REFUND
				&& rma.lines.stream().anyMatch(l -> l.condition() == ItemCondition.USED) && random.nextDouble() < 0.4) {
			share = BigDecimal.valueOf(5 + random.nextInt(16));
			rma.deductionReason = "Handled beyond what was needed to inspect it: packaging and accessories missing.";
		}
		if (share != null) {
			rma.deductionAmount = rma.totalPrice.multiply(share).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			if (rma.deductionAmount.signum() == 0) {
				rma.deductionAmount = null;
				rma.deductionReason = null;
			}
		}
	}

	/**
	 * Takes the RMA through its steps as far as the case's status allows, each after the last and all before the case
	 * was resolved (a refund paid, an exchange made...), with an approval decision first when one is needed.
	 */
	private void progress(Rma rma, ReturnCase c) {
		int target = targetStage(c.status(), rma);
		rma.status = RmaStatus.REQUESTED;
		rma.updatedAt = rma.createdAt;
		if (rma.needsApproval()) {
			rma.approval = approval(rma, target >= 1);
		}
		boolean denied = rma.offered == Remedy.NO_REMEDY || (rma.approval != null && !rma.approval.approved()
				&& rma.approval.decided());
		if (target == 0) {
			return;
		}
		Instant end = c.resolvedAt() != null ? c.resolvedAt() : now;
		long available = Math.max(1, Duration.between(rma.createdAt, end).toMinutes() - 1);
		long decision = rma.approval != null ? Duration.between(rma.createdAt, rma.approval.decidedAt()).toMinutes()
				: 1 + random.nextInt(20);
		long[] delays = { decision, received(rma, c.channel()), 10 + random.nextInt(2 * 24 * 60), outcomeDelay(rma) };
		int steps = denied ? 1 : Math.min(target, 4);
		// A refund paid late is late: it is not squeezed in before the case was resolved, the case waited for it.
		boolean late = steps == 4 && rma.paidLate;
		long natural = 0;
		for (int i = 0; i < (late ? 3 : steps); i++) {
			natural += delays[i];
		}
		double scale = natural > available ? (double) available / natural : 1;
		if (late && Duration.between(rma.createdAt, now).toMinutes() - 60 < natural * scale + delays[3]) {
			late = false;
			natural += delays[3];
			scale = natural > available ? (double) available / natural : 1;
		}
		Instant at = rma.createdAt;
		for (int step = 1; step <= steps; step++) {
			long minutes = (long) (delays[step - 1] * scale);
			if (step == 1 && rma.approval != null) {
				at = rma.approval.decidedAt();
				if (scale < 1) {
					at = rma.createdAt.plus(Duration.ofMinutes(minutes));
					rma.approval = decidedAt(rma.approval, at);
				}
			}
			else {
				at = at.plus(Duration.ofMinutes(late && step == 4 ? delays[3] : minutes));
			}
			step(rma, step, denied, at);
		}
		boolean close = target == 5 || (denied && c.status() == CaseStatus.CLOSED && random.nextDouble() < 0.6);
		if (close) {
			Instant closedAt = at.plus(Duration.ofMinutes(60 + random.nextInt(14 * 24 * 60)));
			if (closedAt.isBefore(now)) {
				rma.status = RmaStatus.CLOSED;
				rma.closedAt = closedAt;
				rma.updatedAt = closedAt;
				rma.transitions++;
			}
		}
		refundDates(rma);
	}

	private void step(Rma rma, int step, boolean denied, Instant at) {
		rma.transitions++;
		rma.updatedAt = at;
		switch (step) {
			case 1 -> {
				rma.decidedAt = at;
				if (rma.approval != null) {
					rma.decidedBy = rma.approval.decidedBy();
					rma.decisionNote = rma.approval.decisionNote() != null ? rma.approval.decisionNote()
							: denied ? "Not approved by " + seniors.named(rma.approval.decidedBy()) + "." : null;
				}
				else {
					rma.decidedBy = rma.createdBy;
					rma.decisionNote = denied ? "No statutory right and outside the goodwill policy; explained to the "
							+ "customer." : null;
				}
				rma.status = denied ? RmaStatus.DENIED : RmaStatus.AUTHORISED;
			}
			case 2 -> {
				rma.status = RmaStatus.RECEIVED;
				rma.receivedAt = at;
			}
			case 3 -> {
				rma.status = RmaStatus.INSPECTED;
				rma.inspectedAt = at;
				rma.inspectionNote = rma.lines.get(0).condition() == ItemCondition.DAMAGED_BY_CUSTOMER
						? "Impact damage: not a manufacturing fault." : VolumeTexts.pick(INSPECTION_NOTES, random);
			}
			default -> {
				rma.completedAt = at;
				rma.status = rma.outcome();
			}
		}
	}

	/** Agreed when authorised; due as the application makes it due ({@link RefundTerms#refundDueOn}). */
	private void refundDates(Rma rma) {
		if (rma.refundAmount == null || rma.decidedAt == null || rma.denied()) {
			return;
		}
		rma.refundAgreedOn = date(rma.decidedAt);
		rma.refundDueOn = RefundTerms.refundDueOn(rma.offered, ProductType.GOODS, rma.returnMethod, rma.requestDate,
				rma.refundAgreedOn, null, rma.receivedAt == null ? null : date(rma.receivedAt));
		if (rma.completedAt != null) {
			rma.refundedOn = date(rma.completedAt);
		}
		// The refund monitor flags (once) every refund that was unpaid and in progress after its due date.
		LocalDate paidOrToday = rma.refundedOn != null ? rma.refundedOn : rma.status.inProgress() ? today : null;
		rma.refundOverdueFlagged = rma.refundDueOn != null && paidOrToday != null && paidOrToday.isAfter(rma.refundDueOn);
		if (rma.refundOverdueFlagged) {
			rma.transitions++;
		}
	}

	/**
	 * How far the RMA got: 0 requested, 1 authorised (or denied), 2 received, 3 inspected, 4 the outcome, 5 closed.
	 * A few resolved cases still have their refund unpaid: the ones the refund monitor exists for.
	 */
	private int targetStage(CaseStatus status, Rma rma) {
		double r = random.nextDouble();
		return switch (status) {
			case AWAITING_APPROVAL -> 0;
			case OPEN -> r < 0.6 ? 0 : 1;
			case IN_PROGRESS, REOPENED -> r < 0.1 && !rma.needsApproval() ? 0 : r < 0.4 ? 1 : r < 0.55 ? 2
					: r < 0.75 ? 3 : 4;
			case AWAITING_CUSTOMER -> r < 0.8 ? 1 : 4;
			case RESOLVED -> r < 0.002 ? 3 : r < 0.85 ? 4 : 5;
			// Closing is refused while a return on the case is unfinished (ClosingPolicy): none is left part-way.
			case CLOSED -> r < 0.25 ? 4 : 5;
		};
	}

	private Approval approval(Rma rma, boolean decided) {
		String kind = rma.goodwillException ? "GOODWILL_EXCEPTION" : "REFUND";
		BigDecimal amount = rma.refundAmount != null ? rma.refundAmount : rma.totalPrice;
		String summary = rma.number + ": staff offer " + remedyLabel(rma.offered) + "; the customer's right is "
				+ remedyLabel(rma.assessment.remedy()) + " (" + rma.assessment.legalBasis() + ").";
		String approver = rma.requiredApprover == RefundApprover.MANAGER ? "MANAGER" : "SUPERVISOR";
		if (!decided) {
			return new Approval(kind, rma.number, amount, rma.offered.name(), rma.assessment.legalBasis(),
					String.join(",", rma.escalationReasons), summary, approver, rma.createdBy, rma.createdAt,
					"PENDING", null, null, null);
		}
		double rejectChance = rma.goodwillException ? 0.3
				: rma.escalationReasons.contains("NO_PROOF_OF_PURCHASE") ? 0.2 : 0.04;
		boolean approved = random.nextDouble() >= rejectChance;
		String decider = "MANAGER".equals(approver) || random.nextDouble() < 0.25 ? seniors.manager(random)
				: seniors.supervisor(random);
		// Most decisions come within a working day, a few take days: a long-tailed turnaround.
		double hours = Math.exp(random.nextDouble() * 4.5) - 0.5;
		Instant decidedAt = rma.createdAt.plus(Duration.ofMinutes((long) (hours * 60) + 5));
		decidedAt = decidedAt.isAfter(now) ? now : decidedAt;
		return new Approval(kind, rma.number, amount, rma.offered.name(), rma.assessment.legalBasis(),
				String.join(",", rma.escalationReasons), summary, approver, rma.createdBy, rma.createdAt,
				approved ? "APPROVED" : "REJECTED", decider, decidedAt,
				approved ? VolumeTexts.pick(APPROVE_NOTES, random) : VolumeTexts.pick(REJECT_NOTES, random));
	}

	private static Approval decidedAt(Approval a, Instant at) {
		return new Approval(a.kind(), a.subjectRef(), a.amount(), a.remedy(), a.legalBasis(), a.reasons(), a.summary(),
				a.requiredApprover(), a.requestedBy(), a.requestedAt(), a.status(), a.decidedBy(), at, a.decisionNote());
	}

	/** In store while the customer waits, or within a couple of days; on the phone or online, later that day or so. */
	private Instant raisedAt(Instant createdAt, Instant end, ContactChannel channel) {
		long minutes = channel == ContactChannel.IN_STORE ? 2 + random.nextInt(28)
				: (long) (Math.exp(random.nextDouble() * 7.5)) + 10;
		long available = Duration.between(createdAt, end).toMinutes();
		if (minutes >= available * 0.5) {
			minutes = (long) (available * 0.3 * random.nextDouble());
		}
		Instant at = createdAt.plus(Duration.ofMinutes(minutes)).plusSeconds(random.nextInt(60));
		return at.isAfter(end) ? createdAt : at;
	}

	private long deliveryAge(Draw draw) {
		double r = random.nextDouble();
		return switch (draw.reason()) {
			case FAULTY -> draw.failedRepair() ? 45 + random.nextInt(500)
					: r < 0.4 ? 1 + random.nextInt(30) : r < 0.75 ? 31 + random.nextInt(150)
							: r < 0.97 ? 181 + random.nextInt(540) : 721 + random.nextInt(1700);
			case DAMAGED_IN_TRANSIT, WRONG_ITEM -> random.nextInt(8);
			case NOT_AS_DESCRIBED -> random.nextInt(26);
			case CHANGED_MIND -> r < 0.9 ? random.nextInt(29) : 29 + random.nextInt(17);
			case OTHER -> 3 + random.nextInt(58);
		};
	}

	private ProofOfPurchase proof(boolean inStoreSale) {
		double r = random.nextDouble();
		if (!inStoreSale) {
			return r < 0.96 ? ProofOfPurchase.ORDER_NUMBER : ProofOfPurchase.GIFT_RECEIPT;
		}
		return r < 0.78 ? ProofOfPurchase.RECEIPT : r < 0.86 ? ProofOfPurchase.GIFT_RECEIPT
				: r < 0.95 ? ProofOfPurchase.BANK_STATEMENT : ProofOfPurchase.NONE;
	}

	private ItemCondition condition(ReasonCode reason) {
		double r = random.nextDouble();
		return switch (reason) {
			case FAULTY -> r < 0.03 ? ItemCondition.DAMAGED_BY_CUSTOMER : r < 0.9 ? ItemCondition.USED
					: ItemCondition.UNUSED;
			case CHANGED_MIND -> r < 0.9 ? ItemCondition.UNUSED : ItemCondition.USED;
			case NOT_AS_DESCRIBED -> r < 0.7 ? ItemCondition.UNUSED : ItemCondition.USED;
			case OTHER -> r < 0.75 ? ItemCondition.UNUSED : ItemCondition.USED;
			case DAMAGED_IN_TRANSIT, WRONG_ITEM -> ItemCondition.UNUSED;
		};
	}

	private Line line(VolumeProducts.Model model, ItemCondition condition) {
		int quantity = model.price().compareTo(BigDecimal.valueOf(40)) < 0 && random.nextDouble() < 0.15 ? 2 : 1;
		String serial = model.product().electrical()
				? "SN" + Long.toString(0x10000000000L + random.nextLong(0xF0000000000L), 36).toUpperCase() : null;
		return new Line(model.sku(), model.description(), serial, quantity, model.price(), condition);
	}

	private String detail(Draw draw) {
		return switch (draw.reason()) {
			case FAULTY -> draw.failedRepair() ? "Repaired once already; the same fault is back."
					: draw.model().product().electrical() ? VolumeTexts.pick(new String[] { "Stopped working.",
							"Intermittent fault.", "Noisy in use.", "Will not switch on." }, random)
							: VolumeTexts.pick(new String[] { "Came apart in normal use.", "Broke within weeks." },
									random);
			case DAMAGED_IN_TRANSIT -> "Damaged when delivered.";
			case WRONG_ITEM -> "Not the item ordered.";
			case NOT_AS_DESCRIBED -> "Does not match the description.";
			case CHANGED_MIND -> "Unwanted.";
			case OTHER -> "Does not suit.";
		};
	}

	private RefundMethod refundMethod(Remedy offered, boolean inStoreSale) {
		double r = random.nextDouble();
		if (offered.isStatutory()) {
			return r < 0.95 ? RefundMethod.ORIGINAL_PAYMENT_METHOD : RefundMethod.BANK_TRANSFER;
		}
		return r < 0.7 ? RefundMethod.ORIGINAL_PAYMENT_METHOD : r < 0.92 ? RefundMethod.GIFT_CARD
				: inStoreSale ? RefundMethod.CASH : RefundMethod.BANK_TRANSFER;
	}

	private long received(Rma rma, ContactChannel channel) {
		return switch (rma.returnMethod) {
			case IN_STORE -> channel == ContactChannel.IN_STORE ? 1 + random.nextInt(10)
					: 60 + random.nextInt(5 * 24 * 60);
			case POST -> (2 + random.nextInt(7)) * 24 * 60L;
			case COLLECTION -> (3 + random.nextInt(8)) * 24 * 60L;
		};
	}

	private long outcomeDelay(Rma rma) {
		RmaStatus outcome = rma.offered.paysMoneyBack() ? RmaStatus.REFUNDED
				: rma.offered == Remedy.GOODWILL_EXCHANGE ? RmaStatus.EXCHANGED : RmaStatus.REPLACED;
		long day = 24 * 60;
		return switch (outcome) {
			// A few refunds are paid after their 14-day date.
			case REFUNDED -> {
				rma.paidLate = random.nextDouble() < 0.03;
				yield rma.paidLate ? (15 + random.nextInt(10)) * day : 10 + random.nextInt(3 * 24 * 60);
			}
			case EXCHANGED -> 5 + random.nextInt(24 * 60);
			default -> rma.wish == CustomerWish.REPAIR ? (5 + random.nextInt(16)) * day : (1 + random.nextInt(7)) * day;
		};
	}

	private Policy policyOn(LocalDate date) {
		Policy inForce = null;
		for (Policy policy : policies) {
			if (!policy.effectiveFrom().isAfter(date)) {
				inForce = policy;
			}
		}
		// As ReturnsPolicyService.inForce: a date before the first version gets the first version.
		return inForce != null ? inForce
				: policies.stream().min((a, b) -> Integer.compare(a.versionNumber(), b.versionNumber())).orElseThrow();
	}

	/** Every published policy version, by the day it took effect; the house defaults if there are none. */
	private static List<Policy> policies(Connection connection) throws SQLException {
		List<Policy> policies = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				select label, goodwill_days, accepted_proofs, exclude_personalised, exclude_perishable,
				  exclude_unsealed_hygiene, exclude_unsealed_media, front_line_refund_limit, supervisor_refund_limit,
				  effective_from, version_number
				from returns_policy_version order by effective_from, version_number""")) {
			while (rs.next()) {
				Set<ProofOfPurchase> proofs = rs.getString(3).isBlank() ? EnumSet.noneOf(ProofOfPurchase.class)
						: Arrays.stream(rs.getString(3).split(","))
							.map(ProofOfPurchase::valueOf)
							.collect(Collectors.toCollection(() -> EnumSet.noneOf(ProofOfPurchase.class)));
				ReturnsPolicySettings settings = new ReturnsPolicySettings(rs.getString(1), rs.getInt(2), proofs,
						rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBigDecimal(8),
						rs.getBigDecimal(9));
				policies.add(new Policy(rs.getObject(10, LocalDate.class), rs.getInt(11), new ReturnsPolicy(settings)));
			}
		}
		if (policies.isEmpty()) {
			policies.add(new Policy(LocalDate.MIN, 1, new ReturnsPolicy(ReturnsPolicySettings.defaults())));
		}
		return policies;
	}

	/** The RMA's row, in {@link #COLUMNS} order. */
	static Object[] row(Rma r) {
		ReturnAssessment a = r.assessment;
		return new Object[] { r.id, r.number, r.caseNumber, r.status.name(), r.raisedOn, r.customer.name(),
				r.customer.email(), r.customer.phone(), r.orderReference, r.proof.name(), ProductType.GOODS.name(),
				r.saleChannel.name(), r.region.name(), r.purchaseDate, r.deliveryDate, r.requestDate, r.reason.name(),
				r.reasonDetail, r.failedRepair, 0, false, null, false, r.hygieneSealBroken, false,
				r.cancellationInfoGiven, false, r.wish.name(), r.offered.name(), r.returnMethod.name(),
				r.goodwillException, r.requiredApprover.name(), a.policyVersion(), a.remedy().name(), a.statutory(),
				a.legalBasis(), a.deadline(), a.burdenOfProof() == null ? null : a.burdenOfProof().name(),
				a.deductionForUseAllowed(), join(a.alternatives().stream().map(Enum::name).toList()),
				String.join("\n", a.explanation()),
				join(a.escalationReasons().stream().map(Enum::name).toList()), join(r.escalationReasons),
				r.totalPrice, r.refundAmount, r.refundMethod == null ? null : r.refundMethod.name(), r.deductionAmount,
				r.deductionReason, r.refundAgreedOn, r.refundDueOn, r.refundedOn, r.refundOverdueFlagged, r.decidedBy,
				VolumeGenerator.at(r.decidedAt), r.decisionNote, date(r.receivedAt), date(r.inspectedAt),
				r.inspectionNote, date(r.completedAt), VolumeGenerator.at(r.closedAt), r.createdBy,
				VolumeGenerator.at(r.createdAt), VolumeGenerator.at(r.updatedAt), (long) r.transitions };
	}

	static void writeLines(Rma r, MultiRowInsert rows) throws SQLException {
		for (int i = 0; i < r.lines.size(); i++) {
			Line line = r.lines.get(i);
			rows.add(r.id, i, line.sku(), line.description(), line.serialNumber(), line.quantity(), line.unitPrice(),
					line.condition().name());
		}
	}

	static String remedyLabel(Remedy remedy) {
		return switch (remedy) {
			case FULL_REFUND -> "Full refund";
			case REPAIR_OR_REPLACEMENT -> "Repair or replacement";
			case FINAL_REJECT_OR_PRICE_REDUCTION -> "Final rejection (refund) or price reduction";
			case CANCELLATION_REFUND -> "Cancellation refund";
			case REPEAT_PERFORMANCE -> "Service done again";
			case PRICE_REDUCTION -> "Price reduction";
			case GOODWILL_REFUND -> "Goodwill refund";
			case GOODWILL_EXCHANGE -> "Goodwill exchange or gift card";
			case NO_REMEDY -> "No remedy";
		};
	}

	private static String join(List<String> codes) {
		return codes.isEmpty() ? null : String.join(",", codes);
	}

	private static LocalDate date(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, LONDON);
	}

}
