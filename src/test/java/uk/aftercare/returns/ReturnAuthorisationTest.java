package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.aftercare.returns.ReturnAuthorisations.NOW;
import static uk.aftercare.returns.ReturnAuthorisations.TODAY;
import static uk.aftercare.returns.ReturnAuthorisations.bootsCancelledByPost;
import static uk.aftercare.returns.ReturnAuthorisations.decidedBySue;
import static uk.aftercare.returns.ReturnAuthorisations.deniedBySueThenClosed;
import static uk.aftercare.returns.ReturnAuthorisations.faultyKettle;
import static uk.aftercare.returns.ReturnAuthorisations.goodwillExceptionDecidedBySue;
import static uk.aftercare.returns.ReturnAuthorisations.goodwillExceptionWaiting;
import static uk.aftercare.returns.ReturnAuthorisations.kettle;
import static uk.aftercare.returns.ReturnAuthorisations.raised;
import static uk.aftercare.returns.ReturnAuthorisations.unwantedKettleOutsideGoodwill;
import static uk.aftercare.returns.ReturnAuthorisations.waitingForASupervisor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.aftercare.shared.ConflictException;

/** The whole life of a return authorisation, without Spring. */
class ReturnAuthorisationTest {

	@Test
	void goesFromRequestToCloseThroughEveryStepOfARefund() {
		ReturnAuthorisation rma = raised(faultyKettle().build());
		assertThat(rma.getStatus()).isEqualTo(RmaStatus.REQUESTED);

		rma.authorise("sue", "Fault confirmed", NOW, TODAY);
		rma.receive(NOW, TODAY.plusDays(1));
		rma.inspect("Element dead", NOW, TODAY.plusDays(2));
		rma.refund(NOW, TODAY.plusDays(3));
		rma.close(NOW);

		ReturnAuthorisationView view = rma.toView(TODAY.plusDays(3));
		assertThat(view.status()).isEqualTo(RmaStatus.CLOSED);
		assertThat(view.decidedBy()).isEqualTo("sue");
		assertThat(view.decisionNote()).isEqualTo("Fault confirmed");
		assertThat(view.receivedOn()).isEqualTo(TODAY.plusDays(1));
		assertThat(view.inspectionNote()).isEqualTo("Element dead");
		assertThat(view.refundedOn()).isEqualTo(TODAY.plusDays(3));
		assertThat(view.nextStatuses()).isEmpty();
	}

	@Test
	void refusesToRefundARequestThatWasNeverAuthorised() {
		ReturnAuthorisation rma = raised(faultyKettle().build());

		assertThatThrownBy(() -> rma.refund(NOW, TODAY)).isInstanceOf(IllegalRmaTransitionException.class)
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("REQUESTED to REFUNDED");
		assertThat(rma.getStatus()).isEqualTo(RmaStatus.REQUESTED);
	}

	@Test
	void refusesToReceiveGoodsForADeniedReturn() {
		ReturnAuthorisation rma = raised(faultyKettle().build());
		rma.deny("sue", "Receipt is for another shop", NOW);

		assertThatThrownBy(() -> rma.receive(NOW, TODAY)).isInstanceOf(IllegalRmaTransitionException.class);
		assertThat(rma.toView(TODAY).nextStatuses()).containsExactly(RmaStatus.CLOSED);
	}

	@Test
	void needsAReasonToDeny() {
		ReturnAuthorisation rma = raised(faultyKettle().build());

		assertThatIllegalArgumentException().isThrownBy(() -> rma.deny("sue", " ", NOW));
		assertThat(rma.getStatus()).isEqualTo(RmaStatus.REQUESTED);
	}

	@Test
	void makesAShortTermRejectionRefundDueOnTheFourteenthDayCountingTheDayItIsAgreed() {
		ReturnAuthorisation rma = raised(faultyKettle().build());

		rma.authorise("sam", null, NOW, TODAY);

		// CRA 2015 s.20(15): "within 14 days beginning with the day on which the trader agrees".
		ReturnAuthorisationView view = rma.toView(TODAY);
		assertThat(view.refundAgreedOn()).isEqualTo(TODAY);
		assertThat(view.refundDueOn()).isEqualTo(TODAY.plusDays(13));
		assertThat(view.refundAmount()).isEqualByComparingTo("49.99");
	}

