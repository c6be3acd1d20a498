package uk.aftercare.returns;

/**
 * What the customer shows to prove the purchase. A receipt is not a legal requirement for statutory rights,
 * but the goodwill policy only accepts the proofs configured in {@link ReturnsPolicySettings}.
 */
public enum ProofOfPurchase {
    RECEIPT,
    GIFT_RECEIPT,
    ORDER_NUMBER,
    BANK_STATEMENT,
    NONE
}
