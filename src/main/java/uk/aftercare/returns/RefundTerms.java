package uk.aftercare.returns;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When the shop may keep back part of a refund. The law allows it only in two places: a deduction for use on a
 * final rejection more than six months after delivery (CRA 2015 s.24(8)-(10)), and a deduction for handling beyond
 * what was needed to inspect goods returned on cancellation, unless the customer was never told of the right to
 * cancel (CCR 2013 reg 34(9)-(12)). A short-term rejection is refunded in full, without any fee (CRA 2015 s.20), and
 * so is anything else that pays the whole price to a customer who could reject. Goodwill is voluntary, so a goodwill
 * refund may otherwise carry a deduction staff explain.
 */
final class RefundTerms {

	/** The remedies that pay the whole price back. */
	private static final Set<Remedy> WHOLE_PRICE = EnumSet.of(Remedy.FULL_REFUND, Remedy.CANCELLATION_REFUND,
			Remedy.GOODWILL_REFUND);

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
		if (assessment.remedy() == Remedy.FULL_REFUND && WHOLE_PRICE.contains(offered)) {
			// The customer may reject for the whole price without any fee, so no other label on a whole-price refund
			// (a cancellation with a handling charge, say) may take part of it back.
			return Optional.of("rma.deductionAmount.shortTermReject");
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
