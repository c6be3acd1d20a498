package uk.aftercare.returns.web;

/**
 * What the customer chose when offered a final rejection or a price reduction for goods (CRA 2015 s.24): to reject
 * them, for a refund (less a deduction for use only more than 6 months after delivery), or to keep them with a
 * reduction in price.
 */
public enum FinalChoice {

	FINAL_REJECTION, PRICE_REDUCTION

}
