package uk.aftercare.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The return authorisation form's fields as a browser sends them, for tests that raise an RMA through the page. */
public final class ReturnForms {

	private ReturnForms() {
	}

	/**
	 * A faulty £49.99 kettle bought in store, for which the customer wants a refund: the fields in the form's order,
	 * to change or add to before sending.
	 */
	public static Map<String, String> faultyKettle(LocalDate purchased, LocalDate requested) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("customerName", "Jane Smith");
		fields.put("orderReference", "R-123");
		fields.put("proofOfPurchase", "RECEIPT");
		fields.put("productType", "GOODS");
		fields.put("region", "ENGLAND_WALES");
		fields.put("channel", "IN_STORE");
		fields.put("purchaseDate", purchased.toString());
		fields.put("requestDate", requested.toString());
		fields.put("lines[0].sku", "KT-100");
		fields.put("lines[0].description", "Kettle");
		fields.put("lines[0].serialNumber", "SN-77");
		fields.put("lines[0].quantity", "1");
		fields.put("lines[0].unitPrice", "49.99");
		fields.put("lines[0].condition", "USED");
		fields.put("reasonCode", "FAULTY");
		fields.put("customerWish", "REFUND");
		fields.put("offeredRemedy", "FULL_REFUND");
		fields.put("returnMethod", "IN_STORE");
		fields.put("refundMethod", "ORIGINAL_PAYMENT_METHOD");
		fields.put("cancellationInfoGiven", "true");
		return fields;
	}

}
