package uk.aftercare.returns;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the return authorisation form shows as staff fill it in: the engine's decision, the verdict on the remedy
 * staff offer (when they have chosen one), who would have to authorise it, and what "Raise" would refuse.
 *
 * @param judgement         {@code null} until staff choose a remedy to offer
 * @param refundAmount      the refund the offer pays, {@code null} when it pays nothing back
 * @param escalationReasons why a supervisor or manager must authorise, as codes
 * @param breaches          what "Raise" refuses in the offer, each at its field, by the same rule and message code
 * @param explanation       the assessment's explanation worded as the form arranges the return so far
 *                          ({@link NewReturnAuthorisation#explanationAsArranged}), as the RMA page will word it once
 *                          raised; the assessment's own when {@code null}
 */
public record OfferPreview(ReturnAssessment assessment, RemedyOfferRule.Judgement judgement, BigDecimal refundAmount,
		RefundApprover requiredApprover, List<String> escalationReasons,
		List<ReturnAuthorisationRefusedException.Breach> breaches, List<String> explanation) {

	public OfferPreview {
		breaches = breaches == null ? List.of() : List.copyOf(breaches);
		explanation = explanation == null ? assessment.explanation() : List.copyOf(explanation);
	}

	/** A preview with the engine's own explanation. */
	public OfferPreview(ReturnAssessment assessment, RemedyOfferRule.Judgement judgement, BigDecimal refundAmount,
			RefundApprover requiredApprover, List<String> escalationReasons,
			List<ReturnAuthorisationRefusedException.Breach> breaches) {
		this(assessment, judgement, refundAmount, requiredApprover, escalationReasons, breaches, null);
	}

	/** A preview with nothing to refuse. */
	public OfferPreview(ReturnAssessment assessment, RemedyOfferRule.Judgement judgement, BigDecimal refundAmount,
			RefundApprover requiredApprover, List<String> escalationReasons) {
		this(assessment, judgement, refundAmount, requiredApprover, escalationReasons, List.of());
	}

	public boolean needsApproval() {
		return requiredApprover != RefundApprover.FRONT_LINE;
	}

	/**
	 * The refund to show staff: none while the deduction or the price reduction is refused, since no such refund can be raised (a deduction
	 * above the price would otherwise show as a negative refund).
	 */
	public BigDecimal refundToShow() {
		return breaches.stream()
			.anyMatch(breach -> breach.field().equals("deductionAmount") || breach.field().equals("priceReduction"))
				? null : refundAmount;
	}

}
