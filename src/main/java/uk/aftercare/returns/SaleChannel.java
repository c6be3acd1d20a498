package uk.aftercare.returns;

/**
 * How the product was sold (not how the customer contacted the shop).
 */
public enum SaleChannel {
    IN_STORE,
    ONLINE,
    PHONE,
    OFF_PREMISES;

    /**
     * Whether the Consumer Contracts Regulations 2013 give a right to cancel: they cover distance and
     * off-premises contracts, never a sale made face to face on the shop's premises.
     */
    public boolean hasCancellationRight() {
        return this != IN_STORE;
    }
}
