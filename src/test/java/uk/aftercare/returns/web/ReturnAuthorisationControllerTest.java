package uk.aftercare.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static uk.aftercare.returns.ReturnAuthorisations.TODAY;
import static uk.aftercare.returns.ReturnAuthorisations.faultyKettle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import uk.aftercare.support.Markup;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;
import uk.aftercare.returns.CaseClosedToReturnsException;
import uk.aftercare.returns.IllegalRmaTransitionException;
import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.ItemLine;
import uk.aftercare.returns.NewReturnAuthorisation;
import uk.aftercare.returns.NotAReturnCaseException;
import uk.aftercare.returns.OfferPreview;
import uk.aftercare.returns.ProductType;
import uk.aftercare.returns.RefundApprover;
import uk.aftercare.returns.RefundMethod;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.RecordedSale;
import uk.aftercare.returns.RemedyOfferRule;
import uk.aftercare.returns.ReturnAuthorisationRefusedException;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.returns.ReturnAuthorisationView;
import uk.aftercare.returns.ReturnAuthorisations;
import uk.aftercare.returns.ReturnMethod;
import uk.aftercare.returns.RmaChangedException;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.returns.SaleChannel;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.ReturnForms;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(ReturnAuthorisationController.class)
@WebTestSupport
@Import(ReturnAuthorisationPdf.class)
@WithMockUser(username = "staff", roles = "STAFF")
@TestPropertySource(properties = "aftercare.mail.shop-name=" + ReturnAuthorisationControllerTest.SHOP)
class ReturnAuthorisationControllerTest {

	/** Not the default: the customer copy must name the shop its e-mails sign with, whatever that is. */
	static final String SHOP = "Bramley & Daughters' Hardware";

	private static final String CASE = "AC-2026-000042";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReturnAuthorisationService rmas;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	StaffDirectory staff;

	@BeforeEach
	void aReturnCaseLoggedByPhone() {
		given(cases.get(CASE)).willReturn(caseOfType(CaseType.RETURN));
		given(rmas.preview(any())).willThrow(new InvalidInputException("purchaseDate", "is required"));
	}

	private static CaseView caseOfType(CaseType type) {
		return new CaseView(CASE, 1L, "Jane Smith", "jane@example.com", "07700 900123", ContactChannel.PHONE,
				"ORD-991", "Kettle", "The kettle leaks", false, type, 0.9, List.of("leaks"), Set.of(), type, false,
				"staff", CaseStatus.OPEN, Priority.NORMAL, "staff", "staff", Instant.parse("2026-11-01T10:00:00Z"),
				Instant.parse("2026-11-01T10:00:00Z"), null, null, 1, false, List.of(), null, null, null, null, false,
				List.of(), 0, null, null);
	}

	/** A filled-in form for the kettle; each test passes the fields it is about as name, value pairs. */
	private static MockHttpServletRequestBuilder kettleForm(String... overrides) {
		return kettleFormTo("/cases/" + CASE + "/returns", overrides);
	}

