package uk.aftercare.returns;

/**
 * How a refund is paid. A statutory refund goes back by the means the customer paid with unless the customer
 * expressly agrees otherwise (CRA 2015 s.20(17); CCR 2013 reg 34(7)), so the original payment method comes first.
 */
public enum RefundMethod {

	ORIGINAL_PAYMENT_METHOD, CASH, BANK_TRANSFER, GIFT_CARD

}