	@Test
	void makesAFinalRejectionRefundDueOnTheFourteenthDayCountingTheDayItIsAgreed() {
		ReturnAuthorisation rma = raised(faultyKettle().purchased(TODAY.minusMonths(3))
			.offered(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION)
			.build());
		rma.authorise("sam", null, NOW, TODAY);

		assertThat(rma.toView(TODAY).refundDueOn()).isEqualTo(TODAY.plusDays(13));
	}

	/**
	 * returns-policy.md has one rule for every agreed refund ("not paid within 14 days of agreeing it — CRA
	 * s.20(15)"): a goodwill refund and a goodwill exception paid as a full refund, agreed on the same day, are due on
	 * the same day, the 14th counting that day.
	 */
	@Test
	void makesEveryGoodwillRefundDueOnTheFourteenthDayCountingTheDayItIsAgreed() {
		ReturnAuthorisation goodwill = raised(faultyKettle().purchased(TODAY.minusDays(20))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(ReturnAuthorisations.unusedKettle())
			.offered(Remedy.GOODWILL_REFUND)
			.build());
		ReturnAuthorisation exception = raised(faultyKettle().purchased(TODAY.minusDays(53)).build());

		goodwill.authorise("sue", null, NOW, TODAY);
		exception.authorise("sue", null, NOW, TODAY);

		assertThat(exception.toView(TODAY).assessment().remedy()).isEqualTo(Remedy.REPAIR_OR_REPLACEMENT);
		assertThat(goodwill.toView(TODAY).refundDueOn()).isEqualTo(TODAY.plusDays(13))
			.isEqualTo(exception.toView(TODAY).refundDueOn());
	}

	@Test
	void flagsTheRefundOverdueTheDayAfterItWasDueAndNotOnceItIsPaid() {
		ReturnAuthorisation rma = raised(faultyKettle().build());
		rma.authorise("sam", null, NOW, TODAY);

		assertThat(rma.toView(TODAY.plusDays(13)).refundOverdue()).isFalse();
		assertThat(rma.toView(TODAY.plusDays(14)).refundOverdue()).isTrue();

		rma.receive(NOW, TODAY.plusDays(15));
		rma.inspect(null, NOW, TODAY.plusDays(15));
		rma.refund(NOW, TODAY.plusDays(16));
		assertThat(rma.toView(TODAY.plusDays(20)).refundOverdue()).isFalse();
	}

	@Test
	void startsTheCancellationRefundClockWhenTheGoodsComeBack() {
		ReturnAuthorisation rma = raised(faultyKettle().channel(SaleChannel.ONLINE)
			.purchased(TODAY.minusDays(6))
			.delivered(TODAY.minusDays(4))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(new ItemLine(null, "Boots", null, 1, new BigDecimal("89.00"), ItemCondition.UNUSED))
			.offered(Remedy.CANCELLATION_REFUND)
			.build());

		rma.authorise("sam", null, NOW, TODAY);
		assertThat(rma.toView(TODAY).refundDueOn()).isNull();
		assertThat(rma.toView(TODAY).refundDueOnReceipt()).isTrue();

		rma.receive(NOW, TODAY.plusDays(5));
		assertThat(rma.toView(TODAY.plusDays(5)).refundDueOn()).isEqualTo(TODAY.plusDays(19));
	}

	@Test
	void makesADigitalCancellationRefundDueFourteenDaysAfterTheCustomerCancelled() {
		ReturnAuthorisation rma = raised(faultyKettle().productType(ProductType.DIGITAL_CONTENT)
			.channel(SaleChannel.ONLINE)
			.purchased(TODAY.minusDays(10))
			.requested(TODAY.minusDays(3))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(new ItemLine(null, "E-book", null, 1, new BigDecimal("7.99"), ItemCondition.UNUSED))
			.offered(Remedy.CANCELLATION_REFUND)
			.build());

		rma.authorise("sam", null, NOW, TODAY);

		// CCR 2013 reg 34(4): 14 days after the day the customer told us, not the day we authorised it.
		assertThat(rma.toView(TODAY).refundDueOn()).isEqualTo(TODAY.minusDays(3).plusDays(14));
	}