	/** The kettle's form sent to {@code path}: raised, or for the live decision card. */
	private static MockHttpServletRequestBuilder kettleFormTo(String path, String... overrides) {
		Map<String, String> fields = ReturnForms.faultyKettle(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 2));
		fields.put("customerEmail", "jane@example.com");
		fields.put("orderReference", "ORD-991");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void prefillsTheFormFromTheCase() throws Exception {
		mvc.perform(get("/cases/" + CASE + "/returns/new"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-form"))
			.andExpect(content().string(containsString("value=\"Jane Smith\"")))
			.andExpect(content().string(containsString("value=\"ORD-991\"")))
			.andExpect(content().string(containsString("value=\"Kettle\"")))
			.andExpect(content().string(containsString("value=\"2026-11-02\"")))
			.andExpect(content().string(containsString("/js/return-form.js")));
	}

	/** The case was logged by phone; nothing says the kettle was not bought in a shop, where it cannot be cancelled. */
	@Test
	void leavesHowItWasSoldAndHowItComesBackForStaffToChoose() throws Exception {
		String html = mvc.perform(get("/cases/" + CASE + "/returns/new"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("rma", org.hamcrest.Matchers.hasProperty("channel", org.hamcrest.Matchers.nullValue())))
			.andExpect(model().attribute("rma", org.hamcrest.Matchers.hasProperty("returnMethod", org.hamcrest.Matchers.nullValue())))
			.andExpect(content().string(containsString("not how they got in touch with us")))
			.andReturn().getResponse().getContentAsString();

		assertThat(select(html, "channel")).doesNotContain("selected");
		assertThat(select(html, "returnMethod")).doesNotContain("selected");
		assertThat(html).doesNotContain("id=\"channel-from\"");
	}

	@Test
	void fillsInHowItWasSoldAsAnEarlierRmaForTheSameOrderRecordedIt() throws Exception {
		given(rmas.saleRecordedFor("ORD-991")).willReturn(Optional.of(new RecordedSale("RMA-2026-000007",
				SaleChannel.IN_STORE)));

		String html = mvc.perform(get("/cases/" + CASE + "/returns/new"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(select(html, "channel")).contains("<option value=\"IN_STORE\" selected=\"selected\">");
		assertThat(html).contains("As recorded on RMA-2026-000007 for the same order: check it with the customer.");
		assertThat(select(html, "returnMethod")).doesNotContain("selected");
	}

	@Test
	void asksHowItWasSoldBesideTheFieldBeforeShowingADecision() throws Exception {
		String html = mvc.perform(kettleForm("channel", "").param("preview", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "channel", "rma.channel.required"))
			.andExpect(model().attribute("preview", org.hamcrest.Matchers.nullValue()))
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "channel", "channel-error", "Choose how the item was sold: in one "
				+ "of our shops, online, by phone or away from our shop. How the customer got in touch with us does "
				+ "not say.");
		verify(rmas, never()).preview(any());
	}

	@Test
	void asksHowItWasSoldBesideTheFieldBeforeRaising() throws Exception {
		String html = mvc.perform(kettleForm("channel", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("rma", "channel"))
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "channel", "channel-error", "Choose how the item was sold: in one "
				+ "of our shops, online, by phone or away from our shop.");
		verify(rmas, never()).raise(any(), anyString());
	}

	/** As staff fill the form in, the card asks for it rather than marking the field before they reach it. */
	@Test
	void theLiveDecisionAsksHowItWasSold() throws Exception {
		String html = mvc.perform(post("/cases/" + CASE + "/returns/decision").with(csrf())
			.param("purchaseDate", "2026-10-20")
			.param("lines[0].description", "Kettle")
			.param("lines[0].unitPrice", "49.99"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Choose how the item was sold to see the decision")
			.doesNotContain("is-invalid");
	}

	/** The whole select element with this id, its options included. */
	private static String select(String html, String id) {
		String tag = Markup.openingTag(html, id);
		int start = html.indexOf(tag);
		return html.substring(start, html.indexOf("</select>", start));
	}

	@Test
	void showsEveryErrorAtItsFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(kettleForm("purchaseDate", "2026-10-20",
				"deliveryDate", "2026-10-10",
				"requestDate", "2026-12-25",
				"lines[0].quantity", "-2",
				"lines[0].unitPrice", "-5.00",
				"reasonCode", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-form"))
			.andExpect(model().attributeHasFieldErrorCode("rma", "deliveryDate", "rma.deliveryDate.beforePurchase"))
			.andExpect(model().attributeHasFieldErrorCode("rma", "requestDate", "rma.date.future"))
			.andExpect(model().attributeHasFieldErrors("rma", "lines[0].quantity", "lines[0].unitPrice", "reasonCode"))
			.andExpect(content().string(containsString("The delivery date cannot be before the purchase date")))
			.andExpect(content().string(containsString("This date is in the future; enter the date it happened")))
			.andExpect(content().string(containsString("Enter a quantity of 1 or more")))
			.andExpect(content().string(containsString("A price cannot be negative")))
			.andExpect(content().string(containsString("Choose why the item comes back")))
			.andExpect(content().string(containsString("value=\"2026-10-10\"")))
			.andExpect(content().string(containsString("value=\"2026-12-25\"")))
			.andExpect(content().string(containsString("value=\"-5.00\"")))
			.andExpect(content().string(containsString("value=\"-2\"")))
			.andExpect(content().string(containsString("value=\"SN-77\"")))
			.andExpect(content().string(containsString("value=\"ORD-991\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void refusesAPurchaseDateInTheFuture() throws Exception {
		mvc.perform(kettleForm("purchaseDate", "2026-11-03", "requestDate", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "purchaseDate", "rma.date.future"));
		verify(rmas, never()).raise(any(), anyString());
	}

	/** An online order cancelled on the 15th and delivered on the 20th: lawful (CCR 2013 regs 29-30), so raised. */
	@Test
	void raisesACancellationMadeBeforeDelivery() throws Exception {
		given(rmas.raise(any(NewReturnAuthorisation.class), eq("staff")))
			.willReturn(ReturnAuthorisations.view(ReturnAuthorisations.bootsCancelledByPost().build()));

		mvc.perform(kettleForm("channel", "ONLINE", "purchaseDate", "2026-10-10", "deliveryDate", "2026-10-20",
				"requestDate", "2026-10-15", "reasonCode", "CHANGED_MIND", "lines[0].condition", "UNUSED",
				"offeredRemedy", "CANCELLATION_REFUND", "returnMethod", "POST"))
			.andExpect(status().is3xxRedirection());
		verify(rmas).raise(any(), eq("staff"));
	}

	/** Before delivery a fault cannot be reported, nor a sale in the shop cancelled: each says so at the field. */
	@Test
	void refusesAFaultBeforeDeliveryAndARequestBeforeThePurchaseAtTheField() throws Exception {
		mvc.perform(kettleForm("channel", "ONLINE", "deliveryDate", "2026-10-30", "requestDate", "2026-10-25"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "requestDate", "rma.requestDate.beforeDelivery.fault"))
			.andExpect(content().string(containsString("A fault can be reported only once the goods are delivered")))
			.andExpect(content().string(containsString("value=\"2026-10-25\"")));
		mvc.perform(kettleForm("reasonCode", "CHANGED_MIND", "deliveryDate", "2026-10-30", "requestDate", "2026-10-25"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "requestDate", "rma.requestDate.beforeDelivery"));
		mvc.perform(kettleForm("channel", "ONLINE", "reasonCode", "CHANGED_MIND", "requestDate", "2026-10-19"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "requestDate", "rma.requestDate.beforePurchase"))
			.andExpect(content().string(containsString("The customer cannot have asked before they bought it")));
		verify(rmas, never()).raise(any(), anyString());
	}

	/** An online order cancelled before it came cannot come back used, damaged or after days waiting for a repair. */
	@Test
	void refusesGoodsUsedDamagedOrRepairedBeforeDeliveryAtTheFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(kettleForm("channel", "ONLINE", "purchaseDate", "2026-10-10", "deliveryDate", "2026-10-20",
				"requestDate", "2026-10-12", "reasonCode", "CHANGED_MIND", "lines[0].condition", "DAMAGED_BY_CUSTOMER",
				"repairDays", "3", "offeredRemedy", "CANCELLATION_REFUND", "returnMethod", "POST"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[0].condition",
					"rma.line.condition.beforeDelivery"))
			.andExpect(model().attributeHasFieldErrorCode("rma", "repairDays", "rma.repairDays.beforeDelivery"))
			.andExpect(model().attributeErrorCount("rma", 2))
			.andExpect(content().string(containsString("The request date is before the delivery date, so the goods "
					+ "cannot have been used or damaged by the customer: choose Unused, or correct the request or "
					+ "delivery date")))
			.andExpect(content().string(containsString("The request date is before the delivery date, so the goods "
					+ "cannot have waited for a repair: enter 0, or correct the request or delivery date")))
			.andExpect(content().string(not(containsString("give the day they were delivered"))))
			.andExpect(content().string(containsString("<option value=\"DAMAGED_BY_CUSTOMER\" selected=\"selected\">")))
			.andExpect(content().string(containsString("value=\"3\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void asksForAtLeastOneItemButIgnoresEmptyRows() throws Exception {
		mvc.perform(kettleForm("lines[0].sku", "",
				"lines[0].description", "",
				"lines[0].serialNumber", "",
				"lines[0].unitPrice", "",
				"lines[1].quantity", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines", "rma.lines.required"))
			.andExpect(model().attributeErrorCount("rma", 1));
	}

	@Test
	void raisesTheReturnAuthorisationAndShowsIt() throws Exception {
		ReturnAuthorisationView raised = ReturnAuthorisations.view(faultyKettle().build());
		given(rmas.raise(any(NewReturnAuthorisation.class), eq("staff"))).willReturn(raised);

		mvc.perform(kettleForm())
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/returns/RMA-2026-000001"))
			.andExpect(flash().attribute("success", "Return authorisation RMA-2026-000001 raised."));

		ArgumentCaptor<NewReturnAuthorisation> form = ArgumentCaptor.forClass(NewReturnAuthorisation.class);
		verify(rmas).raise(form.capture(), eq("staff"));
		assertThat(form.getValue().caseNumber()).isEqualTo(CASE);
		assertThat(form.getValue().lines()).singleElement()
			.satisfies(line -> assertThat(line.serialNumber()).isEqualTo("SN-77"));
		assertThat(form.getValue().toReturnRequest().faulty()).isTrue();
	}

	@Test
	void refusesALesserRemedyThanTheCustomersRightAtTheField() throws Exception {
		var judgement = new RemedyOfferRule.Judgement(RemedyOfferRule.Verdict.REFUSED, "rma.offer.lesser.statutory",
				Remedy.FULL_REFUND, "Consumer Rights Act 2015 ss.20-22 (short-term right to reject)",
				Remedy.REPAIR_OR_REPLACEMENT);
		given(rmas.raise(any(), anyString())).willThrow(new ReturnAuthorisationRefusedException(
				List.of(new ReturnAuthorisationRefusedException.Breach("offeredRemedy", judgement.messageCode(),
						judgement))));

		mvc.perform(kettleForm("offeredRemedy", "REPAIR_OR_REPLACEMENT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "offeredRemedy", "rma.offer.lesser.statutory"))
			.andExpect(content().string(containsString("The customer has a legal right to Full refund (Consumer "
					+ "Rights Act 2015 ss.20-22 (short-term right to reject)). You cannot offer Repair or replacement "
					+ "instead unless the customer asks for it.")))
			.andExpect(content().string(containsString(
					"<option value=\"REPAIR_OR_REPLACEMENT\" selected=\"selected\">")));
	}

	@Test
	void showsTheLiveDecisionWithItsExplanationDeadlineAndBurdenOfProof() throws Exception {
		NewReturnAuthorisation form = faultyKettle().build();
		var assessment = ReturnAuthorisations.assess(form);
		willReturn(new OfferPreview(assessment,
				RemedyOfferRule.judge(assessment, Remedy.FULL_REFUND, null, ProductType.GOODS), assessment.escalationReasons().isEmpty()
						? new java.math.BigDecimal("49.99") : null,
				RefundApprover.FRONT_LINE, List.of())).given(rmas).preview(any());

		mvc.perform(post("/cases/" + CASE + "/returns/decision").with(csrf()).param("purchaseDate", "2026-10-23"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decision\"")))
			.andExpect(content().string(containsString("Full refund")))
			.andExpect(content().string(containsString("Consumer Rights Act 2015 ss.20-22")))
			.andExpect(content().string(containsString("<dd class=\"col-sm-7 deadline\">22 Nov 2026</dd>")))
			.andExpect(content().string(containsString("The shop (the fault is presumed")))
			.andExpect(content().string(containsString("This is the remedy the customer is entitled to.")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void tellsAScreenReaderOfAnItemRowsErrorAtItsField() throws Exception {
		String html = mvc.perform(kettleForm("lines[0].quantity", "-2"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "lines0.quantity", "lines0-quantity-error",
				"Enter a quantity of 1 or more");
		assertThat(Markup.attribute(Markup.openingTag(html, "lines0.unitPrice"), "aria-invalid")).isNull();
	}

	/** The card is redrawn as staff type: only its verdict sentence is for the live region, not the whole card. */
	@Test
	void givesTheLiveDecisionOneVerdictToAnnounceAndIsNoLiveRegionItself() throws Exception {
		NewReturnAuthorisation form = faultyKettle().build();
		var assessment = ReturnAuthorisations.assess(form);
		willReturn(new OfferPreview(assessment, null, null, RefundApprover.FRONT_LINE, List.of()))
			.given(rmas).preview(any());

		String card = Markup.openingTag(mvc.perform(post("/cases/" + CASE + "/returns/decision").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("aria-live"))))
			.andExpect(content().string(not(containsString("role=\"status\""))))
			.andReturn().getResponse().getContentAsString(), "decision");
		assertThat(Markup.attribute(card, "data-verdict")).isEqualTo("Decision: Full refund, a statutory right.");

		willReturn(new OfferPreview(assessment, RemedyOfferRule.judge(assessment, Remedy.FULL_REFUND, null, ProductType.GOODS),
				new BigDecimal("49.99"), RefundApprover.FRONT_LINE, List.of())).given(rmas).preview(any());
		card = Markup.openingTag(mvc.perform(post("/cases/" + CASE + "/returns/decision").with(csrf()))
			.andReturn().getResponse().getContentAsString(), "decision");
		assertThat(Markup.attribute(card, "data-verdict")).isEqualTo("This is the remedy the customer is entitled to.");
	}

	/** A faulty £39.99 kettle inside the short-term right to reject, with £500 kept back: "Raise" refuses that. */
	private void aDeductionLargerThanThePriceIsRefused() {
		NewReturnAuthorisation form = faultyKettle().lines(ReturnAuthorisations.kettle("39.99")).build();
		var assessment = ReturnAuthorisations.assess(form);
		willReturn(new OfferPreview(assessment, RemedyOfferRule.judge(assessment, Remedy.FULL_REFUND, null, ProductType.GOODS),
				new BigDecimal("-460.01"), RefundApprover.FRONT_LINE, List.of(),
				List.of(new ReturnAuthorisationRefusedException.Breach("deductionAmount",
						"rma.deductionAmount.tooLarge", null))))
			.given(rmas).preview(any());
	}

	@Test
	void showDecisionNamesADeductionRaiseWouldRefuseBesideItsFieldAndShowsNoRefund() throws Exception {
		aDeductionLargerThanThePriceIsRefused();

		String html = mvc.perform(kettleForm("lines[0].unitPrice", "39.99", "deductionAmount", "500",
				"deductionReason", "Scratched").param("preview", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "deductionAmount", "rma.deductionAmount.tooLarge"))
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "deductionAmount", "deductionAmount-error",
				"The deduction cannot be more than the price paid");
		assertThat(html).doesNotContain("-460.01").contains("value=\"500\"");
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void theLiveDecisionNamesADeductionRaiseWouldRefuseForItsFieldAndShowsNoRefund() throws Exception {
		aDeductionLargerThanThePriceIsRefused();

		String html = mvc.perform(kettleFormTo("/cases/" + CASE + "/returns/decision", "lines[0].unitPrice", "39.99",
				"deductionAmount", "500", "deductionReason", "Scratched"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<li data-field=\"deductionAmount\">The deduction cannot be more than the price paid</li>")
			.contains("alert alert-danger mb-2 offer-refusal")
			.doesNotContain("-460.01");
		assertThat(Markup.attribute(Markup.openingTag(html, "decision"), "data-verdict"))
			.isEqualTo("The deduction cannot be more than the price paid");
	}

	@Test
	void offersTheFactThatTheFaultWasPointedOutBeforeTheSale() throws Exception {
		mvc.perform(get("/cases/" + CASE + "/returns/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"faultPointedOutBeforeSale\"")))
			.andExpect(content().string(
					containsString("The fault was pointed out to the customer before the sale")));
	}

	@Test
	void decidesNoRemedyWhenTheFaultWasPointedOutBeforeTheSale() throws Exception {
		ArgumentCaptor<NewReturnAuthorisation> sent = ArgumentCaptor.forClass(NewReturnAuthorisation.class);
		willAnswer(invocation -> {
			var assessment = ReturnAuthorisations.assess(invocation.getArgument(0));
			return new OfferPreview(assessment, RemedyOfferRule.judge(assessment, Remedy.NO_REMEDY, null, ProductType.GOODS), null,
					RefundApprover.FRONT_LINE, List.of());
		}).given(rmas).preview(sent.capture());

		mvc.perform(post("/cases/" + CASE + "/returns/decision").with(csrf())
			.param("channel", "IN_STORE")
			.param("purchaseDate", TODAY.minusDays(10).toString())
			.param("lines[0].description", "Kettle")
			.param("lines[0].quantity", "1")
			.param("lines[0].unitPrice", "49.99")
			.param("lines[0].condition", "USED")
			.param("reasonCode", "FAULTY")
			.param("faultPointedOutBeforeSale", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No remedy")))
			.andExpect(content().string(containsString("Consumer Rights Act 2015 s.9(4)(a)")))
			.andExpect(content().string(containsString("was pointed out to you before you bought it")));
		assertThat(sent.getValue().faultPointedOutBeforeSale()).isTrue();
	}

	@Test
	void showsTheRmaWithItsRefundDueDateAndFlagsItOverdue() throws Exception {
		given(rmas.get("RMA-2026-000001"))
			.willReturn(ReturnAuthorisations.authorised(faultyKettle().build(), TODAY.plusDays(20)));

		mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-page"))
			.andExpect(content().string(containsString("<span>15 Nov 2026</span>")))
			.andExpect(content().string(containsString("Refund overdue")))
			.andExpect(content().string(containsString("short-term right to reject")))
			.andExpect(content().string(containsString("uk-returns-v1")))
			.andExpect(content().string(containsString("value=\"RECEIVED\"")))
			.andExpect(content().string(containsString("/css/print.css")));
	}

	@Test
	void takesTheNextStepAndComesBackToTheRma() throws Exception {
		given(rmas.advance("RMA-2026-000001", RmaStatus.AUTHORISED, "ok", 0L, "staff"))
			.willReturn(ReturnAuthorisations.authorised(faultyKettle().build(), TODAY));

		mvc.perform(post("/returns/RMA-2026-000001/status").with(csrf())
			.param("target", "AUTHORISED")
			.param("note", "ok")
			.param("version", "0"))
			.andExpect(redirectedUrl("/returns/RMA-2026-000001"))
			.andExpect(flash().attribute("success", "RMA-2026-000001: Authorised."));
	}

	@Test
	void explainsWhyStaffCannotAuthoriseAGoodwillException() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		given(rmas.advance(eq("RMA-2026-000001"), eq(RmaStatus.AUTHORISED), isNull(), eq(0L), eq("staff")))
			.willThrow(new AccessDeniedException("RMA-2026-000001 needs a supervisor to authorise or deny it."));

		mvc.perform(post("/returns/RMA-2026-000001/status").with(csrf())
			.param("target", "AUTHORISED")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-page"))
			.andExpect(model().attributeHasFieldErrors("step", "target"))
			.andExpect(content().string(containsString("RMA-2026-000001 needs a supervisor to authorise or deny it.")));
	}

	@Test
	void showsTheReasonInPlaceOfAuthoriseAndDenyToWhoeverMayNotDecide() throws Exception {
		String why = "You asked for this refund: another supervisor or a manager decides it.";
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		given(rmas.whyCannotDecide(any())).willReturn(Optional.of(why));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).doesNotContain("value=\"AUTHORISED\"", "value=\"DENIED\"", "name=\"note\"");
		assertThat(Markup.openingTag(html, "decide-reason")).startsWith("<p");
		assertThat(html).contains(why);
	}

	@Test
	void offersAuthoriseAndDenyToWhoeverMayDecide() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		given(rmas.whyCannotDecide(any())).willReturn(Optional.empty());

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("value=\"AUTHORISED\"", "value=\"DENIED\"")
			.doesNotContain("disabled=\"disabled\"")
			.doesNotContain("id=\"decide-reason\"");
	}

	/** A stale page, or a request made by hand: the refusal is said beside the steps, never as an error page. */
	@Test
	void answersADecisionOnOnesOwnRequestBesideTheStepsNotWithAnErrorPage() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		given(rmas.advance(eq("RMA-2026-000001"), eq(RmaStatus.AUTHORISED), isNull(), eq(0L), eq("staff")))
			.willThrow(new ForbiddenException("You asked for this; another supervisor or a manager must decide it."));

		mvc.perform(post("/returns/RMA-2026-000001/status").with(csrf())
			.param("target", "AUTHORISED")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-page"))
			.andExpect(model().attributeHasFieldErrors("step", "target"))
			.andExpect(content().string(containsString("You asked for this; another supervisor or a manager must decide it.")));
	}

	@Test
	void saysAnRmaWaitingForApprovalNeedsASupervisor() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.waitingForASupervisor(
				faultyKettle().lines(ReturnAuthorisations.kettle("400.00")).build()));

		mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(content().string(containsString("Needs a supervisor to authorise.")))
			.andExpect(content().string(containsString("Not yet decided.")))
			.andExpect(content().string(not(containsString("id=\"approval-decision\""))));
	}

	/** Once decided, the page says what happened and who decided, not that it still needs a supervisor. */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void saysWhoAuthorisedOrDeniedAnRmaThatNeededASupervisor(boolean authorised) throws Exception {
		given(staff.displayName("sue")).willReturn(Optional.of("Sue Supervisor"));
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.decidedBySue(
				faultyKettle().lines(ReturnAuthorisations.kettle("400.00")).build(), authorised));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		String decision = html.substring(html.indexOf(Markup.openingTag(html, "approval-decision")));
		decision = decision.substring(0, decision.indexOf("</p>")).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
		assertThat(decision).contains(authorised ? "Authorised by Sue Supervisor on" : "Denied by Sue Supervisor on")
			.contains(authorised ? "Fault confirmed" : "Dropped, not faulty");
		assertThat(html).doesNotContain("Needs a supervisor to authorise", "Not yet decided")
			.contains("It needed a supervisor to authorise, because:");
	}

	/** A denied refund is not due: the page says it was not paid, and gives no date or rule for paying it. */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void saysADeniedRefundIsNotPaidInsteadOfWhenItIsDue(boolean authorised) throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.decidedBySue(
				faultyKettle().lines(ReturnAuthorisations.kettle("400.00")).build(), authorised));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		String due = html.substring(html.indexOf("refund-due"));
		due = due.substring(due.indexOf('>') + 1, due.indexOf("</dd>")).replaceAll("<[^>]+>", "").strip();
		if (authorised) {
			assertThat(due).doesNotContain("Not paid").matches(".*\\d{4}.*");
		}
		else {
			assertThat(due).isEqualTo("Not paid: the return authorisation was denied");
			assertThat(html).doesNotContain("Within 14 days of it being authorised");
		}
	}

	// ---- a goodwill exception asked for on a decision that found no remedy ----

	/** What the page tells staff to say to the customer, tags taken out and white space run together. */
	private static String toldTheCustomer(String html) {
		String list = html.substring(html.indexOf("small explanation"));
		return list.substring(list.indexOf('>') + 1, list.indexOf("</ul>")).replaceAll("<[^>]+>", " ")
			.replaceAll("\\s+", " ");
	}

	/** The customer copy's text, white space run together. */
	private String customerCopy() throws Exception {
		byte[] pdf = mvc.perform(get("/returns/RMA-2026-000001.pdf"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void saysAGoodwillExceptionWaitingHasBeenAskedForRatherThanOfferingToAsk() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.goodwillExceptionWaiting(
				ReturnAuthorisations.unwantedKettleOutsideGoodwill().build()));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(toldTheCustomer(html)).contains("As there is no fault with the Kettle",
				"We have asked a supervisor whether a goodwill exception is possible.")
			.doesNotContain("We can ask a supervisor");
		assertThat(customerCopy()).contains("We have asked a supervisor whether a goodwill exception is possible.")
			.doesNotContain("We can ask a supervisor");
	}

	/** Refused, the offer to ask is no longer true: the page says who refused it, when and why, and offers nothing. */
	@Test
	void saysARefusedGoodwillExceptionWasAskedForAndRefusedByWhomWhenAndWhy() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.goodwillExceptionDecidedBySue(
				ReturnAuthorisations.unwantedKettleOutsideGoodwill().build(), false));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(toldTheCustomer(html)).contains("As there is no fault with the Kettle",
				"We asked a supervisor for a goodwill exception, and sue refused it on 2 Nov 2026, 10:00: Used for six "
						+ "weeks")
			.doesNotContain("We can ask a supervisor", "We have asked");
		assertThat(customerCopy()).contains("We asked a supervisor for a goodwill exception, and it was refused.",
				"Why not Used for six weeks")
			.doesNotContain("We can ask a supervisor", "We have asked");
	}

	/**
	 * Granted, the offer to ask is no longer true either: the page says who granted it, when and why; the customer copy
	 * names no member of staff.
	 */
	@Test
	void saysAGrantedGoodwillExceptionWasAskedForAndGrantedByWhomAndWhen() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.goodwillExceptionDecidedBySue(
				ReturnAuthorisations.unwantedKettleOutsideGoodwill().build(), true));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(toldTheCustomer(html)).contains("As there is no fault with the Kettle",
				"We asked a supervisor for a goodwill exception, and sue granted it on 2 Nov 2026, 10:00: Loyal customer")
			.doesNotContain("We can ask a supervisor", "We have asked", "refused");
		assertThat(customerCopy()).contains("We asked a supervisor for a goodwill exception, and it was granted.",
				"We are offering more than the law requires")
			.doesNotContain("We can ask a supervisor", "sue granted", "Loyal customer");
	}

	// ---- a refund denied ----

	/**
	 * Denied, nothing is paid: the page and the customer copy keep the customer's right and say why it was refused,
	 * without promising to pay or saying a supervisor will authorise the payment.
	 */
	@Test
	void leavesThePromiseToPayOutOfADeniedRefund() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.decidedBySue(
				faultyKettle().lines(ReturnAuthorisations.kettle("300.00")).build(), false));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(toldTheCustomer(html)).contains("Because the Kettle developed a fault within 30 days of delivery, "
				+ "you are entitled to a full refund under the Consumer Rights Act 2015.")
			.doesNotContain("We will refund you", "will authorise the payment");
		assertThat(html).contains("id=\"denied-right\"", "The refusal does not take that right away");
		assertThat(customerCopy()).contains("Our decision We cannot accept this return", "Why not Dropped, not faulty",
				"you are entitled to a full refund under the Consumer Rights Act 2015.",
				"If you disagree, please contact us quoting RMA-2026-000001")
			.doesNotContain("We will refund you", "will authorise the payment");
	}

	// ---- the explanation as the return is arranged ----

	/**
	 * Goods the shop collects are not sent back, and their refund is due 14 days after the customer cancelled (CCR 2013
	 * reg 34(4)-(6)): the page and the customer copy say so, not "send or bring it back" or "proof of posting".
	 */
	@Test
	void saysTheShopCollectsGoodsItCollectsAndRefundsFromTheDayTheCustomerCancelled() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.authorised(
				ReturnAuthorisations.bootsCancelledByPost().returnMethod(ReturnMethod.COLLECTION).build(), TODAY));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		String collected = "We will collect the Boots from you, so you do not need to send it back.";
		String refunded = "We will refund the price and the standard delivery charge within 14 days of you telling us "
				+ "you are cancelling.";
		assertThat(toldTheCustomer(html)).contains(collected, refunded)
			.doesNotContain("send or bring", "proof of posting", "getting the Boots back");
		assertThat(customerCopy()).contains(collected, refunded, "We will collect the goods from you")
			.doesNotContain("send or bring", "proof of posting", "Please return the goods");
	}

	/**
	 * A refund paid as a gift card, which the customer agreed to: the customer copy names the method without the
	 * hint for staff, and says the refund is paid that way, not "by the same method you paid with".
	 */
	@Test
	void saysARefundIsPaidTheWayRecordedWithoutTheHintForStaff() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.authorised(
				faultyKettle().purchased(TODAY.minusDays(5)).refundMethod(RefundMethod.GIFT_CARD).build(), TODAY));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		String asAGiftCard = "We will refund you within 14 days, as a gift card, as you agreed.";
		assertThat(toldTheCustomer(html)).contains(asAGiftCard).doesNotContain("by the same method you paid with");
		assertThat(customerCopy()).contains("Refund method As a gift card", asAGiftCard)
			.doesNotContain("only if the customer agrees", "by the same method you paid with");
	}

	/**
	 * A full refund where the law gives a repair, granted as a goodwill exception: the shop's own promise, so the page
	 * does not cite the statute for the day it is due.
	 */
	@Test
	void citesNoStatuteForTheRefundOfAGoodwillExceptionGranted() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.goodwillExceptionDecidedBySue(
				faultyKettle().purchased(TODAY.minusDays(45)).build(), true));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		String rule = html.substring(html.indexOf("refund-rule"));
		rule = rule.substring(rule.indexOf('>') + 1, rule.indexOf("</dd>"));
		assertThat(rule).contains("our own goodwill promise").doesNotContain("Consumer Rights Act");
	}

	// ---- proof of posting on a cancellation by post ----

	private MockHttpServletRequestBuilder proofOfPosting(String day) {
		return post("/returns/RMA-2026-000001/proof-of-posting").with(csrf())
			.param("version", "0")
			.param("proofOfPostingOn", day);
	}

	@Test
	void offersToRecordProofOfPostingWhileAnAuthorisedCancellationWaitsForTheGoods() throws Exception {
		given(rmas.get("RMA-2026-000001"))
			.willReturn(ReturnAuthorisations.authorised(ReturnAuthorisations.bootsCancelledByPost().build(), TODAY));

		mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/returns/RMA-2026-000001/proof-of-posting")))
			.andExpect(content().string(containsString("Record proof of posting")))
			.andExpect(content().string(containsString("14 days after we get the goods back (or proof of posting)")));
	}

	@Test
	void offersNoProofOfPostingOnARefundThatDoesNotWaitForTheGoods() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.authorised(faultyKettle().build(), TODAY));

		mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("proof-of-posting"))));
	}

	@Test
	void recordsProofOfPostingAndComesBackToTheRma() throws Exception {
		ReturnAuthorisationView posted = ReturnAuthorisations.postedOn(ReturnAuthorisations.bootsCancelledByPost().build(),
				TODAY.minusDays(1));
		given(rmas.recordProofOfPosting("RMA-2026-000001", TODAY.minusDays(1), 0L, "staff"))
			.willReturn(posted);

		mvc.perform(proofOfPosting("2026-11-01"))
			.andExpect(redirectedUrl("/returns/RMA-2026-000001"))
			.andExpect(flash().attribute("success", "RMA-2026-000001: proof of posting recorded as shown on "
					+ "1 Nov 2026; the refund is due by 15 Nov 2026."));
	}

	@Test
	void offersToCorrectTheDayOfProofOfPostingRecorded() throws Exception {
		ReturnAuthorisationView posted = ReturnAuthorisations.postedOn(ReturnAuthorisations.bootsCancelledByPost().build(),
				TODAY.minusDays(1));
		given(rmas.get("RMA-2026-000001")).willReturn(posted);

		mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correct the day")))
			.andExpect(content().string(containsString("Recorded as shown on 1 Nov 2026.")))
			.andExpect(content().string(containsString("value=\"2026-11-01\"")))
			.andExpect(content().string(not(containsString("Record proof of posting"))));
	}

	@Test
	void asksForADayThatExistsBesideProofOfPostingAndKeepsWhatWasTyped() throws Exception {
		given(rmas.get("RMA-2026-000001"))
			.willReturn(ReturnAuthorisations.authorised(ReturnAuthorisations.bootsCancelledByPost().build(), TODAY));

		mvc.perform(proofOfPosting("2026-13-45"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-page"))
			.andExpect(model().attributeHasFieldErrors("posting", "proofOfPostingOn"))
			.andExpect(content().string(containsString("Enter the day as a date, e.g. 2/11/2026")))
			.andExpect(content().string(containsString("value=\"2026-13-45\"")));
		verify(rmas, never()).recordProofOfPosting(anyString(), any(), any(), anyString());
	}

	@Test
	void asksForTheDayOfProofOfPostingWhenNoneWasGiven() throws Exception {
		given(rmas.get("RMA-2026-000001"))
			.willReturn(ReturnAuthorisations.authorised(ReturnAuthorisations.bootsCancelledByPost().build(), TODAY));

		String page = mvc.perform(proofOfPosting(""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("posting", "proofOfPostingOn", "rma.proofOfPostingOn.required"))
			.andReturn().getResponse().getContentAsString();
		Markup.assertInvalidAndDescribedBy(page, "proofOfPostingOn", "proofOfPostingOn-error",
				"Enter the day the customer showed proof of posting");
		assertThat(Markup.errorSummary(page)).containsExactly(
				Markup.SummaryLine.linked("Enter the day the customer showed proof of posting", "proofOfPostingOn"));
		verify(rmas, never()).recordProofOfPosting(anyString(), any(), any(), anyString());
	}

	@Test
	void showsADayOfProofOfPostingTheServiceRefusesBesideTheFieldAsTyped() throws Exception {
		given(rmas.get("RMA-2026-000001"))
			.willReturn(ReturnAuthorisations.authorised(ReturnAuthorisations.bootsCancelledByPost().build(), TODAY));
		given(rmas.recordProofOfPosting("RMA-2026-000001", TODAY.minusDays(10), 0L, "staff"))
			.willThrow(new InvalidInputException("proofOfPostingOn", "The goods cannot have been sent back before "
					+ "they were delivered on 29 October 2026; enter the day the customer showed proof of posting"));

		mvc.perform(proofOfPosting("2026-10-23"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("posting", "proofOfPostingOn"))
			.andExpect(content().string(containsString("The goods cannot have been sent back before they were "
					+ "delivered on 29 October 2026")))
			.andExpect(content().string(containsString("value=\"2026-10-23\"")));
	}

	@Test
	void saysWhyProofOfPostingIsNotTakenOnTheRma() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.authorised(faultyKettle().build(), TODAY));
		given(rmas.recordProofOfPosting("RMA-2026-000001", TODAY, 0L, "staff"))
			.willThrow(new ConflictException("RMA-2026-000001 is not an authorised cancellation waiting for goods to "
					+ "come back, so proof of posting changes nothing."));

		String page = mvc.perform(proofOfPosting("2026-11-02"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-page"))
			.andExpect(model().attributeHasErrors("posting"))
			.andExpect(content().string(not(containsString("Record proof of posting"))))
			.andReturn().getResponse().getContentAsString();
		// A refusal of the RMA as a whole links nowhere: the id "version" is the step form's, further up the page.
		assertThat(Markup.errorSummary(page)).containsExactly(Markup.SummaryLine.unlinked("RMA-2026-000001 is not an "
				+ "authorised cancellation waiting for goods to come back, so proof of posting changes nothing."));
	}

	@Test
	void sumsUpProofOfPostingOnAPageOutOfDateAboveTheFormItKeeps() throws Exception {
		given(rmas.get("RMA-2026-000001"))
			.willReturn(ReturnAuthorisations.authorised(ReturnAuthorisations.bootsCancelledByPost().build(), TODAY));
		given(rmas.recordProofOfPosting("RMA-2026-000001", TODAY.minusDays(1), 0L, "staff"))
			.willThrow(new RmaChangedException("RMA-2026-000001"));

		String page = mvc.perform(proofOfPosting("2026-11-01"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(page)).containsExactly(Markup.SummaryLine.unlinked("RMA-2026-000001 was "
				+ "changed by someone else while you were looking at it. Check it as it is now and choose the step again."));
		assertThat(page.indexOf("id=\"posting-errors\"")).as("the summary, in the proof of posting card")
			.isGreaterThan(page.indexOf("id=\"posting-heading\""))
			.isLessThan(page.indexOf("/returns/RMA-2026-000001/proof-of-posting"));
		assertThat(page).contains("value=\"2026-11-01\"");
	}

	// ---- a step refused: back on the RMA page, the reason beside the note or the steps, the note kept ----

	private MockHttpServletRequestBuilder step(String target, String note) {
		MockHttpServletRequestBuilder request = post("/returns/RMA-2026-000001/status").with(csrf())
			.param("version", "0")
			.param("note", note);
		return target == null ? request : request.param("target", target);
	}

	@Test
	void keepsTheNoteAndSaysSoWhenSomeoneElseChangedTheRmaFirst() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		given(rmas.advance("RMA-2026-000001", RmaStatus.AUTHORISED, "Fault seen in store", 0L, "staff"))
			.willThrow(new RmaChangedException("RMA-2026-000001"));

		mvc.perform(step("AUTHORISED", "Fault seen in store"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-page"))
			.andExpect(model().attributeHasFieldErrorCode("step", "target", "rma.step.changed"))
			.andExpect(content().string(containsString("RMA-2026-000001 was changed by someone else while you were "
					+ "looking at it. Check it as it is now and choose the step again.")))
			.andExpect(content().string(containsString(">Fault seen in store</textarea>")));
	}

	@Test
	void asksForTheReasonToDenyBesideTheNote() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		given(rmas.advance("RMA-2026-000001", RmaStatus.DENIED, "", 0L, "staff"))
			.willThrow(new InvalidInputException("note", "Give the reason for denying the return."));

		mvc.perform(step("DENIED", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("step", "note"))
			.andExpect(content().string(containsString(
					"<div class=\"invalid-feedback\" id=\"note-error\">Give the reason for denying the return.</div>")));
	}

	@Test
	void sumsUpARefusedStepAtTheTopOfItsFormWithLinksToTheNoteAndTheSteps() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		given(rmas.advance("RMA-2026-000001", RmaStatus.DENIED, "", 0L, "staff"))
			.willThrow(new InvalidInputException("note", "Give the reason for denying the return."));

		String denied = mvc.perform(step("DENIED", "")).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(denied))
			.containsExactly(Markup.SummaryLine.linked("Give the reason for denying the return.", "note"));

		String twoSteps = mvc.perform(step("AUTHORISED", "Parcel arrived").param("target", "DENIED"))
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(twoSteps)).extracting(Markup.SummaryLine::href).containsExactly("#target");
		assertThat(Markup.attribute(Markup.openingTag(twoSteps, "target"), "aria-describedby")).isEqualTo("step-error");
	}

	@Test
	void namesAStepNotAllowedAndTheStepsThatAreInWords() throws Exception {
		given(rmas.get("RMA-2026-000151")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		given(rmas.advance("RMA-2026-000151", RmaStatus.REFUNDED, "Paid", 0L, "staff"))
			.willThrow(new IllegalRmaTransitionException("RMA-2026-000151", RmaStatus.REQUESTED, RmaStatus.REFUNDED));

		mvc.perform(post("/returns/RMA-2026-000151/status").with(csrf())
			.param("target", "REFUNDED")
			.param("note", "Paid")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("step", "target", "rma.step.notAllowed"))
			.andExpect(content().string(containsString("RMA-2026-000151 is Requested, so it cannot be marked Refunded "
					+ "now. Next it can be: Authorised, Denied.")))
			.andExpect(content().string(containsString(">Paid</textarea>")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc" })
	@NullSource
	void refusesAStepFromAPageThatDidNotSayWhichVersionItShowed(String version) throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));
		MockHttpServletRequestBuilder request = post("/returns/RMA-2026-000001/status").with(csrf())
			.param("target", "AUTHORISED")
			.param("note", "Fault seen in store");
		if (version != null) {
			request.param("version", version);
		}

		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-page"))
			.andExpect(model().attributeHasFieldErrors("step", "version"))
			.andExpect(content().string(containsString("This page was out of date. Check the return authorisation as "
					+ "it is now and choose the step again.")))
			.andExpect(content().string(containsString(">Fault seen in store</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		verify(rmas, never()).advance(anyString(), any(), any(), any(), anyString());
	}

	@Test
	void asksForAStepWhenNoneWasChosen() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		mvc.perform(step(null, "Parcel arrived"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("step", "target", "rma.step.required"))
			.andExpect(content().string(containsString("Choose one of the next steps.")))
			.andExpect(content().string(containsString(">Parcel arrived</textarea>")));
		verify(rmas, never()).advance(anyString(), any(), any(), any(), anyString());
	}

	/** As the approvals form refuses approve and reject together: which was meant is a guess. */
	@Test
	void refusesTwoStepsAtOnceKeepingTheNote() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		mvc.perform(step("AUTHORISED", "Parcel arrived").param("target", "DENIED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("step", "target", "rma.step.ambiguous"))
			.andExpect(content().string(containsString("Choose one next step, not two.")))
			.andExpect(content().string(containsString(">Parcel arrived</textarea>")));
		verify(rmas, never()).advance(anyString(), any(), any(), any(), anyString());
	}

	@Test
	void asksForAStepFromTheListWhenTheStepIsUnknown() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		mvc.perform(step("LOST", "Parcel arrived"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the next steps offered.")));
		verify(rmas, never()).advance(anyString(), any(), any(), any(), anyString());
	}

	// ---- a case that is not a return ----

	@Test
	void offersNoFormOnACaseThatIsNotAReturnAndSaysWhy() throws Exception {
		given(cases.get(CASE)).willReturn(caseOfType(CaseType.QUERY));

		mvc.perform(get("/cases/" + CASE + "/returns/new"))
			.andExpect(redirectedUrl("/cases/" + CASE + "/returns"));
		mvc.perform(get("/cases/" + CASE + "/returns"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CASE + " is not a return case (its type is Query). To raise a "
					+ "return authorisation, change its type to Return on the case page.")))
			.andExpect(content().string(containsString("href=\"/cases/" + CASE + "\"")))
			.andExpect(content().string(not(containsString("/returns/new"))));
	}

	@Test
	void keepsTheFormWhenTheCaseIsNoLongerAReturn() throws Exception {
		given(cases.get(CASE)).willReturn(caseOfType(CaseType.QUERY));

		mvc.perform(kettleForm())
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-form"))
			.andExpect(model().attributeHasErrors("rma"))
			.andExpect(content().string(containsString(CASE + " is not a return case (its type is Query).")))
			.andExpect(content().string(containsString("value=\"SN-77\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void keepsTheFormWhenTheCaseStopsBeingAReturnAsItIsRaised() throws Exception {
		given(rmas.raise(any(), anyString())).willThrow(new NotAReturnCaseException(CASE, CaseType.COMPLAINT));
		given(cases.get(CASE)).willReturn(caseOfType(CaseType.RETURN), caseOfType(CaseType.COMPLAINT));

		mvc.perform(kettleForm())
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-form"))
			.andExpect(content().string(containsString(CASE + " is not a return case (its type is Complaint).")))
			.andExpect(content().string(containsString("value=\"SN-77\"")));
	}

	@Test
	void keepsTheFormWhenTheCaseIsClosedAsItIsRaised() throws Exception {
		String closed = "Case " + CASE + " is closed: reopen it first to raise a return authorisation on it.";
		given(rmas.raise(any(), anyString())).willThrow(new CaseClosedToReturnsException(CASE, closed));

		mvc.perform(kettleForm())
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-form"))
			.andExpect(content().string(containsString(closed)))
			.andExpect(content().string(containsString("value=\"SN-77\"")));
	}

	// ---- amounts, dates and the item rows ----

	@Test
	void refusesAPriceBeyondWhatAnRmaHoldsAndDecidesNothingOnIt() throws Exception {
		mvc.perform(kettleForm("lines[0].unitPrice", "£10,000,000,000").param("preview", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[0].unitPrice", "rma.money.tooLarge"))
			.andExpect(content().string(containsString("Enter an amount of at most £9,999,999,999.99")))
			.andExpect(content().string(containsString("value=\"&pound;10,000,000,000\"")))
			.andExpect(content().string(containsString("Correct the values marked on the form to see the decision.")));
		verify(rmas, never()).preview(any());
	}

	@Test
	void refusesADeductionBeyondWhatAnRmaHolds() throws Exception {
		mvc.perform(kettleForm("deductionAmount", "10000000000", "deductionReason", "Scratched"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "deductionAmount", "rma.money.tooLarge"));
		// Longer than an amount is read, but written as one: too large, not mistyped.
		mvc.perform(kettleForm("deductionAmount", "100000000000000000000", "deductionReason", "Scratched"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "deductionAmount", "rma.money.tooLarge"));
		verify(rmas, never()).preview(any());
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void refusesFractionsOfAPenny() throws Exception {
		mvc.perform(kettleForm("lines[0].unitPrice", "49.999"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[0].unitPrice", "rma.money.pence"))
			.andExpect(content().string(containsString("value=\"49.999\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void refusesItemsThatTogetherComeToMoreThanAnRmaHolds() throws Exception {
		mvc.perform(kettleForm("lines[0].unitPrice", "9999999999.99", "lines[0].quantity", "9999"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines", "rma.total.tooLarge"))
			.andExpect(content().string(containsString("Together the items come to more than £9,999,999,999.99")));
		verify(rmas, never()).preview(any());
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void showsNoDecisionCardForAnAmountTypedWrongly() throws Exception {
		mvc.perform(post("/cases/" + CASE + "/returns/decision").with(csrf())
			.param("purchaseDate", "2026-10-20")
			.param("lines[0].description", "Kettle")
			.param("lines[0].unitPrice", "1e999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correct the values marked on the form to see the decision.")));
		verify(rmas, never()).preview(any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "lines[300].description", "lines[100000].description", "lines[99999999999].sku" })
	void refusesMoreItemRowsThanTheFormTakes(String parameter) throws Exception {
		mvc.perform(kettleForm(parameter, "x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines", "rma.lines.tooMany"))
			.andExpect(content().string(containsString("List at most 50 items on one return authorisation")))
			.andExpect(content().string(containsString("value=\"SN-77\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "lines[-1].description", "lines[abc].description", "lines[0]", "lines", "lines[]" })
	void refusesItemRowsItCannotReadWithoutAnErrorPage(String parameter) throws Exception {
		mvc.perform(kettleForm(parameter, "x"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-form"))
			.andExpect(model().attributeHasFieldErrors("rma", "lines"))
			.andExpect(content().string(containsString("value=\"SN-77\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void ignoresAnIndexOnAFieldThatIsNoList() throws Exception {
		given(rmas.raise(any(), anyString())).willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		mvc.perform(kettleForm("customerName[0]", "x"))
			.andExpect(redirectedUrl("/returns/RMA-2026-000001"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-01-01", "-999999999-01-01", "1899-12-31" })
	void refusesAPurchaseDateBefore1900(String date) throws Exception {
		mvc.perform(kettleForm("purchaseDate", date))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "purchaseDate", "rma.date.tooLongAgo"))
			.andExpect(content().string(containsString("This date is too long ago; enter a date from 1900 onwards")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void refusesADeliveryDateBefore1900() throws Exception {
		mvc.perform(kettleForm("purchaseDate", "1800-01-01", "deliveryDate", "1800-01-02"))
			.andExpect(model().attributeHasFieldErrorCode("rma", "deliveryDate", "rma.date.tooLongAgo"));
	}

	// ---- what was typed wrongly: a message for each field, and the value as typed ----

	@ParameterizedTest
	@ValueSource(strings = { "NaN", "12 pounds", "1,29.00", "£-5", "1e3", "29.99p" })
	void explainsHowToTypeAPriceAndKeepsWhatWasTyped(String price) throws Exception {
		mvc.perform(kettleForm("lines[0].unitPrice", price))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[0].unitPrice", "rma.money.format"))
			.andExpect(content().string(containsString("Enter an amount in pounds and pence, e.g. 1299.99 or "
					+ "£1,299.99")))
			.andExpect(content().string(containsString("value=\"" + HtmlUtils.htmlEscape(price) + "\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void explainsHowToTypeADeductionAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(kettleForm("deductionAmount", "£5 off", "deductionReason", "Scratched"))
			.andExpect(model().attributeHasFieldErrorCode("rma", "deductionAmount", "rma.money.format"))
			.andExpect(content().string(containsString("value=\"&pound;5 off\"")));
	}

	@Test
	void readsPricesAndTheDeductionWithAPoundSignAndCommasAsStaffTypeThem() throws Exception {
		given(rmas.raise(any(NewReturnAuthorisation.class), eq("staff")))
			.willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		mvc.perform(kettleForm("lines[0].unitPrice", "£1,299.99", "deductionAmount", "£1,000",
				"deductionReason", "Scratched"))
			.andExpect(redirectedUrl("/returns/RMA-2026-000001"));

		ArgumentCaptor<NewReturnAuthorisation> form = ArgumentCaptor.forClass(NewReturnAuthorisation.class);
		verify(rmas).raise(form.capture(), eq("staff"));
		assertThat(form.getValue().lines()).singleElement()
			.satisfies(line -> assertThat(line.unitPrice()).isEqualByComparingTo("1299.99"));
		assertThat(form.getValue().deductionAmount()).isEqualByComparingTo("1000");
	}

	@Test
	void asksForAWholeQuantityAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(kettleForm("lines[0].quantity", "1.5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[0].quantity", "rma.line.quantity.whole"))
			.andExpect(content().string(containsString("Enter a whole number of items, e.g. 2")))
			.andExpect(content().string(containsString("value=\"1.5\"")));
	}

	@Test
	void refusesAHugeQuantityAsTooMany() throws Exception {
		mvc.perform(kettleForm("lines[0].quantity", "99999999999999999999999"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[0].quantity", "rma.line.quantity.max"))
			.andExpect(content().string(containsString("value=\"99999999999999999999999\"")));
	}

	@Test
	void asksForDaysAsANumberAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(kettleForm("repairDays", "two"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "repairDays", "typeMismatch"))
			.andExpect(content().string(containsString("Enter a whole number of days from 0 to 3650, e.g. 14")))
			.andExpect(content().string(containsString("value=\"two\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void asksForAnItemDamagedByTheCustomerToComeBackOnItsOwnBesideItsConditionAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(kettleForm("lines[1].description", "Mug", "lines[1].quantity", "2", "lines[1].unitPrice", "5.00",
				"lines[1].condition", "DAMAGED_BY_CUSTOMER"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-form"))
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[1].condition",
					"rma.line.condition.damagedAmongOthers"))
			.andExpect(model().attributeErrorCount("rma", 1))
			.andExpect(content().string(containsString("An item damaged by the customer needs a return authorisation "
					+ "of its own, so the other items keep their rights")))
			.andExpect(content().string(containsString("value=\"Mug\"")))
			.andExpect(content().string(containsString(
					"<option value=\"DAMAGED_BY_CUSTOMER\" selected=\"selected\">")))
			.andExpect(content().string(containsString("Correct the values marked on the form to see the decision.")));
		verify(rmas, never()).preview(any());
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void waitsWithTheLiveDecisionWhileAnItemDamagedByTheCustomerIsAmongOthers() throws Exception {
		mvc.perform(post("/cases/" + CASE + "/returns/decision").with(csrf())
			.param("purchaseDate", "2026-10-20")
			.param("lines[0].description", "Kettle")
			.param("lines[0].unitPrice", "49.99")
			.param("lines[0].condition", "UNUSED")
			.param("lines[1].description", "Mug")
			.param("lines[1].unitPrice", "5.00")
			.param("lines[1].condition", "DAMAGED_BY_CUSTOMER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correct the values marked on the form to see the decision.")));
		verify(rmas, never()).preview(any());
	}

	/**
	 * The tester's case: ordered online, cancelled on a change of mind, a personalised mug with a teapot. A fact of
	 * one item (personalised, perishable, a seal broken, a fault pointed out) would take every item's right away.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "personalised", "perishable", "hygieneSealBroken", "mediaSealBroken",
			"faultPointedOutBeforeSale" })
	void asksWhetherAnItemsFactIsTrueOfEveryItemBesideTheFactsAndKeepsWhatWasTyped(String fact) throws Exception {
		mvc.perform(mugAndTeapotCancelled(fact, "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("returns/return-form"))
			.andExpect(model().attributeHasFieldErrorCode("rma", "factsTrueOfEveryItem",
					"rma.factsTrueOfEveryItem.required"))
			.andExpect(model().attributeErrorCount("rma", 1))
			.andExpect(content().string(containsString("These facts are applied to every item on the form. If they "
					+ "are true of some items only, raise a separate return authorisation for those items; if they are "
					+ "true of every item, tick \u201cTrue of every item on this form\u201d.")))
			.andExpect(content().string(containsString("value=\"Personalised mug\"")))
			.andExpect(content().string(containsString("value=\"Teapot\"")))
			.andExpect(content().string(containsString("name=\"" + fact + "\" checked=\"checked\"")))
			.andExpect(content().string(containsString("Correct the values marked on the form to see the decision.")));
		verify(rmas, never()).preview(any());
		verify(rmas, never()).raise(any(), anyString());
	}

	/**
	 * The same order cancelled before it came: no seal can have been broken after delivery. That is said beside each
	 * seal, and not asked of every item as well.
	 */
	@Test
	void refusesASealBrokenAfterDeliveryBeforeDeliveryBesideTheSealAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(mugAndTeapotCancelled("hygieneSealBroken", "true", "mediaSealBroken", "true", "deliveryDate",
				"2026-11-01", "requestDate", "2026-10-26"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "hygieneSealBroken",
					"rma.hygieneSealBroken.beforeDelivery"))
			.andExpect(model().attributeHasFieldErrorCode("rma", "mediaSealBroken",
					"rma.mediaSealBroken.beforeDelivery"))
			.andExpect(model().attributeErrorCount("rma", 2))
			.andExpect(content().string(containsString("The request date is before the delivery date, so no hygiene "
					+ "seal can have been broken after delivery: untick this, or correct the request or delivery date")))
			.andExpect(content().string(containsString("The request date is before the delivery date, so the goods "
					+ "cannot have been unsealed after delivery: untick this, or correct the request or delivery "
					+ "date")))
			.andExpect(content().string(not(containsString("give the day they were delivered"))))
			.andExpect(content().string(containsString("name=\"hygieneSealBroken\" checked=\"checked\"")))
			.andExpect(content().string(containsString("name=\"mediaSealBroken\" checked=\"checked\"")))
			.andExpect(content().string(containsString("value=\"Teapot\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	/**
	 * With no delivery date the goods came when bought, so a request before delivery is one before the purchase: that
	 * is the one thing wrong, said at the request date, and nothing is said of a seal or a used item as if the goods
	 * had not come yet.
	 */
	@Test
	void refusesOnlyTheRequestDateWhenNoDeliveryDateIsGivenAndTheRequestIsBeforeThePurchase() throws Exception {
		mvc.perform(kettleForm("channel", "ONLINE", "purchaseDate", "2026-10-27", "requestDate", "2026-10-26",
				"reasonCode", "CHANGED_MIND", "lines[0].condition", "USED", "hygieneSealBroken", "true",
				"mediaSealBroken", "true", "offeredRemedy", "CANCELLATION_REFUND"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "requestDate", "rma.requestDate.beforePurchase"))
			.andExpect(model().attributeErrorCount("rma", 1))
			.andExpect(content().string(not(containsString("before the delivery date"))));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void raisesAFormOfSeveralPersonalisedItemsWhenStaffSayItIsTrueOfEveryItem() throws Exception {
		given(rmas.raise(any(NewReturnAuthorisation.class), eq("staff")))
			.willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		mvc.perform(mugAndTeapotCancelled("personalised", "true", "factsTrueOfEveryItem", "true"))
			.andExpect(redirectedUrl("/returns/RMA-2026-000001"));

		ArgumentCaptor<NewReturnAuthorisation> form = ArgumentCaptor.forClass(NewReturnAuthorisation.class);
		verify(rmas).raise(form.capture(), eq("staff"));
		assertThat(form.getValue().personalised()).isTrue();
		assertThat(form.getValue().itemFactsUnconfirmed()).isFalse();
	}

	/** The card asks for corrections "marked on the form": it names each field, for its script to mark live. */
	@Test
	void waitsWithTheLiveDecisionWhileAnItemsFactIsNotSaidToBeTrueOfEveryItem() throws Exception {
		String html = mvc.perform(kettleFormTo("/cases/" + CASE + "/returns/decision", "lines[1].description", "Teapot",
				"lines[1].unitPrice", "40.00", "lines[1].condition", "USED", "personalised", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correct the values marked on the form to see the decision.")))
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<li data-field=\"factsTrueOfEveryItem\">These facts are applied to every item on "
				+ "the form.");
		assertThat(Markup.attribute(Markup.openingTag(html, "decision"), "data-verdict"))
			.startsWith("These facts are applied to every item on the form.");
		verify(rmas, never()).preview(any());
	}

	@Test
	void theLiveDecisionNamesAUsedItemAmongUnusedOnesForItsField() throws Exception {
		String html = mvc.perform(kettleFormTo("/cases/" + CASE + "/returns/decision", jumperAndScarfFields(
				"CHANGED_MIND", "GOODWILL_REFUND")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Correct the values marked on the form to see the decision.")
			.contains("<li data-field=\"lines[1].condition\">When nothing is wrong with the goods, used items need "
					+ "a return authorisation of their own");
		verify(rmas, never()).preview(any());
	}

	@Test
	void theLiveDecisionNamesADamagedItemAmongOthersAndAFaultBeforeDeliveryForTheirFields() throws Exception {
		String html = mvc.perform(kettleFormTo("/cases/" + CASE + "/returns/decision", "lines[1].description", "Teapot",
				"lines[1].unitPrice", "40.00", "lines[1].condition", "DAMAGED_BY_CUSTOMER", "deliveryDate", "2026-10-30",
				"requestDate", "2026-10-25"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<li data-field=\"lines[1].condition\">An item damaged by the customer needs a "
				+ "return authorisation of its own")
			.contains("<li data-field=\"requestDate\">A fault can be reported only once the goods are delivered.");
		verify(rmas, never()).preview(any());
	}

	private static MockHttpServletRequestBuilder mugAndTeapotCancelled(String... facts) {
		String[] fields = { "channel", "ONLINE", "purchaseDate", "2026-10-25", "deliveryDate", "2026-10-27",
				"requestDate", "2026-11-01", "reasonCode", "CHANGED_MIND", "offeredRemedy", "CANCELLATION_REFUND",
				"lines[0].sku", "", "lines[0].serialNumber", "", "lines[0].description", "Personalised mug",
				"lines[0].unitPrice", "14.00", "lines[0].condition", "UNUSED", "lines[1].description", "Teapot",
				"lines[1].unitPrice", "40.00", "lines[1].condition", "UNUSED" };
		String[] all = java.util.Arrays.copyOf(fields, fields.length + facts.length);
		System.arraycopy(facts, 0, all, fields.length, facts.length);
		return kettleForm(all);
	}

	/** The tester's case: a used scarf among an unused jumper, taken back in store on a change of mind. */
	@Test
	void asksForUsedItemsAmongUnusedOnesOnAChangeOfMindToComeBackOnTheirOwnAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(jumperAndScarf("CHANGED_MIND", "GOODWILL_REFUND"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[1].condition",
					"rma.line.condition.usedAmongUnused"))
			.andExpect(model().attributeErrorCount("rma", 1))
			.andExpect(content().string(containsString("When nothing is wrong with the goods, used items need a "
					+ "return authorisation of their own, so the unused items keep their goodwill return: raise one "
					+ "for the used items and another for the rest")))
			.andExpect(content().string(containsString("value=\"Scarf\"")))
			.andExpect(content().string(containsString("<option value=\"USED\" selected=\"selected\">")));
		verify(rmas, never()).preview(any());
		verify(rmas, never()).raise(any(), anyString());
	}

	/** Online and within the 14 days, what the used items would cost the others is a deduction for handling. */
	@Test
	void saysACancellationWouldDeductForHandlingUsedItemsAmongUnusedOnes() throws Exception {
		mvc.perform(kettleForm(with(jumperAndScarfFields("CHANGED_MIND", "CANCELLATION_REFUND"), "channel", "ONLINE",
				"deliveryDate", "2026-10-25")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[1].condition",
					"rma.line.condition.usedAmongUnused.cancelled"))
			.andExpect(content().string(containsString("When an order is cancelled, used items need a return "
					+ "authorisation of their own, so a deduction for how they were handled does not reach the unused "
					+ "items: raise one for the used items and another for the rest")))
			.andExpect(content().string(not(containsString("goodwill return"))));
		verify(rmas, never()).raise(any(), anyString());
	}

	private static String[] with(String[] fields, String... more) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		return all;
	}

	@Test
	void takesUsedAndUnusedItemsTogetherWhenTheyAreFaulty() throws Exception {
		given(rmas.raise(any(NewReturnAuthorisation.class), eq("staff")))
			.willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		mvc.perform(jumperAndScarf("FAULTY", "FULL_REFUND")).andExpect(redirectedUrl("/returns/RMA-2026-000001"));
	}

	private static MockHttpServletRequestBuilder jumperAndScarf(String reason, String offered) {
		return kettleForm(jumperAndScarfFields(reason, offered));
	}

	private static String[] jumperAndScarfFields(String reason, String offered) {
		return new String[] { "reasonCode", reason, "offeredRemedy", offered, "lines[0].sku", "",
				"lines[0].serialNumber", "", "lines[0].description", "Jumper", "lines[0].unitPrice", "20.00",
				"lines[0].condition", "UNUSED", "lines[1].description", "Scarf", "lines[1].unitPrice", "30.00",
				"lines[1].condition", "USED" };
	}

	@Test
	void asksForADateThatExists() throws Exception {
		mvc.perform(kettleForm("purchaseDate", "2026-13-45"))
			.andExpect(content().string(containsString("Enter the date of purchase as a date, e.g. 20/10/2026")))
			.andExpect(content().string(containsString("value=\"2026-13-45\"")));
	}

	/** The messages give "e.g. 20/10/2026"; the form takes it, as it takes what a date picker sends. */
	@Test
	void takesTheDatesAsTheUkWritesThem() throws Exception {
		given(rmas.raise(any(NewReturnAuthorisation.class), eq("staff")))
			.willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		mvc.perform(kettleForm("purchaseDate", "20/10/2026", "deliveryDate", "22/10/2026", "requestDate", "2/11/2026"))
			.andExpect(redirectedUrl("/returns/RMA-2026-000001"));

		ArgumentCaptor<NewReturnAuthorisation> form = ArgumentCaptor.forClass(NewReturnAuthorisation.class);
		verify(rmas).raise(form.capture(), eq("staff"));
		assertThat(form.getValue().purchaseDate()).isEqualTo("2026-10-20");
		assertThat(form.getValue().deliveryDate()).isEqualTo("2026-10-22");
		assertThat(form.getValue().requestDate()).isEqualTo("2026-11-02");
	}

	@Test
	void asksForAUkDateThatExistsAndKeepsItAsTyped() throws Exception {
		mvc.perform(kettleForm("purchaseDate", "31/02/2026").param("preview", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "purchaseDate", "typeMismatch"))
			.andExpect(content().string(containsString("Enter the date of purchase as a date, e.g. 20/10/2026")))
			.andExpect(content().string(containsString("value=\"31/02/2026\"")));
		verify(rmas, never()).preview(any());
	}

	@Test
	void showsADateTypedTheUkWayBackAsTheDateBoxTakesIt() throws Exception {
		mvc.perform(kettleForm("purchaseDate", "20/10/2026", "reasonCode", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-10-20\"")));
	}

	@Test
	void takesTheDayOfProofOfPostingAsTheUkWritesIt() throws Exception {
		ReturnAuthorisationView posted = ReturnAuthorisations.postedOn(ReturnAuthorisations.bootsCancelledByPost().build(),
				TODAY.minusDays(1));
		given(rmas.recordProofOfPosting("RMA-2026-000001", TODAY.minusDays(1), 0L, "staff")).willReturn(posted);

		mvc.perform(proofOfPosting("1/11/2026")).andExpect(redirectedUrl("/returns/RMA-2026-000001"));
	}

	@Test
	void asksForHowItWasSoldFromTheList() throws Exception {
		mvc.perform(kettleForm("channel", "BY_PIGEON", "lines[0].condition", "SHINY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how the item was sold from the list")))
			.andExpect(content().string(not(containsString("Choose how the customer got in touch"))))
			.andExpect(model().attributeHasFieldErrorCode("rma", "lines[0].condition", "rma.line.condition.unknown"));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void checksThePhoneNumberAsTheLogACaseFormDoes() throws Exception {
		mvc.perform(kettleForm("customerPhone", "call my mum!!"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("rma", "customerPhone"))
			.andExpect(content().string(containsString("Enter a phone number of 7 to 20 digits")))
			.andExpect(content().string(containsString("value=\"call my mum!!\"")));
		verify(rmas, never()).raise(any(), anyString());
	}

	@Test
	void printsACustomerCopyStatingTheDecisionAndLegalBasis() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		byte[] pdf = mvc.perform(get("/returns/RMA-2026-000001.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(SHOP, "RMA-2026-000001", "AC-2026-000001", "Jane Smith",
					"Kettle", "Full refund", "Consumer Rights Act 2015 ss.20-22 (short-term right to reject)",
					"£49.99", "This does not affect your statutory rights");
		}
	}

	@Test
	void namesTheShopItsEmailsSignWithOnThePrintedPage() throws Exception {
		given(rmas.get("RMA-2026-000001")).willReturn(ReturnAuthorisations.view(faultyKettle().build()));

		String html = mvc.perform(get("/returns/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		String printed = html.substring(html.indexOf(Markup.openingTag(html, "shop-name")));
		assertThat(printed.substring(0, printed.indexOf("</p>"))).endsWith(HtmlUtils.htmlEscape(SHOP));
		assertThat(html).doesNotContain("Aftercare Retail Ltd");
	}

	@Test
	void printsACustomerCopyForALineDescriptionSavedWithAControlCharacter() throws Exception {
		ItemLine pastedFromWord = new ItemLine("KT-100", "Kettle,\u000bwhite", "SN-1", 1, new BigDecimal("49.99"),
				ItemCondition.USED);
		given(rmas.get("RMA-2026-000001"))
			.willReturn(ReturnAuthorisations.view(faultyKettle().lines(pastedFromWord).build()));

		byte[] pdf = mvc.perform(get("/returns/RMA-2026-000001.pdf"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Kettle, white");
		}
	}

}
