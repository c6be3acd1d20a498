package uk.aftercare.returns;

import java.math.BigDecimal;

/**
 * One line of a return authorisation: what comes back and what was paid for it.
 *
 * @param sku          the shop's stock code, if known
 * @param description  what the item is, in words the customer would recognise
 * @param serialNumber the item's serial number, if it has one
 * @param quantity     how many, at least one
 * @param unitPrice    the price paid for one, in GBP
 * @param condition    the state it comes back in
 */
public record ItemLine(String sku, String description, String serialNumber, int quantity, BigDecimal unitPrice,
		ItemCondition condition) {

	public BigDecimal total() {
		return unitPrice.multiply(BigDecimal.valueOf(quantity));
	}

}
