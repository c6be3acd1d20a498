package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.returns.ReturnAuthorisations.TODAY;
import static uk.aftercare.returns.ReturnAuthorisations.faultyKettle;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RefundTermsTest {

	/** The message code of the problem, if any. */
	private static Optional<String> problem(ReturnAuthorisations.Form form) {
		NewReturnAuthorisation rma = form.build();
		return RefundTerms.deductionProblem(rma.offeredRemedy(), ReturnAuthorisations.assess(rma),
				rma.cancellationInfoGiven(), rma.deductionAmount(), rma.deductionReason(), rma.totalPrice())
			.map(ReturnAuthorisationRefusedException.Breach::code);
	}

	@Test
	void allowsNoDeductionFromAShortTermRejection() {
		assertThat(problem(faultyKettle().deduction("10.00", "Scuffed"))).contains("rma.deductionAmount.shortTermReject");
	}

	@Test
	void allowsNoHandlingChargeOnACancellationOfferedToACustomerWhoCouldReject() {
		ReturnAuthorisations.Form cancellation = faultyKettle().channel(SaleChannel.ONLINE)
			.purchased(TODAY.minusDays(6))
			.delivered(TODAY.minusDays(4))
			.offered(Remedy.CANCELLATION_REFUND);

		assertThat(problem(cancellation.deduction("5.00", "Box missing")))
			.contains("rma.deductionAmount.shortTermReject");
	}

	@Test
	void allowsNoDeductionFromAShortTermRejectionOfferedAsGoodwill() {
		assertThat(problem(faultyKettle().lines(ReturnAuthorisations.unusedKettle())
			.offered(Remedy.GOODWILL_REFUND)
			.deduction("20.00", "Box opened"))).contains("rma.deductionAmount.shortTermReject");
	}

	@Test
	void allowsNoDeductionForUseWithinSixMonthsOfDelivery() {
		ReturnAuthorisations.Form finalReject = faultyKettle().purchased(TODAY.minusMonths(3))
			.offered(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION);

		assertThat(problem(finalReject.deduction("10.00", "Three months' use")))
			.contains("rma.deductionAmount.withinSixMonths");
	}

	@Test
	void needsAReasonForADeductionTheLawAllows() {
		ReturnAuthorisations.Form goodwill = faultyKettle().purchased(TODAY.minusMonths(8))
			.offered(Remedy.GOODWILL_REFUND);

		assertThat(problem(goodwill.deduction("10.00", " "))).contains("rma.deductionReason.required");
		NewReturnAuthorisation noReason = goodwill.deduction("10.00", null).build();
		assertThat(RefundTerms.deductionProblem(noReason.offeredRemedy(), ReturnAuthorisations.assess(noReason), true,
				noReason.deductionAmount(), null, noReason.totalPrice()))
			.hasValueSatisfying(breach -> assertThat(breach.field()).isEqualTo("deductionReason"));
		assertThat(problem(goodwill.deduction("10.00", "Box missing"))).isEmpty();
	}

	@Test
	void refusesADeductionLargerThanThePrice() {
		assertThat(problem(faultyKettle().purchased(TODAY.minusMonths(8))
			.offered(Remedy.GOODWILL_REFUND)
			.deduction("60.00", "Too much"))).contains("rma.deductionAmount.tooLarge");
	}

}
