package uk.aftercare.returns;

/**
 * How the goods on an order were sold, as an earlier return authorisation for the same order recorded it.
 *
 * @param rmaNumber the return authorisation that recorded it, for staff to check
 */
public record RecordedSale(String rmaNumber, SaleChannel channel) {
}