	@Test
	void makesACancellationRefundForGoodsWeCollectDueFourteenDaysAfterTheCustomerCancelled() {
		ReturnAuthorisation rma = raised(faultyKettle().channel(SaleChannel.ONLINE)
			.purchased(TODAY.minusDays(6))
			.delivered(TODAY.minusDays(4))
			.requested(TODAY.minusDays(2))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(new ItemLine(null, "Sofa", null, 1, new BigDecimal("899.00"), ItemCondition.UNUSED))
			.offered(Remedy.CANCELLATION_REFUND)
			.returnMethod(ReturnMethod.COLLECTION)
			.build());

		rma.authorise("sam", null, NOW, TODAY);
		assertThat(rma.toView(TODAY).refundDueOn()).isEqualTo(TODAY.plusDays(12));
		assertThat(rma.toView(TODAY).refundDueOnReceipt()).isFalse();

		rma.receive(NOW, TODAY.plusDays(5));
		assertThat(rma.toView(TODAY.plusDays(5)).refundDueOn()).isEqualTo(TODAY.plusDays(12));
	}

	@Test
	void makesACancellationRefundDueFourteenDaysAfterTheCustomerShowsProofOfPostingIfThatIsSooner() {
		ReturnAuthorisation rma = raised(bootsCancelledByPost().build());
		rma.authorise("sam", null, NOW, TODAY);
		assertThat(rma.toView(TODAY).proofOfPostingAllowed()).isTrue();

		rma.recordProofOfPosting(TODAY.plusDays(1), NOW, TODAY);

		ReturnAuthorisationView posted = rma.toView(TODAY.plusDays(1));
		assertThat(posted.proofOfPostingOn()).isEqualTo(TODAY.plusDays(1));
		assertThat(posted.refundDueOn()).isEqualTo(TODAY.plusDays(15));
		assertThat(posted.proofOfPostingAllowed()).as("to correct the day").isTrue();

		rma.receive(NOW, TODAY.plusDays(5));
		assertThat(rma.toView(TODAY.plusDays(5)).refundDueOn()).as("the earlier of the two").isEqualTo(TODAY.plusDays(15));
		assertThat(rma.toView(TODAY.plusDays(5)).proofOfPostingAllowed()).as("once the goods are back").isFalse();
	}

	@Test
	void correctsTheDayOfProofOfPostingAndTheRefundFollowsIt() {
		ReturnAuthorisation rma = raised(bootsCancelledByPost().build());
		rma.authorise("sam", null, NOW, TODAY);
		rma.recordProofOfPosting(TODAY.plusDays(2), NOW, TODAY);

		rma.recordProofOfPosting(TODAY.plusDays(1), NOW, TODAY);

		ReturnAuthorisationView corrected = rma.toView(TODAY.plusDays(2));
		assertThat(corrected.proofOfPostingOn()).isEqualTo(TODAY.plusDays(1));
		assertThat(corrected.refundDueOn()).isEqualTo(TODAY.plusDays(15));
	}

	@Test
	void aCorrectionThatMovesTheDueDateBackIntoTheFutureLetsTheRefundMonitorFlagItAgain() {
		ReturnAuthorisation rma = raised(bootsCancelledByPost().build());
		rma.authorise("sam", null, NOW, TODAY);
		rma.recordProofOfPosting(TODAY, NOW, TODAY);
		LocalDate late = TODAY.plusDays(15);
		assertThat(rma.refundOverdueUnflagged(late)).isTrue();
		rma.flagRefundOverdue();

		rma.recordProofOfPosting(TODAY.plusDays(2), NOW, late);

		assertThat(rma.toView(late).refundDueOn()).isEqualTo(TODAY.plusDays(16));
		assertThat(rma.refundOverdueUnflagged(late)).as("not overdue on the corrected day").isFalse();
		assertThat(rma.refundOverdueUnflagged(TODAY.plusDays(17))).as("overdue again, and flagged again").isTrue();
	}

