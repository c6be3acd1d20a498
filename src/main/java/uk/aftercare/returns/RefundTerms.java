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

	/** What is wrong with the deduction, if anything: the form field and the message code. */
	static Optional<ReturnAuthorisationRefusedException.Breach> deductionProblem(Remedy offered, ReturnAssessment assessment,
			boolean cancellationInfoGiven, BigDecimal deduction, String reason, BigDecimal total) {
		return deductionAmountProblem(offered, assessment, cancellationInfoGiven, deduction, total)
			.map(code -> new ReturnAuthorisationRefusedException.Breach("deductionAmount", code, null))
			.or(() -> deduction != null && deduction.signum() > 0 && (reason == null || reason.isBlank())
					? Optional.of(new ReturnAuthorisationRefusedException.Breach("deductionReason",
							"rma.deductionReason.required", null))
					: Optional.empty());
	}

	private static Optional<String> deductionAmountProblem(Remedy offered, ReturnAssessment assessment,
			boolean cancellationInfoGiven, BigDecimal deduction, BigDecimal total) {
		if (deduction == null || deduction.signum() == 0) {
			return Optional.empty();
		}
		if (!offered.paysMoneyBack()) {
			return Optional.of("rma.deductionAmount.notARefund");
		}
		if (deduction.compareTo(total) > 0) {
			return Optional.of("rma.deductionAmount.tooLarge");
		}
		return switch (offered) {
			case FULL_REFUND -> Optional.of("rma.deductionAmount.shortTermReject");
			case FINAL_REJECT_OR_PRICE_REDUCTION -> assessment.deductionForUseAllowed() ? Optional.empty()
					: Optional.of("rma.deductionAmount.withinSixMonths");
			case CANCELLATION_REFUND -> cancellationInfoGiven ? Optional.empty()
					: Optional.of("rma.deductionAmount.noCancellationInformation");
			default -> Optional.empty();
		};
	}

}
