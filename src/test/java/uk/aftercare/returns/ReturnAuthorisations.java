package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Small starting points for return authorisation tests: a faulty kettle bought in store, with a receipt, and an
 * RMA raised for it. Each test changes only the facts it is about.
 */
public final class ReturnAuthorisations {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

	public static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	private ReturnAuthorisations() {
	}

	public static ItemLine kettle(String price) {
		return new ItemLine("KT-100", "Kettle", "SN-1", 1, new BigDecimal(price), ItemCondition.USED);
	}

	/** The kettle still unused, as the goodwill policy wants it. */
	public static ItemLine unusedKettle() {
		return new ItemLine("KT-100", "Kettle", null, 1, new BigDecimal("49.99"), ItemCondition.UNUSED);
	}

	/** A faulty kettle bought in store ten days ago; the customer wants a refund and is offered one. */
	public static Form faultyKettle() {
		return new Form();
	}

	/** Boots bought online and delivered four days ago, cancelled on a change of mind and sent back by post. */
	public static Form bootsCancelledByPost() {
		return new Form().channel(SaleChannel.ONLINE)
			.purchased(TODAY.minusDays(6))
			.delivered(TODAY.minusDays(4))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(new ItemLine(null, "Boots", null, 1, new BigDecimal("89.00"), ItemCondition.UNUSED))
			.offered(Remedy.CANCELLATION_REFUND)
			.returnMethod(ReturnMethod.POST);
	}

	/**
	 * A £149 coffee machine bought in store {@code monthsAgo} months ago, faulty again after a repair that failed: the
	 * customer may reject it or keep it with a price reduction (CRA 2015 s.24), and wants the price reduction.
	 */
	public static Form coffeeMachineRepairedInVain(int monthsAgo) {
		return new Form().purchased(TODAY.minusMonths(monthsAgo))
			.failedRepair(true)
			.lines(new ItemLine("CM-1", "Coffee machine", null, 1, new BigDecimal("149.00"), ItemCondition.USED))
			.wish(CustomerWish.PRICE_REDUCTION)
			.offered(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION);
	}

	/**
	 * A used kettle bought in store 45 days ago that the customer no longer wants: the law gives nothing and the
	 * goodwill window has closed, so the decision offers to ask a supervisor, and a goodwill refund is a goodwill
	 * exception.
	 */
	public static Form unwantedKettleOutsideGoodwill() {
		return new Form().purchased(TODAY.minusDays(45))
			.reason(ReasonCode.CHANGED_MIND)
			.offered(Remedy.GOODWILL_REFUND);
	}

	/**
	 * An unused kettle bought in store 13 days ago, with a receipt, that the customer no longer wants and would like to
	 * exchange: the goodwill policy gives a refund, and a goodwill exchange is offered, as the customer asks.
	 */
	public static Form unwantedKettleExchanged() {
		return new Form().purchased(TODAY.minusDays(13))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(unusedKettle())
			.wish(CustomerWish.EXCHANGE)
			.offered(Remedy.GOODWILL_EXCHANGE);
	}

	public static ReturnAssessment assess(NewReturnAuthorisation form) {
		return new ReturnsPolicy(ReturnsPolicySettings.defaults()).assess(form.toReturnRequest(), TODAY);
	}

	/** The RMA page's view of a freshly raised RMA for {@code form}, as staff on the web would see it. */
	public static ReturnAuthorisationView view(NewReturnAuthorisation form) {
		return raised(form).toView(TODAY);
	}

	/** The view after the given steps, each taken today. */
	public static ReturnAuthorisationView authorised(NewReturnAuthorisation form, LocalDate seenOn) {
		ReturnAuthorisation rma = raised(form);
		rma.authorise("sue", "Fault confirmed", NOW, TODAY);
		return rma.toView(seenOn);
	}

	/** Authorised today, then proof of posting recorded as shown on {@code shownOn}. */
	public static ReturnAuthorisationView postedOn(NewReturnAuthorisation form, LocalDate shownOn) {
		ReturnAuthorisation rma = raised(form);
		rma.authorise("sue", null, NOW, TODAY);
		rma.recordProofOfPosting(shownOn, NOW, TODAY);
		return rma.toView(TODAY);
	}