	@Test
	void aCorrectionThatLeavesTheRefundOverdueKeepsItFlaggedOnce() {
		ReturnAuthorisation rma = raised(bootsCancelledByPost().build());
		rma.authorise("sam", null, NOW, TODAY);
		rma.recordProofOfPosting(TODAY.plusDays(1), NOW, TODAY);
		LocalDate late = TODAY.plusDays(20);
		rma.flagRefundOverdue();

		rma.recordProofOfPosting(TODAY, NOW, late);

		assertThat(rma.refundOverdueUnflagged(late)).as("already flagged: not escalated twice").isFalse();
	}

	@Test
	void takesProofOfPostingOnlyWhileAnAuthorisedCancellationWaitsForTheGoods() {
		ReturnAuthorisation requested = raised(bootsCancelledByPost().build());
		assertThat(requested.toView(TODAY).proofOfPostingAllowed()).isFalse();
		assertThatThrownBy(() -> requested.recordProofOfPosting(TODAY, NOW, TODAY)).isInstanceOf(ConflictException.class);

		ReturnAuthorisation shortTermReject = raised(faultyKettle().build());
		shortTermReject.authorise("sam", null, NOW, TODAY);
		assertThatThrownBy(() -> shortTermReject.recordProofOfPosting(TODAY, NOW, TODAY))
			.isInstanceOf(ConflictException.class);

		ReturnAuthorisation collected = raised(bootsCancelledByPost().returnMethod(ReturnMethod.COLLECTION).build());
		collected.authorise("sam", null, NOW, TODAY);
		assertThat(collected.toView(TODAY).proofOfPostingAllowed()).isFalse();

		ReturnAuthorisation received = raised(bootsCancelledByPost().build());
		received.authorise("sam", null, NOW, TODAY);
		received.receive(NOW, TODAY);
		assertThatThrownBy(() -> received.recordProofOfPosting(TODAY, NOW, TODAY)).isInstanceOf(ConflictException.class);
		assertThat(received.toView(TODAY).refundDueOn()).isEqualTo(TODAY.plusDays(14));
	}

	@Test
	void paysACancellationRefundOnceProofOfPostingIsShownAndStillRecordsTheGoodsArrivingAfter() {
		ReturnAuthorisation rma = raised(bootsCancelledByPost().build());
		rma.authorise("sam", null, NOW, TODAY);
		assertThat(rma.toView(TODAY).nextStatuses()).as("waiting for the goods or proof of posting")
			.containsExactly(RmaStatus.RECEIVED);
		assertThatThrownBy(() -> rma.refund(NOW, TODAY)).isInstanceOf(IllegalRmaTransitionException.class);

		rma.recordProofOfPosting(TODAY, NOW, TODAY);
		assertThat(rma.toView(TODAY).nextStatuses()).as("CCR 2013 reg 34(5): due 14 days after proof of posting")
			.containsExactly(RmaStatus.RECEIVED, RmaStatus.REFUNDED);

		rma.refund(NOW, TODAY.plusDays(10));
		ReturnAuthorisationView paid = rma.toView(TODAY.plusDays(20));
		assertThat(paid.status()).isEqualTo(RmaStatus.REFUNDED);
		assertThat(paid.refundedOn()).isEqualTo(TODAY.plusDays(10));
		assertThat(paid.receivedOn()).isNull();
		assertThat(paid.refundOverdue()).isFalse();
		assertThat(rma.refundOverdueUnflagged(TODAY.plusDays(20))).as("paid: nothing for the monitor").isFalse();
		assertThat(paid.nextStatuses()).as("the goods may still arrive").containsExactly(RmaStatus.RECEIVED,
				RmaStatus.CLOSED);

		rma.receive(NOW, TODAY.plusDays(21));
		ReturnAuthorisationView received = rma.toView(TODAY.plusDays(21));
		assertThat(received.status()).as("still refunded").isEqualTo(RmaStatus.REFUNDED);
		assertThat(received.receivedOn()).isEqualTo(TODAY.plusDays(21));
		assertThat(received.refundDueOn()).as("as it was when paid").isEqualTo(TODAY.plusDays(14));
		assertThat(received.nextStatuses()).containsExactly(RmaStatus.CLOSED);
		assertThatThrownBy(() -> rma.receive(NOW, TODAY.plusDays(22))).as("received once")
			.isInstanceOf(IllegalRmaTransitionException.class);
	}

