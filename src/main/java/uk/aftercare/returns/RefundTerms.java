package uk.aftercare.returns;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * When the shop may keep back part of a refund. The law allows it only in two places: a deduction for use on a
 * final rejection more than six months after delivery (CRA 2015 s.24(8)-(10)), and a deduction for handling beyond
 * what was needed to inspect goods returned on cancellation, unless the customer was never told of the right to
 * cancel (CCR 2013 reg 34(9)-(12)). A short-term rejection is refunded in full, without any fee (CRA 2015 s.20).
 * Goodwill is voluntary, so a goodwill refund may carry a deduction staff explain.
 */
final class RefundTerms {

	private RefundTerms() {
	}

	/** The message code of what is wrong with the deduction, if anything. */
	static Optional<String> deductionProblem(Remedy offered, ReturnAssessment assessment,
			boolean cancellationInfoGiven, BigDecimal deduction, String reason, BigDecimal total) {
		if (deduction == null || deduction.signum() == 0) {
			return Optional.empty();
		}
		if (!offered.paysMoneyBack()) {
			return Optional.of("rma.deductionAmount.notARefund");
		}
		if (deduction.compareTo(total) > 0) {
			return Optional.of("rma.deductionAmount.tooLarge");
		}
		Optional<String> notAllowed = switch (offered) {
			case FULL_REFUND -> Optional.of("rma.deductionAmount.shortTermReject");
			case FINAL_REJECT_OR_PRICE_REDUCTION -> assessment.deductionForUseAllowed() ? Optional.empty()
					: Optional.of("rma.deductionAmount.withinSixMonths");
			case CANCELLATION_REFUND -> cancellationInfoGiven ? Optional.empty()
					: Optional.of("rma.deductionAmount.noCancellationInformation");
			default -> Optional.empty();
		};
		if (notAllowed.isPresent()) {
			return notAllowed;
		}
		return reason == null || reason.isBlank() ? Optional.of("rma.deductionReason.required") : Optional.empty();
	}

}
