package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the RMA page, the printed customer copy and the API show of one return authorisation.
 * {@code assessment} is the engine's decision exactly as it was made, naming its policy version;
 * {@code escalationReasons} are why this RMA needs a supervisor or manager, GOODWILL_EXCEPTION included;
 * {@code proofOfPostingAllowed} whether staff can now record the day the customer showed proof of posting (or correct
 * the day recorded); {@code priceReduction} the reduction agreed when the customer keeps goods they could reject (a
 * final rejection or price reduction, CRA 2015 s.24), which is then the refund, with no return method; {@code null}
 * otherwise.
 */
public record ReturnAuthorisationView(String rmaNumber, String caseNumber, RmaStatus status, LocalDate raisedOn,
		String customerName, String customerEmail, String customerPhone, String orderReference,
		ProofOfPurchase proofOfPurchase, ProductType productType, SaleChannel channel, Region region,
		LocalDate purchaseDate, LocalDate deliveryDate, LocalDate requestDate, List<ItemLine> lines,
		BigDecimal totalPrice, ReasonCode reasonCode, String reasonDetail, CustomerWish customerWish,
		Remedy offeredRemedy, ReturnMethod returnMethod, boolean goodwillException, List<String> escalationReasons,
		RefundApprover requiredApprover, ReturnAssessment assessment, BigDecimal refundAmount,
		RefundMethod refundMethod, BigDecimal deductionAmount, String deductionReason, BigDecimal priceReduction,
		LocalDate refundAgreedOn,
		LocalDate refundDueOn, LocalDate refundedOn, boolean refundOverdue, String decidedBy, Instant decidedAt,
		String decisionNote, LocalDate proofOfPostingOn, boolean proofOfPostingAllowed, LocalDate receivedOn,
		LocalDate inspectedOn, String inspectionNote,
		LocalDate completedOn, Instant closedAt, String createdBy, Instant createdAt, List<RmaStatus> nextStatuses,
		long version) {

	/** Whether the customer keeps the goods with a reduction in price ({@link #priceReduction}): nothing comes back. */
	public boolean keepsGoods() {
		return priceReduction != null;
	}

	/** The goods kept, as the customer copy names them: "the Coffee machine", or "the items" for several. */
	public String goodsKept() {
		return lines.size() == 1 ? Wording.item(lines.get(0).description()) : Wording.SEVERAL_ITEMS;
	}

	/**
	 * Whether it returns several item lines, which the pages speak of in the plural, as the engine's explanation does
	 * ({@link ItemName}): "the use you have had from them".
	 */
	public boolean severalItems() {
		return lines.size() > 1;
	}

	/** Whether a supervisor or manager must authorise it. */
	public boolean needsApproval() {
		return requiredApprover != RefundApprover.FRONT_LINE;
	}

	/** The law, or the shop's promise, that sets when the refund is due; {@code null} when nothing is paid back. */
	public RefundTerms.RefundBasis refundBasis() {
		return RefundTerms.RefundBasis.of(offeredRemedy, goodwillException);
	}

	/** The message code saying when the refund will be due, for a refund that has no due date yet. */
	public String refundDueRuleCode() {
		return RefundTerms.waitsForGoods(offeredRemedy, productType, returnMethod) ? "rma.refund.dueOnReceipt"
				: "rma.refund.dueWhenAgreed." + refundBasis();
	}

	/**
	 * Whether it was denied, and perhaps closed since: a return is closed without an outcome only after a denial
	 * ({@link RmaStatus#nextStatuses}).
	 */
	public boolean denied() {
		return status == RmaStatus.DENIED || (status == RmaStatus.CLOSED && completedOn == null);
	}

	/**
	 * Whether the customer copy states a refund as the shop's: one is offered, not denied, and not a goodwill exception
	 * still waiting for a supervisor or manager ({@link #goodwillPending}), which is asked for, not offered.
	 */
	public boolean refundOffered() {
		return refundAmount != null && !denied() && !goodwillPending();
	}

	/** A refund offered and never agreed: the return authorisation was denied (and perhaps closed since). */
	public boolean refundDenied() {
		return refundAmount != null && refundAgreedOn == null && status.finished();
	}

	/**
	 * What a denial leaves the customer by law, as a message code, or {@code null} when the assessment found no
	 * statutory remedy (or nothing was denied). Approval decides who pays out, never whether the customer is entitled:
	 * a statutory remedy refused stands refused only on the facts it rested on (the purchase, the fault, the dates), and
	 * the customer can challenge it; a goodwill exception refused leaves the remedy the law gives.
	 */
	public String deniedRightCode() {
		if (!denied() || !assessment.remedy().isStatutory()) {
			return null;
		}
		return offeredRemedy == assessment.remedy() ? "rma.denied.statutoryRight" : "rma.denied.rightLeft";
	}

	/**
	 * The engine's explanation as the pages tell it to the customer. Once decided (authorised or denied, and at every
	 * step after), the sentences saying what a supervisor or manager will still do (authorise the payment, check the
	 * purchase: {@link ReturnsPolicy#awaitsASupervisor}) are done and left out. Denied (and perhaps closed since),
	 * nothing is paid: the sentences promising a payment ({@link ReturnsPolicy#promisesPayment}) are left out too, and
	 * those stating the customer's right stay (what a denial leaves them is said beside it, {@link #deniedRightCode}).
	 * A goodwill exception granted beyond the remedy the decision gives ({@link #goodwillGrantedBeyond}) is not that
	 * remedy: nothing of the explanation is shown, the pages say instead what was granted and what the right was.
	 * The sentences saying what the customer gets, how the goods come back and how the refund is paid follow what this
	 * RMA records ({@link ReturnsPolicy#asArranged}), as the live decision on the form did: goods the shop collects are
	 * not sent back, a gift card is paid as one, and a goodwill exchange is an exchange or a gift card, not a refund.
	 * Goods kept with a price reduction ({@link #keepsGoods}) are not rejected: what a rejection's refund would be
	 * ({@link ReturnsPolicy#aboutARejectionsRefund}) is left out, and the pages say what is paid instead. The
	 * stored explanation is never changed: it is the record of what the engine decided.
	 */
	public List<String> explanationShown() {
		if (goodwillGrantedBeyond()) {
			return List.of();
		}
		return assessment.explanation().stream()
			.filter(sentence -> status == RmaStatus.REQUESTED || !ReturnsPolicy.awaitsASupervisor(sentence))
			.filter(sentence -> status == RmaStatus.REQUESTED
					|| !ReturnsPolicy.leavesTheDeductionToASupervisor(sentence))
			.filter(sentence -> !keepsGoods() || !ReturnsPolicy.aboutARejectionsRefund(sentence))
			.map(sentence -> ReturnsPolicy.asArranged(sentence, offeredRemedy,
					severalItems() ? Wording.SEVERAL_ITEMS : lines.get(0).description(), returnMethod, refundMethod))
			.filter(Objects::nonNull)
			.filter(sentence -> !denied() || !ReturnsPolicy.promisesPayment(sentence))
			.toList();
	}

	/**
	 * Whether the pages say, after the explanation, what was decided about a deduction for use the engine left to a
	 * supervisor ({@link ReturnsPolicy#leavesTheDeductionToASupervisor}, which {@link #explanationShown} then leaves out):
	 * once authorised, the refund is reduced by {@link #deductionAmount}, or paid in full when there is none. Denied,
	 * nothing is paid, so nothing is said.
	 */
	public boolean deductionDecided() {
		return status != RmaStatus.REQUESTED && !denied() && refundAmount != null && !keepsGoods()
				&& assessment.explanation().stream().anyMatch(ReturnsPolicy::leavesTheDeductionToASupervisor);
	}

	/**
	 * A goodwill exception asked for and not yet decided. Until a supervisor or manager grants it, the customer has
	 * only what the assessment gives: the pages show that as the decision, and what was offered beyond it as asked
	 * for, not as offered.
	 */
	public boolean goodwillPending() {
		return goodwillException && status == RmaStatus.REQUESTED;
	}

	/**
	 * Whether the pages add to the explanation that a goodwill exception has been asked for: one is pending and the
	 * engine's explanation has no offer to ask for one to say it in place of ({@link #goodwillAskInsteadOf}), because
	 * the law gives a remedy and more was asked for (a refund where the law gives a repair, say).
	 */
	public boolean goodwillAskAdded() {
		return goodwillPending() && !assessment.explanation().contains(ReturnsPolicy.GOODWILL_EXCEPTION_OFFER);
	}

	/**
	 * A goodwill exception granted (the RMA authorised, and at every step after) where the decision gives a remedy and
	 * more was offered: a refund where the law gives a repair or replacement, say. The explanation says what that
	 * remedy is and how it will be given ("we will repair or replace it"), which is no longer what happens, so the
	 * pages say in its place that what was offered is a goodwill gesture beyond the customer's right, and what that
	 * right was ({@link #explanationShown}). A decision that gives no remedy is told by {@link #goodwillAskInsteadOf}.
	 */
	public boolean goodwillGrantedBeyond() {
		return goodwillException && status != RmaStatus.REQUESTED && !denied()
				&& !assessment.explanation().contains(ReturnsPolicy.GOODWILL_EXCEPTION_OFFER);
	}

	/** Where the goodwill exception this RMA asked for stands, when its pages say so in place of the offer to ask. */
	public enum GoodwillAsk {

		/** Asked for, and waiting for a supervisor or manager. */
		ASKED,
		/** Asked for and granted: the RMA was authorised. */
		GRANTED,
		/** Asked for and refused: the RMA was denied. */
		REFUSED

	}

	/**
	 * What the pages show in place of this sentence of the engine's explanation, or {@code null} to show it as decided.
	 * A decision that finds no remedy ends by offering to ask a supervisor for a goodwill exception
	 * ({@link ReturnsPolicy#GOODWILL_EXCEPTION_OFFER}); once this RMA has asked for one, that offer is no longer true:
	 * it is {@link GoodwillAsk#ASKED} while the request waits, {@link GoodwillAsk#GRANTED} once authorised (and at every
	 * step after) and {@link GoodwillAsk#REFUSED} once refused (a denied RMA is never asked for again). The stored
	 * explanation itself is never changed: it is the record of what the engine decided.
	 */
	public GoodwillAsk goodwillAskInsteadOf(String sentence) {
		if (!goodwillException || !ReturnsPolicy.GOODWILL_EXCEPTION_OFFER.equals(sentence)) {
			return null;
		}
		if (denied()) {
			return GoodwillAsk.REFUSED;
		}
		return status == RmaStatus.REQUESTED ? GoodwillAsk.ASKED : GoodwillAsk.GRANTED;
	}

	/** Whether the customer's right here is a refund that waits for the goods to come back (CCR 2013 reg 34). */
	public boolean refundDueOnReceipt() {
		return refundAmount != null && refundDueOn == null && refundedOn == null && status.inProgress();
	}

}