	@Test
	void paysACancellationRefundForGoodsWeCollectWithoutWaitingForThem() {
		ReturnAuthorisation rma = raised(bootsCancelledByPost().returnMethod(ReturnMethod.COLLECTION).build());
		rma.authorise("sam", null, NOW, TODAY);

		// CCR 2013 reg 34(4), (6): due 14 days after the customer cancelled, whether or not we have collected them.
		assertThat(rma.toView(TODAY).nextStatuses()).containsExactly(RmaStatus.RECEIVED, RmaStatus.REFUNDED);
		rma.refund(NOW, TODAY);
		assertThat(rma.toView(TODAY).nextStatuses()).containsExactly(RmaStatus.RECEIVED, RmaStatus.CLOSED);
	}

	@Test
	void stillReceivesAndInspectsTheGoodsBeforeAnyOtherRefund() {
		ReturnAuthorisation shortTermReject = raised(faultyKettle().build());
		shortTermReject.authorise("sam", null, NOW, TODAY);
		assertThat(shortTermReject.toView(TODAY).nextStatuses()).containsExactly(RmaStatus.RECEIVED);

		ReturnAuthorisation throughEveryStep = raised(bootsCancelledByPost().build());
		throughEveryStep.authorise("sam", null, NOW, TODAY);
		throughEveryStep.receive(NOW, TODAY);
		throughEveryStep.inspect(null, NOW, TODAY);
		throughEveryStep.refund(NOW, TODAY);
		assertThat(throughEveryStep.toView(TODAY).nextStatuses()).as("received already")
			.containsExactly(RmaStatus.CLOSED);
	}

	@Test
	void keepsGoodsWithAPriceReductionAsTheRefundAndNothingComingBack() {
		ReturnAuthorisation rma = raised(ReturnAuthorisations.coffeeMachineRepairedInVain(4)
			.keepsWithPriceReduction("49.00")
			.returnMethod(null)
			.build());

		ReturnAuthorisationView raised = rma.toView(TODAY);
		assertThat(raised.keepsGoods()).isTrue();
		assertThat(raised.refundAmount()).isEqualByComparingTo("49.00");
		assertThat(raised.priceReduction()).isEqualByComparingTo("49.00");
		assertThat(raised.deductionAmount()).isNull();
		assertThat(raised.returnMethod()).isNull();
		assertThat(raised.goodsKept()).isEqualTo("the Coffee machine");
		assertThat(raised.explanationShown()).as("what a rejection's refund would be is not what is paid")
			.noneMatch(sentence -> sentence.contains("a refund will be in full"));

		rma.authorise("sam", null, NOW, TODAY);
		assertThat(rma.toView(TODAY).nextStatuses()).as("nothing to receive or inspect")
			.containsExactly(RmaStatus.REFUNDED);
		assertThat(rma.toView(TODAY).refundDueOn()).as("CRA 2015 s.24(3), s.20(15)").isEqualTo(TODAY.plusDays(13));
		assertThat(rma.toView(TODAY).deductionDecided()).isFalse();
		rma.refund(NOW, TODAY);
		assertThat(rma.toView(TODAY).nextStatuses()).containsExactly(RmaStatus.CLOSED);
	}

	@Test
	void aFinalRejectionStillBringsTheGoodsBackForTheWholePrice() {
		ReturnAuthorisationView rejected = raised(ReturnAuthorisations.coffeeMachineRepairedInVain(4).build())
			.toView(TODAY);

		assertThat(rejected.keepsGoods()).isFalse();
		assertThat(rejected.refundAmount()).isEqualByComparingTo("149.00");
		assertThat(rejected.returnMethod()).isEqualTo(ReturnMethod.IN_STORE);
	}