	/** Raised by sam for a refund above the front-line limit: it waits for a supervisor. */
	public static ReturnAuthorisationView waitingForASupervisor(NewReturnAuthorisation form) {
		return needingASupervisor(form).toView(TODAY);
	}

	/** Raised as {@link #waitingForASupervisor}, then decided by sue: authorised, or denied with her reason. */
	public static ReturnAuthorisationView decidedBySue(NewReturnAuthorisation form, boolean authorised) {
		return decidedBySue(needingASupervisor(form), authorised, "Fault confirmed", "Dropped, not faulty");
	}

	/** Raised as {@link #waitingForASupervisor}, denied by sue with her reason, then closed. */
	public static ReturnAuthorisationView deniedBySueThenClosed(NewReturnAuthorisation form) {
		ReturnAuthorisation rma = needingASupervisor(form);
		rma.deny("sue", "Dropped, not faulty", NOW);
		rma.close(NOW);
		return rma.toView(TODAY);
	}

	/** Raised by sam as a goodwill exception, so a supervisor decides it: still waiting. */
	public static ReturnAuthorisationView goodwillExceptionWaiting(NewReturnAuthorisation form) {
		return goodwillException(form).toView(TODAY);
	}

	/** Raised as {@link #goodwillExceptionWaiting}, then decided by sue: authorised, or refused with her reason. */
	public static ReturnAuthorisationView goodwillExceptionDecidedBySue(NewReturnAuthorisation form,
			boolean authorised) {
		return decidedBySue(goodwillException(form), authorised, "Loyal customer", "Used for six weeks");
	}

	/** Sue authorises the return with one note or denies it with the other, the reason the customer is given. */
	private static ReturnAuthorisationView decidedBySue(ReturnAuthorisation rma, boolean authorised,
			String authorisedBecause, String deniedBecause) {
		if (authorised) {
			rma.authorise("sue", authorisedBecause, NOW, TODAY);
		}
		else {
			rma.deny("sue", deniedBecause, NOW);
		}
		return rma.toView(TODAY);
	}

	private static ReturnAuthorisation goodwillException(NewReturnAuthorisation form) {
		return new ReturnAuthorisation("RMA-2026-000001", "AC-2026-000001", form, assess(form), true,
				List.of("GOODWILL_EXCEPTION"), RefundApprover.SUPERVISOR, "sam", NOW, TODAY);
	}

	private static ReturnAuthorisation needingASupervisor(NewReturnAuthorisation form) {
		return new ReturnAuthorisation("RMA-2026-000001", "AC-2026-000001", form, assess(form), false,
				List.of("REFUND_OVER_AUTHORITY_LIMIT"), RefundApprover.SUPERVISOR, "sam", NOW, TODAY);
	}

	static ReturnAuthorisation raised(NewReturnAuthorisation form) {
		ReturnAssessment assessment = assess(form);
		return new ReturnAuthorisation("RMA-2026-000001", "AC-2026-000001", form, assessment, false, List.of(),
				RefundApprover.FRONT_LINE, "sam", NOW, TODAY);
	}

	/** A mutable builder for {@link NewReturnAuthorisation}; tests read better naming only what changes. */
	public static final class Form {

		ProductType productType = ProductType.GOODS;

		SaleChannel channel = SaleChannel.IN_STORE;

		LocalDate purchased = TODAY.minusDays(10);

		LocalDate delivered = null;

		LocalDate requested = null;

		boolean cancellationInfoGiven = true;

		boolean faultPointedOutBeforeSale = false;

		boolean personalised = false;

		boolean hygieneSealBroken = false;

		boolean mediaSealBroken = false;

		boolean factsTrueOfEveryItem = false;

		List<ItemLine> lines = List.of(kettle("49.99"));

		ReasonCode reason = ReasonCode.FAULTY;

