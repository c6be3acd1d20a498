package uk.aftercare.returns;

/**
 * The decided outcome of a return. The codes are part of the JSON API contract.
 */
public enum Remedy {
    FULL_REFUND(true, true),
    REPAIR_OR_REPLACEMENT(true, false),
    FINAL_REJECT_OR_PRICE_REDUCTION(true, true),
    CANCELLATION_REFUND(true, true),
    REPEAT_PERFORMANCE(true, false),
    PRICE_REDUCTION(true, true),
    GOODWILL_REFUND(false, true),
    GOODWILL_EXCHANGE(false, false),
    NO_REMEDY(false, false);

    private final boolean statutory;
    private final boolean paysMoneyBack;

    Remedy(boolean statutory, boolean paysMoneyBack) {
        this.statutory = statutory;
        this.paysMoneyBack = paysMoneyBack;
    }

    /** Whether the law gives this remedy; goodwill is a voluntary promise the shop can change. */
    public boolean isStatutory() {
        return statutory;
    }

    /**
     * Whether the remedy hands money back to the customer, which is what the refund authority limit controls.
     * A goodwill exchange gives goods or a gift card, so it never needs refund authority.
     */
    public boolean paysMoneyBack() {
        return paysMoneyBack;
    }
}