	/**
	 * Several items rejected in the end are spoken of in the plural ("the use you have had from them"); the pages still
	 * know those sentences for what they are: the deduction left to a supervisor, or the refund a rejection would be.
	 */
	@Test
	void knowsTheRejectionsRefundSaidOfSeveralItems() {
		ItemLine grinder = new ItemLine("CG-1", "Coffee grinder", null, 1, new BigDecimal("39.00"), ItemCondition.USED);
		NewReturnAuthorisation afterSixMonths = ReturnAuthorisations.coffeeMachineRepairedInVain(8)
			.lines(new ItemLine("CM-1", "Coffee machine", null, 1, new BigDecimal("149.00"), ItemCondition.USED), grinder)
			.wish(CustomerWish.REFUND)
			.build();
		String toConfirm = "As more than 6 months have passed since delivery, a refund may be reduced to reflect the use "
				+ "you have had from them; a supervisor will confirm the amount.";

		assertThat(ReturnAuthorisations.waitingForASupervisor(afterSixMonths).explanationShown()).contains(toConfirm);
		ReturnAuthorisationView authorised = decidedBySue(afterSixMonths, true);
		assertThat(authorised.deductionDecided()).isTrue();
		assertThat(authorised.explanationShown()).doesNotContain(toConfirm);

		ReturnAuthorisationView kept = raised(ReturnAuthorisations.coffeeMachineRepairedInVain(4)
			.lines(new ItemLine("CM-1", "Coffee machine", null, 1, new BigDecimal("149.00"), ItemCondition.USED), grinder)
			.keepsWithPriceReduction("49.00")
			.returnMethod(null)
			.build()).toView(TODAY);
		assertThat(kept.assessment().explanation()).contains("As this is within 6 months of delivery, a refund will be "
				+ "in full, with no deduction for the use you have had from them.");
		assertThat(kept.explanationShown()).noneMatch(sentence -> sentence.contains("a refund will be in full"));
	}

