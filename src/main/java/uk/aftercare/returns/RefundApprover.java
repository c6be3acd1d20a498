package uk.aftercare.returns;

/**
 * The lowest role allowed to pay out a refund of a given amount (see
 * {@link ReturnsPolicySettings#requiredApprover(java.math.BigDecimal)}).
 */
public enum RefundApprover {
    FRONT_LINE,
    SUPERVISOR,
    MANAGER
}
