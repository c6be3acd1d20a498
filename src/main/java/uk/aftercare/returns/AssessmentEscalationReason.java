package uk.aftercare.returns;

/**
 * Why an assessment needs someone above front-line staff. Escalation controls who pays out,
 * never whether the customer is entitled to a statutory remedy.
 */
public enum AssessmentEscalationReason {
    /** The remedy pays money back and the price is above the front-line refund limit. */
    REFUND_OVER_AUTHORITY_LIMIT,
    /** A final rejection where a deduction for use may be made, so the amount needs judgement. */
    DEDUCTION_FOR_USE,
    /** Cancellation applies only because the shop never gave the customer cancellation information. */
    COMPLIANCE_RISK,
    /** A statutory remedy without proof of purchase: a supervisor must verify the purchase. */
    NO_PROOF_OF_PURCHASE
}
