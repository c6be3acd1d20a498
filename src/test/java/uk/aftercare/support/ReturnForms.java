package uk.aftercare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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


	/** Raises the faulty kettle's return on a case through its page, bought ten days before {@code today}: its number. */
	public static String raiseFaultyKettle(MockMvc mvc, RequestPostProcessor user, String caseNumber, LocalDate today)
			throws Exception {
		MockHttpServletRequestBuilder form = post("/cases/" + caseNumber + "/returns").with(user).with(csrf());
		faultyKettle(today.minusDays(10), today).forEach(form::param);
		String location = mvc.perform(form)
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/returns/RMA-");
		return location.substring("/returns/".length());
	}

	/** Moves a return on to {@code target} through its page, from {@code version} (an inspection with its note). */
	public static void step(MockMvc mvc, RequestPostProcessor user, String rma, String target, long version)
			throws Exception {
		mvc.perform(post("/returns/" + rma + "/status").with(user).with(csrf())
			.param("target", target)
			.param("note", target.equals("INSPECTED") ? "Element burnt out" : "")
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/returns/" + rma));
	}

}