	@Test
	void hasNoRefundWhenItOffersARepair() {
		ReturnAuthorisation rma = raised(faultyKettle().wish(CustomerWish.REPAIR)
			.offered(Remedy.REPAIR_OR_REPLACEMENT)
			.build());
		rma.authorise("sam", null, NOW, TODAY);
		rma.receive(NOW, TODAY);
		rma.inspect(null, NOW, TODAY);

		assertThat(rma.toView(TODAY).refundAmount()).isNull();
		assertThatThrownBy(() -> rma.refund(NOW, TODAY)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("no refund agreed");
		rma.repair(NOW, TODAY);
		assertThat(rma.getStatus()).isEqualTo(RmaStatus.REPAIRED);
	}

	@Test
	void keepsTheDecisionAsTheEngineGaveIt() {
		NewReturnAuthorisation form = faultyKettle().build();
		ReturnAssessment assessment = ReturnAuthorisations.assess(form);

		ReturnAuthorisationView view = raised(form).toView(TODAY);

		assertThat(view.assessment()).isEqualTo(assessment);
		assertThat(view.assessment().policyVersion()).isEqualTo("uk-returns-v1");
		assertThat(view.assessment().legalBasis()).contains("short-term right to reject");
	}

	@Test
	void keepsThatTheCustomerCanCancelOnlyByTheExtensionAsTheEngineFoundIt() {
		NewReturnAuthorisation form = faultyKettle().channel(SaleChannel.ONLINE)
			.purchased(TODAY.minusDays(22))
			.delivered(TODAY.minusDays(20))
			.cancellationInfoGiven(false)
			.offered(Remedy.CANCELLATION_REFUND)
			.build();
		ReturnAssessment assessment = ReturnAuthorisations.assess(form);
		assertThat(assessment.cancellationOnlyByExtension()).isTrue();

		assertThat(raised(form).toView(TODAY).assessment()).isEqualTo(assessment);
		assertThat(raised(faultyKettle().build()).toView(TODAY).assessment().cancellationOnlyByExtension()).isFalse();
	}

	@Test
	void refundsTheTotalOfEveryLineLessTheDeduction() {
		ReturnAuthorisation rma = raised(faultyKettle().lines(kettle("40.00"),
				new ItemLine("MG-2", "Mug", null, 2, new BigDecimal("5.50"), ItemCondition.UNUSED))
			.offered(Remedy.FULL_REFUND)
			.build());

		ReturnAuthorisationView view = rma.toView(TODAY);
		assertThat(view.totalPrice()).isEqualByComparingTo("51.00");
		assertThat(view.refundAmount()).isEqualByComparingTo("51.00");
		assertThat(view.lines()).hasSize(2);
	}

	/**
	 * A decision finding no remedy offers to ask a supervisor for a goodwill exception. Once the RMA asked for one,
	 * that is shown as asked for, then as granted or refused. The record keeps it as decided.
	 */
	@Test
	void showsTheGoodwillExceptionItAskedForInPlaceOfTheOfferToAsk() {
		NewReturnAuthorisation form = unwantedKettleOutsideGoodwill().build();
		String offer = ReturnsPolicy.GOODWILL_EXCEPTION_OFFER;

		ReturnAuthorisationView waiting = goodwillExceptionWaiting(form);
		ReturnAuthorisationView refused = goodwillExceptionDecidedBySue(form, false);
		ReturnAuthorisationView approved = goodwillExceptionDecidedBySue(form, true);

		assertThat(waiting.assessment().remedy()).isEqualTo(Remedy.NO_REMEDY);
		assertThat(waiting.goodwillAskInsteadOf(offer)).isEqualTo(ReturnAuthorisationView.GoodwillAsk.ASKED);
		assertThat(waiting.goodwillAskInsteadOf(waiting.assessment().explanation().get(0))).isNull();
		assertThat(refused.goodwillAskInsteadOf(offer)).isEqualTo(ReturnAuthorisationView.GoodwillAsk.REFUSED);
		assertThat(approved.goodwillAskInsteadOf(offer)).isEqualTo(ReturnAuthorisationView.GoodwillAsk.GRANTED);
		assertThat(List.of(waiting, refused, approved))
			.allSatisfy(view -> assertThat(view.assessment().explanation()).contains(offer));
		assertThat(raised(unwantedKettleOutsideGoodwill().offered(Remedy.NO_REMEDY).build()).toView(TODAY)
			.goodwillAskInsteadOf(offer)).as("nothing asked for: the offer stands").isNull();
	}

	/**
	 * A £300 refund waits for a supervisor. Denied, and closed since, nothing is paid: the pages leave out the promise to
	 * pay and who will authorise the payment, and keep the customer's right. The record keeps every sentence.
	 */
	@Test
	void showsADeniedRefundWithoutThePromiseToPayButWithTheRight() {
		NewReturnAuthorisation form = faultyKettle().lines(kettle("300.00")).build();
		String promise = "We will refund you within 14 days, by the same method you paid with.";
		String authorising = "As the amount is over £250.00, a supervisor will authorise the payment; this does not "
				+ "change what you are entitled to.";

		ReturnAuthorisationView waiting = waitingForASupervisor(form);
		ReturnAuthorisationView authorised = decidedBySue(form, true);
		ReturnAuthorisationView denied = decidedBySue(form, false);
		ReturnAuthorisationView closed = deniedBySueThenClosed(form);

		assertThat(waiting.explanationShown()).isEqualTo(waiting.assessment().explanation())
			.contains(promise, authorising);
		assertThat(authorised.explanationShown()).as("authorised: the supervisor has done it")
			.isEqualTo(authorised.assessment().explanation().stream()
				.filter(sentence -> !sentence.equals(authorising))
				.toList())
			.contains(promise);
		assertThat(List.of(denied, closed)).allSatisfy(view -> {
			assertThat(view.explanationShown()).isEqualTo(view.assessment().explanation().stream()
				.filter(sentence -> !sentence.equals(promise) && !sentence.equals(authorising))
				.toList());
			assertThat(view.explanationShown()).first().asString().startsWith("Because the Kettle developed a fault "
					+ "within 30 days of delivery, you are entitled to a full refund");
			assertThat(view.assessment().explanation()).as("the record, as decided").contains(promise, authorising);
		});
	}

	/**
	 * A goodwill exchange records the gift card the customer chose, and its pages say so; denied, they promise neither
	 * the exchange nor the gift card, and keep what the goodwill policy allows.
	 */
	@Test
	void showsAGoodwillExchangeAsTheCustomerChoseItAndDeniedPromisesNothing() {
		NewReturnAuthorisation giftCard = ReturnAuthorisations.unwantedKettleExchanged()
			.proof(ProofOfPurchase.GIFT_RECEIPT)
			.refundMethod(RefundMethod.GIFT_CARD)
			.build();
		NewReturnAuthorisation exchanged = ReturnAuthorisations.unwantedKettleExchanged()
			.proof(ProofOfPurchase.GIFT_RECEIPT)
			.refundMethod(RefundMethod.CASH)
			.build();

		assertThat(ReturnAuthorisations.view(giftCard).refundMethod()).isEqualTo(RefundMethod.GIFT_CARD);
		assertThat(ReturnAuthorisations.view(giftCard).refundAmount()).as("nothing is paid back").isNull();
		assertThat(ReturnAuthorisations.view(exchanged).refundMethod()).as("an exchange pays nothing, in cash or otherwise")
			.isNull();
		assertThat(waitingForASupervisor(giftCard).explanationShown())
			.contains("We will give you the price you paid as a gift card.");
		assertThat(List.of(deniedBySueThenClosed(giftCard), deniedBySueThenClosed(exchanged)))
			.allSatisfy(denied -> assertThat(denied.explanationShown())
				.noneMatch(sentence -> sentence.startsWith("We will"))
				.anyMatch(sentence -> sentence.contains("our goodwill returns policy lets you exchange unused items")));
	}

	/**
	 * A refund offered where the law gives a repair is a goodwill exception: until a supervisor decides it, it is asked
	 * for, not offered. The customer copy states no refund and the pages add that more has been asked for; granted, the
	 * refund is the shop's; refused, nothing is paid.
	 */
	@Test
	void showsAGoodwillExceptionAsAskedForUntilASupervisorDecidesIt() {
		NewReturnAuthorisation form = faultyKettle().purchased(TODAY.minusDays(75)).build();

		ReturnAuthorisationView waiting = goodwillExceptionWaiting(form);
		ReturnAuthorisationView granted = goodwillExceptionDecidedBySue(form, true);
		ReturnAuthorisationView refused = goodwillExceptionDecidedBySue(form, false);

		assertThat(waiting.assessment().remedy()).isEqualTo(Remedy.REPAIR_OR_REPLACEMENT);
		assertThat(waiting.goodwillPending()).isTrue();
		assertThat(waiting.goodwillAskAdded()).isTrue();
		assertThat(waiting.refundOffered()).as("asked for, not offered").isFalse();
		assertThat(granted.goodwillPending()).isFalse();
		assertThat(granted.goodwillAskAdded()).isFalse();
		assertThat(granted.refundOffered()).isTrue();
		assertThat(refused.goodwillPending()).isFalse();
		assertThat(refused.refundOffered()).isFalse();
	}

	/**
	 * Where the law gives nothing, the engine's offer to ask a supervisor is already replaced by "we have asked", so
	 * nothing is added; the goodwill refund is still asked for, not offered, until decided.
	 */
	@Test
	void addsNothingToTheAskForAGoodwillExceptionWhereTheLawGivesNothing() {
		ReturnAuthorisationView waiting = goodwillExceptionWaiting(unwantedKettleOutsideGoodwill().build());

		assertThat(waiting.goodwillPending()).isTrue();
		assertThat(waiting.goodwillAskAdded()).isFalse();
		assertThat(waiting.refundOffered()).isFalse();
	}

	/**
	 * "So a supervisor will check it" about a purchase without proof is done once the RMA is decided, authorised or
	 * denied: the pages leave it out then. The record keeps it.
	 */
	@Test
	void dropsTheSupervisorsCheckOfThePurchaseOnceDecided() {
		NewReturnAuthorisation form = faultyKettle().proof(ProofOfPurchase.NONE).build();
		String check = "You do not need a receipt to use your legal rights, but we need to confirm the purchase, for "
				+ "example from a bank statement or our records, so a supervisor will check it.";

		assertThat(waitingForASupervisor(form).explanationShown()).contains(check);
		assertThat(List.of(decidedBySue(form, true), decidedBySue(form, false), deniedBySueThenClosed(form)))
			.allSatisfy(view -> {
				assertThat(view.explanationShown()).doesNotContain(check)
					.anySatisfy(sentence -> assertThat(sentence).contains("you are entitled to a full refund"));
				assertThat(view.assessment().explanation()).as("the record, as decided").contains(check);
			});
	}

}