		CustomerWish wish = CustomerWish.REFUND;

		Remedy offered = Remedy.FULL_REFUND;

		BigDecimal deduction = BigDecimal.ZERO;

		String deductionReason = null;

		BigDecimal priceReduction = null;

		boolean failedRepair = false;

		ReturnMethod returnMethod = ReturnMethod.IN_STORE;

		RefundMethod refundMethod = RefundMethod.ORIGINAL_PAYMENT_METHOD;

		String orderReference = "R-123";

		String caseNumber = "AC-2026-000001";

		ProofOfPurchase proof = ProofOfPurchase.RECEIPT;

		public Form proof(ProofOfPurchase proof) {
			this.proof = proof;
			return this;
		}

		public Form caseNumber(String caseNumber) {
			this.caseNumber = caseNumber;
			return this;
		}

		public Form orderReference(String orderReference) {
			this.orderReference = orderReference;
			return this;
		}

		public Form productType(ProductType productType) {
			this.productType = productType;
			return this;
		}

		public Form channel(SaleChannel channel) {
			this.channel = channel;
			return this;
		}

		public Form purchased(LocalDate purchased) {
			this.purchased = purchased;
			return this;
		}

		public Form delivered(LocalDate delivered) {
			this.delivered = delivered;
			return this;
		}

		/** The day the customer asked (for a cancellation: told us they were cancelling); today when not given. */
		public Form requested(LocalDate requested) {
			this.requested = requested;
			return this;
		}

		public Form cancellationInfoGiven(boolean given) {
			this.cancellationInfoGiven = given;
			return this;
		}

		public Form faultPointedOutBeforeSale(boolean pointedOut) {
			this.faultPointedOutBeforeSale = pointedOut;
			return this;
		}

		public Form personalised(boolean personalised) {
			this.personalised = personalised;
			return this;
		}

		public Form hygieneSealBroken(boolean broken) {
			this.hygieneSealBroken = broken;
			return this;
		}

		public Form mediaSealBroken(boolean broken) {
			this.mediaSealBroken = broken;
			return this;
		}

		/** Staff say the item facts ticked (such as personalised) are true of every item on the form. */
		public Form factsTrueOfEveryItem(boolean trueOfEveryItem) {
			this.factsTrueOfEveryItem = trueOfEveryItem;
			return this;
		}

		public Form returnMethod(ReturnMethod returnMethod) {
			this.returnMethod = returnMethod;
			return this;
		}

		public Form refundMethod(RefundMethod refundMethod) {
			this.refundMethod = refundMethod;
			return this;
		}

		public Form lines(ItemLine... lines) {
			this.lines = List.of(lines);
			return this;
		}

		public Form reason(ReasonCode reason) {
			this.reason = reason;
			return this;
		}

		public Form wish(CustomerWish wish) {
			this.wish = wish;
			return this;
		}

		public Form offered(Remedy offered) {
			this.offered = offered;
			return this;
		}

		/** A repair or replacement was already tried and failed. */
		public Form failedRepair(boolean failed) {
			this.failedRepair = failed;
			return this;
		}

		/** The customer keeps the goods with this reduction in price, rather than rejecting them. */
		public Form keepsWithPriceReduction(String amount) {
			this.priceReduction = new BigDecimal(amount);
			return this;
		}

		public Form deduction(String amount, String why) {
			this.deduction = new BigDecimal(amount);
			this.deductionReason = why;
			return this;
		}

		public NewReturnAuthorisation build() {
			return new NewReturnAuthorisation(caseNumber, "Jane Smith", "jane@example.com", null, orderReference,
					proof, productType, channel, Region.ENGLAND_WALES, purchased, delivered,
					requested, lines, reason, null, failedRepair, 0, false, null, personalised, hygieneSealBroken,
					mediaSealBroken,
					cancellationInfoGiven, false, faultPointedOutBeforeSale, factsTrueOfEveryItem, wish, offered,
					returnMethod, refundMethod, deduction, deductionReason, priceReduction != null, priceReduction);
		}

	}

}
