package uk.aftercare.returns;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the return authorisation form shows as staff fill it in: the engine's decision, the verdict on the remedy
 * staff offer (when they have chosen one), and who would have to authorise it.
 *
 * @param judgement         {@code null} until staff choose a remedy to offer
 * @param refundAmount      the refund the offer pays, {@code null} when it pays nothing back
 * @param escalationReasons why a supervisor or manager must authorise, as codes
 */
public record OfferPreview(ReturnAssessment assessment, RemedyOfferRule.Judgement judgement, BigDecimal refundAmount,
		RefundApprover requiredApprover, List<String> escalationReasons) {

	public boolean needsApproval() {
		return requiredApprover != RefundApprover.FRONT_LINE;
	}

}
