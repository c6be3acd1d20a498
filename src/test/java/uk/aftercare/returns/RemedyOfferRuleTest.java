package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.returns.ReturnAuthorisations.TODAY;
import static uk.aftercare.returns.ReturnAuthorisations.faultyKettle;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.aftercare.returns.RemedyOfferRule.Judgement;
import uk.aftercare.returns.RemedyOfferRule.Verdict;

/** Staff may offer more than the customer is entitled to, never less unless the customer asks for it. */
class RemedyOfferRuleTest {

	private static Judgement judge(ReturnAuthorisations.Form form) {
		NewReturnAuthorisation rma = form.build();
		return RemedyOfferRule.judge(ReturnAuthorisations.assess(rma), rma.offeredRemedy(), rma.customerWish(),
				rma.productType());
	}

	/** Faulty, inside the 30 days: the customer's right is a full refund. */
	private static ReturnAuthorisations.Form withinThirtyDays() {
		return faultyKettle().purchased(TODAY.minusDays(10));
	}

	/** Faulty after 45 days: the customer's right is a repair or replacement. */
	private static ReturnAuthorisations.Form afterFortyFiveDays() {
		return faultyKettle().purchased(TODAY.minusDays(45));
	}

	@Test
	void acceptsTheDecidedRemedy() {
		assertThat(judge(withinThirtyDays().offered(Remedy.FULL_REFUND)).verdict()).isEqualTo(Verdict.AS_DECIDED);
	}

	@Test
	void refusesARepairWhenTheCustomerIsOwedARefundAndAskedForOne() {
		Judgement judgement = judge(withinThirtyDays().wish(CustomerWish.REFUND).offered(Remedy.REPAIR_OR_REPLACEMENT));

		assertThat(judgement.verdict()).isEqualTo(Verdict.REFUSED);
		assertThat(judgement.allowed()).isFalse();
		assertThat(judgement.messageCode()).isEqualTo("rma.offer.lesser.statutory");
		assertThat(judgement.decided()).isEqualTo(Remedy.FULL_REFUND);
		assertThat(judgement.legalBasis()).contains("Consumer Rights Act 2015 ss.20-22");
	}

	@Test
	void allowsARepairInsteadOfARefundWhenTheCustomerAsksForIt() {
		Judgement judgement = judge(withinThirtyDays().wish(CustomerWish.REPAIR).offered(Remedy.REPAIR_OR_REPLACEMENT));

		assertThat(judgement.verdict()).isEqualTo(Verdict.CUSTOMER_CHOICE);
		assertThat(judgement.goodwillException()).isFalse();
	}

	@Test
	void treatsARefundWhereTheLawGivesARepairAsAGoodwillException() {
		Judgement judgement = judge(afterFortyFiveDays().offered(Remedy.FULL_REFUND));

		assertThat(judgement.verdict()).isEqualTo(Verdict.GOODWILL_EXCEPTION);
		assertThat(judgement.allowed()).isTrue();
		assertThat(judgement.goodwillException()).isTrue();
	}

	@Test
	void treatsAGoodwillRefundOutsideTheWindowAsAGoodwillException() {
		Judgement judgement = judge(faultyKettle().purchased(TODAY.minusDays(40))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(new ItemLine(null, "Lamp", null, 1, new BigDecimal("20.00"), ItemCondition.UNUSED))
			.offered(Remedy.GOODWILL_REFUND));

		assertThat(judgement.decided()).isEqualTo(Remedy.NO_REMEDY);
		assertThat(judgement.verdict()).isEqualTo(Verdict.GOODWILL_EXCEPTION);
	}

	@Test
	void refusesToRecordAStatutoryRefundAsGoodwill() {
		Judgement judgement = judge(withinThirtyDays().offered(Remedy.GOODWILL_REFUND));

		assertThat(judgement.verdict()).isEqualTo(Verdict.REFUSED);
		assertThat(judgement.messageCode()).isEqualTo("rma.offer.mislabelled.statutory");
	}

	@Test
	void refusesToRecordAStatutoryRefundAsGoodwillEvenWhereGoodwillWouldAlsoGiveOne() {
		NewReturnAuthorisation rma = withinThirtyDays().lines(ReturnAuthorisations.unusedKettle())
			.offered(Remedy.GOODWILL_REFUND)
			.build();
		ReturnAssessment assessment = ReturnAuthorisations.assess(rma);
		assertThat(assessment.remedy()).isEqualTo(Remedy.FULL_REFUND);
		assertThat(assessment.alternatives()).contains(Remedy.GOODWILL_REFUND);

		Judgement judgement = RemedyOfferRule.judge(assessment, rma.offeredRemedy(), rma.customerWish(),
				rma.productType());

		assertThat(judgement.verdict()).isEqualTo(Verdict.REFUSED);
		assertThat(judgement.messageCode()).isEqualTo("rma.offer.mislabelled.statutory");
	}

	@Test
	void refusesToRecordACancellationAsGoodwill() {
		NewReturnAuthorisation rma = faultyKettle().channel(SaleChannel.ONLINE)
			.purchased(TODAY.minusDays(6))
			.delivered(TODAY.minusDays(4))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(ReturnAuthorisations.unusedKettle())
			.offered(Remedy.GOODWILL_REFUND)
			.build();
		ReturnAssessment assessment = ReturnAuthorisations.assess(rma);
		assertThat(assessment.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
		assertThat(assessment.alternatives()).contains(Remedy.GOODWILL_REFUND);

		assertThat(RemedyOfferRule.judge(assessment, rma.offeredRemedy(), rma.customerWish(),
				rma.productType()).verdict())
			.isEqualTo(Verdict.REFUSED);
	}

	@Test
	void acceptsAnotherRemedyTheCustomerIsAlsoEntitledTo() {
		Judgement judgement = judge(withinThirtyDays().channel(SaleChannel.ONLINE)
			.purchased(TODAY.minusDays(6))
			.delivered(TODAY.minusDays(4))
			.offered(Remedy.CANCELLATION_REFUND));

		assertThat(judgement.verdict()).isEqualTo(Verdict.ALTERNATIVE);
	}

	/**
	 * Goods kept with a price reduction are a final rejection or price reduction with the customer's choice (CRA 2015
	 * s.24): "Price reduction" is the remedy of digital content and services, refused for goods whatever the engine
	 * decided, with the message that says where to record it.
	 */
	@ParameterizedTest(name = "{0} months after delivery, repair failed {1}")
	@CsvSource({ "4, true", "0, true", "0, false", "4, false" })
	void refusesAPriceReductionOfGoodsPointingToTheFinalChoice(int monthsAgo, boolean repairFailed) {
		Judgement judgement = judge(ReturnAuthorisations.coffeeMachineRepairedInVain(monthsAgo)
			.failedRepair(repairFailed)
			.offered(Remedy.PRICE_REDUCTION));

		assertThat(judgement.verdict()).isEqualTo(Verdict.REFUSED);
		assertThat(judgement.messageCode()).isEqualTo("rma.offer.priceReductionOfGoods");
	}

	@Test
	void acceptsAPriceReductionOfDigitalContentWhoseRepairFailed() {
		Judgement judgement = judge(withinThirtyDays().productType(ProductType.DIGITAL_CONTENT)
			.failedRepair(true)
			.wish(CustomerWish.PRICE_REDUCTION)
			.offered(Remedy.PRICE_REDUCTION));

		assertThat(judgement.decided()).isEqualTo(Remedy.PRICE_REDUCTION);
		assertThat(judgement.verdict()).isEqualTo(Verdict.AS_DECIDED);
	}

}
