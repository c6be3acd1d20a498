package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import javax.sql.DataSource;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.aftercare.cases.ApprovalState;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.followups.FollowUpView;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.ShownDates;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.AtTheSameMoment;
import uk.aftercare.support.DatabaseText;
import uk.aftercare.support.PdfFontsUsed;
import uk.aftercare.support.PdfLayout;
import uk.aftercare.support.ReturnForms;

/** A RETURN case from the log form to a printed return authorisation, through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class ReturnAuthorisationJourneyTest {

	private static final RequestPostProcessor STAFF = user("sam").roles("STAFF");

	private static final RequestPostProcessor SUPERVISOR = user("sue").roles("SUPERVISOR");

	private static final RequestPostProcessor MANAGER = user("mo").roles("MANAGER");

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	ReturnAuthorisationService rmas;

	@Autowired
	ReturnsPolicyService policies;

	@Autowired
	Approvals approvals;

	@Autowired
	ShopClock clock;

	@Autowired
	DataProtection dataProtection;

	@Autowired
	FollowUpService followUps;

	@Autowired
	ClosingService closing;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	StaffAccounts accounts;

	private String returnCase() {
		var customer = new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null);
		return cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, "My kettle stopped working, I want a refund",
				customer, null, "R-123", "Kettle", CaseType.RETURN, false), "sam", null).view().caseNumber();
	}

	/** The form for a kettle bought in store {@code daysAgo} days ago; name, value pairs change single fields. */
	private MockHttpServletRequestBuilder returnForm(String caseNumber, int daysAgo, String... overrides) {
		return returnFormFrom(STAFF, caseNumber, daysAgo, overrides);
	}

	/** The same form, sent by {@code who}. */
	private MockHttpServletRequestBuilder returnFormFrom(RequestPostProcessor who, String caseNumber, int daysAgo,
			String... overrides) {
		Map<String, String> fields = ReturnForms.faultyKettle(clock.today().minusDays(daysAgo), clock.today());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/cases/" + caseNumber + "/returns").with(who).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/**
	 * A goodwill refund of a kettle bought 45 days ago that the customer no longer wants: the law gives nothing, so it
	 * is raised as a goodwill exception for a supervisor to decide.
	 */
	private MockHttpServletRequestBuilder goodwillExceptionForm(String caseNumber) {
		return returnForm(caseNumber, 45, "reasonCode", "CHANGED_MIND", "offeredRemedy", "GOODWILL_REFUND");
	}

	private String raise(MockHttpServletRequestBuilder form) throws Exception {
		String location = mvc.perform(form)
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/returns/RMA-\\d{4}-\\d{6}");
		return location.substring("/returns/".length());
	}

	private void step(String rma, String target, RequestPostProcessor who) throws Exception {
		mvc.perform(post("/returns/" + rma + "/status").with(who).with(csrf()).param("target", target)
			.param("note", target.equals("INSPECTED") ? "Element burnt out" : "")
			.param("version", shownVersion(rma)))
			.andExpect(redirectedUrl("/returns/" + rma))
			.andExpect(flash().attributeExists("success"));
	}

	/** The version the RMA page shows now, as its step form sends it back. */
	private String shownVersion(String rma) {
		return String.valueOf(rmas.get(rma).version());
	}

	private List<String> returnEntries(String caseNumber) {
		return cases.get(caseNumber)
			.timeline()
			.stream()
			.filter(e -> e.kind() == TimelineKind.RETURN_AUTHORISATION)
			.map(TimelineEntry::summary)
			.toList();
	}

	@Test
	void takesAReturnCaseFromTheFormToAPrintedAuthorisationWithEveryStepOnTheTimeline() throws Exception {
		String caseNumber = returnCase();
		mvc.perform(get("/cases/" + caseNumber + "/returns/new").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kettle\"")));

		String rma = raise(returnForm(caseNumber, 10));
		for (String target : List.of("AUTHORISED", "RECEIVED", "INSPECTED", "REFUNDED", "CLOSED")) {
			step(rma, target, STAFF);
		}

		assertThat(returnEntries(caseNumber)).hasSize(6).allSatisfy(entry -> assertThat(entry).contains(rma));
		assertThat(returnEntries(caseNumber).get(0)).contains("Full refund", "short-term right to reject");
		assertThat(returnEntries(caseNumber).get(3)).contains("Element burnt out");
		assertThat(returnEntries(caseNumber).get(4)).contains("£49.99");
		mvc.perform(get("/cases/" + caseNumber + "/returns").with(STAFF))
			.andExpect(content().string(containsString(rma)));
		mvc.perform(get("/api/v1/returns/authorisations/" + rma).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.caseNumber").value(caseNumber))
			.andExpect(jsonPath("$.assessment.remedy").value("FULL_REFUND"))
			.andExpect(jsonPath("$.refund.paidOn").value(clock.today().toString()))
			.andExpect(jsonPath("$.lines[0].serialNumber").value("SN-77"));

		byte[] pdf = mvc.perform(get("/returns/" + rma + ".pdf").with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(rma, caseNumber, "Full refund",
					"Consumer Rights Act 2015 ss.20-22 (short-term right to reject)",
					"This does not affect your statutory rights");
		}
	}

	@Test
	void printsTheCustomersNameInLatinGreekOrCyrillicLettersAsTypedOnTheirCopyInAnEmbeddedFont() throws Exception {
		String name = "Łukasz Wójcik-Dvořák Știrbu Ελένη Жанна";
		String rma = raise(returnForm(returnCase(), 10, "customerName", name,
				"lines[0].description", "Čajník Ελληνικό Чайник"));

		byte[] pdf = mvc.perform(get("/returns/" + rma + ".pdf").with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(name, "Čajník Ελληνικό Чайник").doesNotContain("?");
			// Regular text and the bold headings and labels, with no standard font (Helvetica) left.
			assertThat(PdfFontsUsed.of(document)).containsExactly("LiberationSans", "LiberationSans-Bold");
		}
	}

	@Test
	void printsTheCustomerCopyOfAnItemWithALongSerialNumberWithEveryColumnOnThePage() throws Exception {
		String rma = raise(returnForm(returnCase(), 10, "lines[0].serialNumber", "SN" + "7".repeat(58),
				"lines[0].description", "Kettle-" + "K".repeat(150)));

		byte[] pdf = mvc.perform(get("/returns/" + rma + ".pdf").with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("£49.99");
			assertThat(PdfLayout.overflowRight(document)).isZero();
		}
	}

	/**
	 * A phone call about a kettle bought in a shop: the form does not take the phone call for the sale (which would
	 * offer a cancellation the CCR 2013 does not give), until an RMA for the same order has recorded how it was sold.
	 */
	@Test
	void fillsInHowItWasSoldOnlyFromAnEarlierReturnForTheSameOrder() throws Exception {
		String order = "R-" + UUID.randomUUID();
		var customer = new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null);
		String byPhone = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "My kettle stopped working, I want a "
				+ "refund", customer, null, order, "Kettle", CaseType.RETURN, false), "sam", null).view().caseNumber();

		mvc.perform(get("/cases/" + byPhone + "/returns/new").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(model().attribute("rma", org.hamcrest.Matchers.hasProperty("channel",
					org.hamcrest.Matchers.nullValue())))
			.andExpect(model().attribute("rma", org.hamcrest.Matchers.hasProperty("returnMethod",
					org.hamcrest.Matchers.nullValue())));
		String rma = raise(returnForm(byPhone, 10, "orderReference", order, "channel", "IN_STORE"));

		String again = cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "The new kettle leaks too", customer, null,
				order, "Kettle", CaseType.RETURN, false), "sam", null).view().caseNumber();
		mvc.perform(get("/cases/" + again + "/returns/new").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(model().attribute("rma", org.hamcrest.Matchers.hasProperty("channel",
					org.hamcrest.Matchers.is(SaleChannel.IN_STORE))))
			.andExpect(content().string(containsString("As recorded on " + rma + " for the same order")));
	}

	/**
	 * A faulty £39.99 kettle ten days after purchase: "Show decision" refuses a deduction exactly as "Raise" does, at
	 * the same field with the same message, and never shows a refund that cannot be raised (£500 kept back showed
	 * "Refund: £-460.01"; £10 inside the short-term right to reject showed £29.99).
	 */
	@Test
	void showDecisionRefusesADeductionAsRaiseDoesAndShowsNoRefundThatCannotBeRaised() throws Exception {
		String caseNumber = returnCase();
		for (String deduction : List.of("500", "10")) {
			String[] fields = { "lines[0].unitPrice", "39.99", "deductionAmount", deduction, "deductionReason",
					"Scratched" };
			String shown = mvc.perform(returnForm(caseNumber, 10, fields).param("preview", "true"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("rma", "deductionAmount"))
				.andReturn().getResponse().getContentAsString();
			String refused = mvc.perform(returnForm(caseNumber, 10, fields))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("rma", "deductionAmount"))
				.andReturn().getResponse().getContentAsString();

			assertThat(errorBeside(shown, "deductionAmount")).as("deduction of £%s", deduction)
				.isEqualTo(errorBeside(refused, "deductionAmount"))
				.isNotBlank();
			assertThat(shown).doesNotContain("-460.01", "£29.99");
		}
		assertThat(rmas.forCase(caseNumber)).isEmpty();
	}

	/** The message the page shows beside a field. */
	private static String errorBeside(String html, String field) {
		String opening = "id=\"" + field + "-error\">";
		int start = html.indexOf(opening);
		assertThat(start).as("an error beside %s", field).isNotNegative();
		return html.substring(start + opening.length(), html.indexOf("</div>", start)).strip();
	}

	@Test
	void refusesANoteLongerThanItsColumnBesideTheNoteAndKeepsIt() throws Exception {
		String rma = raise(returnForm(returnCase(), 10));
		String note = "Checked in store. ".repeat(60);

		mvc.perform(post("/returns/" + rma + "/status").with(STAFF).with(csrf())
			.param("target", "AUTHORISED")
			.param("note", note)
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("step", "note"))
			.andExpect(content().string(containsString("Shorten the note to at most 1,000 characters.")))
			.andExpect(content().string(containsString(note.strip())));
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.REQUESTED);
	}

	@Test
	void recordsAGoodwillExceptionEscalatesTheCaseAndLetsOnlyASupervisorAuthoriseIt() throws Exception {
		String caseNumber = returnCase();

		// 45 days after purchase the law gives a repair; a refund is more than that.
		String rma = raise(returnForm(caseNumber, 45));

		ReturnAuthorisationView raised = rmas.get(rma);
		assertThat(raised.assessment().remedy()).isEqualTo(Remedy.REPAIR_OR_REPLACEMENT);
		assertThat(raised.goodwillException()).isTrue();
		assertThat(raised.escalationReasons()).contains("GOODWILL_EXCEPTION");
		assertThat(cases.get(caseNumber).escalationReasons()).contains("GOODWILL_EXCEPTION");

		mvc.perform(post("/returns/" + rma + "/status").with(STAFF).with(csrf())
			.param("target", "AUTHORISED")
			.param("version", shownVersion(rma)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("step", "target"))
			.andExpect(content().string(containsString(rma + " needs a supervisor to authorise or deny it.")));
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.REQUESTED);

		step(rma, "AUTHORISED", SUPERVISOR);
		assertThat(rmas.get(rma).decidedBy()).isEqualTo("sue");
	}

	@Test
	void aFourHundredPoundFaultyRefundWaitsInTheSupervisorsQueueAndTheApprovalAuthorisesIt() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 10, "lines[0].unitPrice", "400.00"));

		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(request.kind()).isEqualTo(ApprovalKind.REFUND);
		assertThat(request.amount()).isEqualByComparingTo("400.00");
		assertThat(request.reasons()).contains(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		assertThat(request.legalBasis()).contains("short-term right to reject");
		assertThat(request.requestedBy()).isEqualTo("sam");
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
		mvc.perform(post("/returns/" + rma + "/status").with(STAFF).with(csrf())
			.param("target", "AUTHORISED")
			.param("version", shownVersion(rma)))
			.andExpect(model().attributeHasFieldErrors("step", "target"));

		approvals.decide(request.id(), Decision.APPROVE, "Faulty on day 10", request.version(), "sue", false);

		ReturnAuthorisationView authorised = rmas.get(rma);
		assertThat(authorised.status()).isEqualTo(RmaStatus.AUTHORISED);
		assertThat(authorised.decidedBy()).isEqualTo("sue");
		assertThat(authorised.refundDueOn()).isEqualTo(clock.today().plusDays(13));
		assertThat(cases.get(caseNumber).approvalState()).isEqualTo(ApprovalState.APPROVED);
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(returnEntries(caseNumber)).last().asString().contains(rma);
		mvc.perform(get("/returns/" + rma).with(STAFF))
			.andExpect(content().string(containsString("Authorised")))
			.andExpect(content().string(containsString("by " + sue() + " on")))
			.andExpect(content().string(containsString("Faulty on day 10")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Needs a supervisor to authorise"))));
	}

	/**
	 * The policy escalates a final rejection whenever a deduction for use is allowed (more than 6 months after
	 * delivery, CRA 2015 s.24(10)), entered or not: every page says it is allowed, none that one was proposed.
	 */
	@Test
	void aFinalRejectionWithNoDeductionEnteredSaysADeductionIsAllowedNotThatOneWasProposed() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnFormFrom(STAFF, caseNumber, 0,
				"purchaseDate", clock.today().minusMonths(6).minusDays(10).toString(),
				"lines[0].unitPrice", "50.00", "lines[0].condition", "UNUSED",
				"failedRepairOrReplacement", "true", "offeredRemedy", "FINAL_REJECT_OR_PRICE_REDUCTION",
				"deductionAmount", ""));

		ReturnAuthorisationView raised = rmas.get(rma);
		assertThat(raised.refundAmount()).isEqualByComparingTo("50.00");
		assertThat(raised.escalationReasons()).containsExactly("DEDUCTION_FOR_USE");
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(request.reasons()).containsExactly(EscalationReason.DEDUCTION_FOR_USE);
		String allowed = "Deduction for use allowed: a final rejection more than 6 months after delivery";
		for (String page : List.of(
				mvc.perform(get("/returns/" + rma).with(STAFF)).andReturn().getResponse().getContentAsString(),
				mvc.perform(get("/approvals/" + request.id()).with(SUPERVISOR)).andReturn().getResponse()
					.getContentAsString(),
				mvc.perform(get("/cases/" + caseNumber).with(STAFF)).andReturn().getResponse().getContentAsString())) {
			assertThat(page).contains(allowed).doesNotContain("proposed");
		}
		assertThat(cases.get(caseNumber).timeline()).map(TimelineEntry::summary)
			.anyMatch(s -> s.contains("A deduction for use is allowed on this final rejection (more than 6 months"
					+ " after delivery), so the amount refunded needs authorising."))
			.noneMatch(s -> s.contains("proposed"));
	}

	@Test
	void keepsASupervisorsTwoThousandCharacterNoteOnTheRefundItAuthorises() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 10, "lines[0].unitPrice", "400.00"));
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		String note = "Checked the kettle's photos and the receipt. ".repeat(45).substring(0, 2000);

		approvals.decide(request.id(), Decision.APPROVE, note, request.version(), "sue", false);

		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.AUTHORISED);
		assertThat(rmas.get(rma).decisionNote()).isEqualTo(note);
	}

	@Test
	void escalatesARefundStillUnpaidFourteenDaysAfterItWasAgreed() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 10));
		step(rma, "AUTHORISED", STAFF);
		var due = rmas.get(rma).refundDueOn();

		rmas.escalateOverdueRefunds(due);
		assertThat(cases.get(caseNumber).escalationReasons()).as("due today: not late yet").doesNotContain("SLA_BREACH");

		rmas.escalateOverdueRefunds(due.plusDays(1));
		rmas.escalateOverdueRefunds(due.plusDays(2));

		assertThat(cases.get(caseNumber).escalationReasons()).contains("SLA_BREACH");
		assertThat(returnEntries(caseNumber)).filteredOn(e -> e.contains("not yet paid")).as("once only")
			.singleElement().asString().contains(rma, "s.20(15)");
	}

	@Test
	void aCancellationSentBackByPostIsDueFourteenDaysAfterTheCustomerShowsProofOfPosting() throws Exception {
		String caseNumber = returnCase();
		LocalDate today = clock.today();
		String rma = raise(returnForm(caseNumber, 6, "channel", "ONLINE", "proofOfPurchase", "ORDER_NUMBER",
				"deliveryDate", today.minusDays(4).toString(), "reasonCode", "CHANGED_MIND",
				"lines[0].condition", "UNUSED", "offeredRemedy", "CANCELLATION_REFUND", "returnMethod", "POST"));
		step(rma, "AUTHORISED", STAFF);
		assertThat(rmas.get(rma).refundDueOn()).as("waits for the goods").isNull();

		mvc.perform(post("/returns/" + rma + "/proof-of-posting").with(STAFF).with(csrf())
			.param("proofOfPostingOn", today.toString())
			.param("version", shownVersion(rma)))
			.andExpect(redirectedUrl("/returns/" + rma));

		ReturnAuthorisationView posted = rmas.get(rma);
		assertThat(posted.proofOfPostingOn()).isEqualTo(today);
		assertThat(posted.refundDueOn()).isEqualTo(today.plusDays(14));
		assertThat(returnEntries(caseNumber)).last().asString().contains(rma, "proof of posting", "reg 34(6)");
		step(rma, "RECEIVED", STAFF);
		assertThat(rmas.get(rma).refundDueOn()).as("the earlier of the two").isEqualTo(today.plusDays(14));
	}

	/**
	 * Once the customer shows proof of posting, the refund is due 14 days later whether or not the parcel arrives (CCR
	 * 2013 reg 34(5)): it can be paid and recorded without pretending the goods came back, and their arrival is still
	 * recorded after it.
	 */
	@Test
	void aCancellationRefundIsPaidOnProofOfPostingBeforeTheGoodsArriveAndTheirArrivalIsRecordedAfter() throws Exception {
		String caseNumber = returnCase();
		LocalDate today = clock.today();
		String rma = raise(returnForm(caseNumber, 6, "channel", "ONLINE", "proofOfPurchase", "ORDER_NUMBER",
				"deliveryDate", today.minusDays(4).toString(), "reasonCode", "CHANGED_MIND",
				"lines[0].condition", "UNUSED", "lines[0].unitPrice", "89.00", "offeredRemedy", "CANCELLATION_REFUND",
				"returnMethod", "POST"));
		step(rma, "AUTHORISED", STAFF);
		assertThat(customerCopy(rma)).contains("Please return the goods by post");
		mvc.perform(post("/returns/" + rma + "/proof-of-posting").with(STAFF).with(csrf())
			.param("proofOfPostingOn", today.toString())
			.param("version", shownVersion(rma)))
			.andExpect(redirectedUrl("/returns/" + rma));

		mvc.perform(get("/api/v1/returns/authorisations/" + rma).with(STAFF))
			.andExpect(jsonPath("$.nextStatuses", contains("RECEIVED", "REFUNDED")));
		assertThat(rmaPage(rma)).contains("value=\"REFUNDED\"");
		String due = today.plusDays(14).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
		assertThat(customerCopy(rma)).doesNotContain("Please return the goods")
			.contains("We have your proof of posting from "
					+ today.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
					+ "; we will refund you by " + due + ".");

		step(rma, "REFUNDED", STAFF);
		ReturnAuthorisationView paid = rmas.get(rma);
		assertThat(paid.status()).isEqualTo(RmaStatus.REFUNDED);
		assertThat(paid.receivedOn()).isNull();
		assertThat(paid.inspectedOn()).isNull();
		assertThat(returnEntries(caseNumber)).last().asString().contains(rma, "refund of £89.00 paid");
		rmas.escalateOverdueRefunds(today.plusDays(15));
		assertThat(cases.get(caseNumber).escalationReasons()).as("paid on time").doesNotContain("SLA_BREACH");

		mvc.perform(get("/api/v1/returns/authorisations/" + rma).with(STAFF))
			.andExpect(jsonPath("$.nextStatuses", contains("RECEIVED", "CLOSED")));
		step(rma, "RECEIVED", STAFF);
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.REFUNDED);
		assertThat(rmas.get(rma).receivedOn()).isEqualTo(today);
		assertThat(returnEntries(caseNumber)).last().asString().contains(rma, "goods received");
		step(rma, "CLOSED", STAFF);
	}

	/**
	 * Offered a final rejection or a price reduction after a repair failed (CRA 2015 s.24), the customer keeps the
	 * coffee machine with £49 off: the refund is the reduction, nothing comes back, and no deduction for use is asked.
	 */
	@Test
	void aCustomerWhoKeepsGoodsWithAPriceReductionIsRefundedTheReductionAndSendsNothingBack() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 0, "purchaseDate", clock.today().minusMonths(4).toString(),
				"failedRepairOrReplacement", "true", "lines[0].description", "Coffee machine", "lines[0].unitPrice",
				"149.00", "customerWish", "PRICE_REDUCTION", "offeredRemedy", "FINAL_REJECT_OR_PRICE_REDUCTION",
				"finalChoice", "PRICE_REDUCTION", "priceReduction", "£49.00", "returnMethod", ""));

		ReturnAuthorisationView raised = rmas.get(rma);
		assertThat(raised.refundAmount()).isEqualByComparingTo("49.00");
		assertThat(raised.returnMethod()).isNull();
		assertThat(raised.needsApproval()).isFalse();
		assertThat(rmaPage(rma)).contains("Nothing comes back: the customer keeps the goods",
				"price reduction, the customer keeps the goods");
		mvc.perform(get("/api/v1/returns/authorisations/" + rma).with(STAFF))
			.andExpect(jsonPath("$.offer.keepsGoods").value(true))
			.andExpect(jsonPath("$.refund.amount").value(49.00))
			.andExpect(jsonPath("$.refund.deduction").doesNotExist());

		step(rma, "AUTHORISED", STAFF);
		assertThat(customerCopy(rma)).contains(
				"You are keeping the Coffee machine; we will refund £49.00 as a price reduction",
				"You are keeping the goods; we will pay the price reduction by")
			.doesNotContain("Please return the goods");
		mvc.perform(get("/api/v1/returns/authorisations/" + rma).with(STAFF))
			.andExpect(jsonPath("$.nextStatuses", contains("REFUNDED")));
		step(rma, "REFUNDED", STAFF);
		assertThat(returnEntries(caseNumber)).last().asString().contains(rma, "refund of £49.00 paid");
	}

	@Test
	void aPriceReductionOfTheWholePriceIsRefusedBesideTheReductionKeepingWhatWasTyped() throws Exception {
		String caseNumber = returnCase();
		String page = mvc.perform(returnForm(caseNumber, 0, "purchaseDate", clock.today().minusMonths(4).toString(),
				"failedRepairOrReplacement", "true", "lines[0].unitPrice", "149.00", "customerWish", "PRICE_REDUCTION",
				"offeredRemedy", "FINAL_REJECT_OR_PRICE_REDUCTION", "finalChoice", "PRICE_REDUCTION",
				"priceReduction", "149.00", "returnMethod", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(errorBeside(page, "priceReduction")).contains("less than the price paid");
		assertThat(page).contains("value=\"149.00\"");
		assertThat(rmas.forCase(caseNumber)).isEmpty();
	}

	/**
	 * "Price reduction" is the remedy of digital content and services: for goods the form says, beside the remedy,
	 * how a price reduction is recorded, on the live card as on "Raise", and keeps what was typed.
	 */
	@Test
	void aPriceReductionOfGoodsIsRefusedBesideTheRemedyNamingTheChoiceToMake() throws Exception {
		String caseNumber = returnCase();
		String[] typed = { "purchaseDate", clock.today().minusMonths(4).toString(), "failedRepairOrReplacement", "true",
				"lines[0].description", "Coffee machine", "lines[0].unitPrice", "149.00", "customerWish",
				"PRICE_REDUCTION", "offeredRemedy", "PRICE_REDUCTION" };
		String page = mvc.perform(returnForm(caseNumber, 0, typed))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Map<String, String> fields = ReturnForms.faultyKettle(clock.today(), clock.today());
		for (int i = 0; i < typed.length; i += 2) {
			fields.put(typed[i], typed[i + 1]);
		}
		MockHttpServletRequestBuilder card = post("/cases/" + caseNumber + "/returns/decision").with(STAFF).with(csrf());
		fields.forEach(card::param);
		String decision = mvc.perform(card).andReturn().getResponse().getContentAsString();

		String pointer = "For goods, a price reduction is recorded as “Final rejection (refund) or price reduction”: "
				+ "choose that remedy, then “Price reduction: the customer keeps the goods”.";
		assertThat(errorBeside(page, "offeredRemedy")).isEqualTo(pointer);
		assertThat(decision).contains("data-field=\"offeredRemedy\">" + pointer);
		assertThat(page).contains("<option value=\"PRICE_REDUCTION\" selected=\"selected\">Price reduction</option>",
				"value=\"Coffee machine\"");
		assertThat(rmas.forCase(caseNumber)).isEmpty();
	}

	/**
	 * The live decision card words the explanation as the RMA page does once raised: goods the shop collects are not
	 * sent back, and their refund runs from the day the customer cancelled.
	 */
	@Test
	void theLiveDecisionWordsTheExplanationAsTheReturnIsArranged() throws Exception {
		String caseNumber = returnCase();
		Map<String, String> fields = ReturnForms.faultyKettle(clock.today().minusDays(6), clock.today());
		fields.putAll(Map.of("channel", "ONLINE", "deliveryDate", clock.today().minusDays(4).toString(),
				"reasonCode", "CHANGED_MIND", "lines[0].description", "Boots", "lines[0].condition", "UNUSED",
				"customerWish", "REFUND", "offeredRemedy", "CANCELLATION_REFUND", "returnMethod", "COLLECTION"));
		MockHttpServletRequestBuilder card = post("/cases/" + caseNumber + "/returns/decision").with(STAFF).with(csrf());
		fields.forEach(card::param);

		String decision = mvc.perform(card).andReturn().getResponse().getContentAsString();

		assertThat(decision).contains("We will collect the Boots from you, so you do not need to send it back.",
				"We will refund the price and the standard delivery charge within 14 days of you telling us you are "
						+ "cancelling.")
			.doesNotContain("send or bring", "proof of posting");
		MockHttpServletRequestBuilder form = post("/cases/" + caseNumber + "/returns").with(STAFF).with(csrf());
		fields.forEach(form::param);
		String rma = raise(form);
		assertThat(rmaPage(rma)).contains("We will collect the Boots from you, so you do not need to send it back.");
	}

	/**
	 * An unused kettle bought in store 13 days ago that the customer wants to exchange, offered a goodwill exchange: the
	 * live card, the RMA page and the customer copy all say the customer gets a gift card when that is the refund method
	 * chosen, and otherwise (cash, say) that the kettle is exchanged for another item; never a refund to the card.
	 */
	@Test
	void aGoodwillExchangeSaysTheSameOnTheLiveCardThePageAndTheCustomerCopy() throws Exception {
		Map<String, String> giftCard = Map.of("refundMethod", "GIFT_CARD", "returnMethod", "COLLECTION");
		Map<String, String> cash = Map.of("refundMethod", "CASH", "returnMethod", "IN_STORE");
		for (Map<String, String> arranged : List.of(giftCard, cash)) {
			String caseNumber = returnCase();
			Map<String, String> fields = ReturnForms.faultyKettle(clock.today().minusDays(13), clock.today());
			fields.putAll(Map.of("reasonCode", "CHANGED_MIND", "lines[0].condition", "UNUSED", "customerWish",
					"EXCHANGE", "offeredRemedy", "GOODWILL_EXCHANGE"));
			fields.putAll(arranged);
			String chosen = arranged == giftCard ? "We will give you the price you paid as a gift card."
					: "We will exchange the Kettle for another item.";
			MockHttpServletRequestBuilder card = post("/cases/" + caseNumber + "/returns/decision").with(STAFF)
				.with(csrf());
			fields.forEach(card::param);

			String decision = mvc.perform(card).andReturn().getResponse().getContentAsString();
			MockHttpServletRequestBuilder form = post("/cases/" + caseNumber + "/returns").with(STAFF).with(csrf());
			fields.forEach(form::param);
			String rma = raise(form);

			assertThat(List.of(decision, rmaPage(rma), customerCopy(rma))).as(arranged.toString())
				.allSatisfy(shown -> assertThat(shown).contains(chosen)
					.doesNotContain("We will refund", "original payment method"));
			assertThat(customerCopy(rma)).contains("Goodwill exchange or gift card");
		}
	}

	/**
	 * Approval decides who pays out a statutory refund, never whether the customer is entitled: the supervisor is told
	 * so before deciding, and a refusal leaves the RMA saying the right stands and how the customer can challenge it.
	 */
	@Test
	void aStatutoryRefundRefusedKeepsSayingTheCustomersRightStands() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 10, "lines[0].unitPrice", "400.00"));
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(request.summary()).contains("That is the law: approving decides who pays it out, not whether the "
				+ "customer is entitled. Reject only if a fact it rests on does not hold");

		approvals.decide(request.id(), Decision.REJECT, "No purchase on this card", request.version(), "sue", false);

		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.DENIED);
		String page = mvc.perform(get("/returns/" + rma).with(STAFF)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"denied-right\"", "The law entitles the customer to this: Full refund (Consumer "
				+ "Rights Act 2015", "The refusal does not take that right away");
	}

	/** A goodwill exception refused is the shop's promise refused: what the law gives is left, and the page says so. */
	@Test
	void aGoodwillExceptionRefusedLeavesTheRemedyTheLawGives() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 45));
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(request.summary()).doesNotContain("That is the law");

		approvals.decide(request.id(), Decision.REJECT, "Outside our policy", request.version(), "sue", false);

		String page = mvc.perform(get("/returns/" + rma).with(STAFF)).andReturn().getResponse().getContentAsString();
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.DENIED);
		assertThat(page).contains("id=\"denied-right\"", "What was refused went beyond the law. The customer is still "
				+ "entitled by law to this: Repair or replacement").doesNotContain("The refusal does not take that right away");
	}

	/** Closing only files a denied return: it is still shown as denied, with what the law leaves the customer. */
	@Test
	void aDeniedReturnClosedSinceStillSaysItWasDenied() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 45));
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "Outside our policy", request.version(), "sue", false);

		step(rma, "CLOSED", STAFF);

		String page = mvc.perform(get("/returns/" + rma).with(STAFF)).andReturn().getResponse().getContentAsString();
		int decision = page.indexOf("id=\"approval-decision\"");
		assertThat(page.substring(decision, page.indexOf("</p>", decision))).contains(">Denied<")
			.doesNotContain("Authorised");
		assertThat(page).contains("id=\"denied-right\"", "The customer is still entitled by law to this: Repair or "
				+ "replacement");
		byte[] pdf = mvc.perform(get("/returns/" + rma + ".pdf").with(STAFF)).andReturn().getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("Next steps We are not able to accept this return").doesNotContain("This return is complete");
		}
	}

	/** The customer's copy of a refused goodwill exception says it was refused, and why, not that it is offered. */
	@Test
	void theCustomerCopyOfARefusedGoodwillExceptionSaysTheReturnIsNotAccepted() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 45));
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "Outside our policy", request.version(), "sue", false);

		byte[] pdf = mvc.perform(get("/returns/" + rma + ".pdf").with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Our decision We cannot accept this return", "Why not Outside our policy",
					"Your legal right Repair or replacement")
				.doesNotContain("Our decision Full refund", "more than the law requires", "Refund method");
		}
	}

	/**
	 * A return the law gives nothing for offers to ask a supervisor for a goodwill exception. Once asked for, the page
	 * says so; once the queue refuses it, the page says who refused it, when and why, and no longer offers to ask. The
	 * stored decision keeps the sentence as the engine wrote it.
	 */
	@Test
	void aGoodwillExceptionAskedForAndRefusedIsNoLongerOfferedOnThePage() throws Exception {
		String caseNumber = returnCase();
		String offer = "We can ask a supervisor whether a goodwill exception is possible.";
		String rma = raise(goodwillExceptionForm(caseNumber));
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(request.kind()).isEqualTo(ApprovalKind.GOODWILL_EXCEPTION);

		assertThat(rmaPage(rma)).contains("We have asked a supervisor whether a goodwill exception is possible.")
			.doesNotContain(offer);

		approvals.decide(request.id(), Decision.REJECT, "Used for six weeks", request.version(), "sue", false);

		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.DENIED);
		assertThat(rmaPage(rma))
			.containsPattern("We asked a supervisor for a goodwill exception, and " + Pattern.quote(sue()) + " refused it on "
					+ "\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}: Used for six weeks")
			.doesNotContain(offer, "We have asked");
		step(rma, "CLOSED", STAFF);
		assertThat(rmaPage(rma)).contains("We asked a supervisor for a goodwill exception, and " + sue() + " refused it")
			.doesNotContain(offer);
		assertThat(rmas.get(rma).assessment().explanation()).as("the record, as decided").contains(offer);
	}

	/**
	 * A £300 refund a supervisor refuses ("the receipt is from another retailer") no longer promises to pay, nor that a
	 * supervisor will authorise the payment, on the page or the customer copy, also once closed; the customer's right,
	 * and how to challenge the refusal, are still stated. The stored decision keeps every sentence as decided.
	 */
	@Test
	void aDeniedRefundNoLongerPromisesToPayOnThePageOrTheCustomerCopy() throws Exception {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, "The vacuum cleaner I bought "
				+ "stopped working after three days. I want a refund.", new ContactDetails("Jane Smith",
						UUID.randomUUID() + "@example.com", null), null, "R-300", "Vacuum cleaner", CaseType.RETURN,
				false), "sam", null).view().caseNumber();
		String promise = "We will refund you within 14 days, by the same method you paid with.";
		String authorising = "a supervisor will authorise the payment";
		String rma = raise(returnForm(caseNumber, 4, "lines[0].description", "Vacuum cleaner",
				"lines[0].unitPrice", "300.00", "lines[0].condition", "UNUSED"));
		assertThat(rmaPage(rma)).contains(promise, authorising);
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();

		approvals.decide(request.id(), Decision.REJECT, "Receipt is from another retailer", request.version(), "sue",
				false);

		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.DENIED);
		for (boolean closed : List.of(false, true)) {
			if (closed) {
				step(rma, "CLOSED", STAFF);
			}
			assertThat(rmaPage(rma)).as(closed ? "closed" : "denied")
				.contains("Because the Vacuum cleaner developed a fault within 30 days of delivery, you are entitled "
						+ "to a full refund", "The refusal does not take that right away")
				.doesNotContain(promise, authorising);
			assertThat(customerCopy(rma)).as(closed ? "closed" : "denied")
				.contains("Our decision We cannot accept this return", "Why not Receipt is from another retailer",
						"you are entitled to a full refund under the Consumer Rights Act 2015",
						"If you disagree, please contact us")
				.doesNotContain(promise, authorising);
		}
		assertThat(rmas.get(rma).assessment().explanation()).as("the record, as decided").contains(promise)
			.anySatisfy(sentence -> assertThat(sentence).contains(authorising));
	}

	/**
	 * A goodwill exception granted is no longer offered as still to ask: the page says who granted it and when, the
	 * customer copy only that it was granted. The stored decision keeps the sentence as the engine wrote it.
	 */
	@Test
	void aGoodwillExceptionGrantedIsNoLongerOfferedOnThePageOrTheCustomerCopy() throws Exception {
		String caseNumber = returnCase();
		String offer = "We can ask a supervisor whether a goodwill exception is possible.";
		String rma = raise(goodwillExceptionForm(caseNumber));

		step(rma, "AUTHORISED", SUPERVISOR);

		assertThat(rmaPage(rma)).containsPattern("We asked a supervisor for a goodwill exception, and " + Pattern.quote(sue()) + " granted it "
				+ "on \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}.").doesNotContain(offer);
		assertThat(customerCopy(rma)).contains("We asked a supervisor for a goodwill exception, and it was granted.")
			.doesNotContain(offer, "sue granted");
		step(rma, "RECEIVED", STAFF);
		assertThat(rmaPage(rma)).as("and at every step after").contains("and " + sue() + " granted it on").doesNotContain(offer);
		assertThat(rmas.get(rma).assessment().explanation()).as("the record, as decided").contains(offer);
	}

	/**
	 * A £45 refund offered 75 days after an in-store purchase, where the law gives a repair or replacement, is a
	 * goodwill exception. Until a supervisor decides it, the page and the customer copy say it is asked for: the copy
	 * states no decision or refund of its own, only the customer's legal right and that a supervisor is being asked for
	 * more. Granted, the copy offers the refund as a goodwill gesture; refused, it says the return is not accepted.
	 */
	@Test
	void aGoodwillExceptionStillWaitingIsAskedForNotOfferedOnThePageOrTheCustomerCopy() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 75, "lines[0].unitPrice", "45.00"));
		String offering = "We are offering more than the law requires";
		String asked = "We have asked a supervisor whether we can offer more as a goodwill exception (Full refund)";

		assertThat(rmas.get(rma).assessment().remedy()).isEqualTo(Remedy.REPAIR_OR_REPLACEMENT);
		assertThat(rmaPage(rma)).contains("Full refund: asked for as a goodwill exception, waiting for a supervisor "
				+ "to decide", asked);
		assertThat(customerCopy(rma)).contains("Status Requested",
				"Our decision Waiting for a supervisor's decision on a goodwill exception",
				"Your legal right Repair or replacement",
				"Asked for: Full refund. This is more than the law requires, so we have asked a supervisor", asked)
			.doesNotContain("Our decision Full refund", offering, "Refund £45.00", "Refund due by");

		step(rma, "AUTHORISED", SUPERVISOR);

		assertThat(rmaPage(rma)).doesNotContain(asked, "asked for as a goodwill exception");
		assertThat(customerCopy(rma)).contains("Our decision Full refund", offering, "Refund £45.00")
			.doesNotContain(asked, "Asked for:", "Waiting for");

		String refused = raise(returnForm(returnCase(), 75, "lines[0].unitPrice", "45.00"));
		var request = approvals.pendingFor(rmas.get(refused).caseNumber(), refused).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "Outside our policy", request.version(), "sue", false);
		assertThat(customerCopy(refused)).contains("Our decision We cannot accept this return")
			.doesNotContain(asked, "Asked for:", offering, "Refund £45.00");
	}

	/**
	 * A £45 refund granted as a goodwill exception where the law gives a repair or replacement (75 days after an
	 * in-store purchase): the page and the customer copy offer the refund, and "Why" no longer says the item will be
	 * repaired or replaced, but that the refund is a goodwill gesture beyond the legal right, which was a repair or
	 * replacement. Waiting and refused, they read as before. The stored decision keeps every sentence as decided.
	 */
	@Test
	void aGoodwillRefundGrantedWhereTheLawGivesARepairSaysWhyItIsAGoodwillGesture() throws Exception {
		String repair = "we will repair or replace it free of charge";
		String right = "legal right here was this: Repair or replacement (Consumer Rights Act 2015 s.23 (repair or "
				+ "replacement))";
		String granted = raise(returnForm(returnCase(), 75, "lines[0].unitPrice", "45.00"));
		assertThat(rmaPage(granted)).as("waiting").contains(repair, "asked for as a goodwill exception")
			.doesNotContain(right);
		assertThat(customerCopy(granted)).as("waiting").contains(repair).doesNotContain(right);

		step(granted, "AUTHORISED", SUPERVISOR);

		String page = rmaPage(granted);
		assertThat(page).contains("id=\"offered\">Full refund<")
			.containsPattern("We asked a supervisor for a goodwill exception, and " + Pattern.quote(sue()) + " granted it on "
					+ "\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}: what we give is more than the law requires, as a "
					+ "goodwill gesture. The customer&#39;s " + Pattern.quote(right) + ".")
			.doesNotContain(repair);
		assertThat(customerCopy(granted)).contains("Our decision Full refund", "Why We asked a supervisor for a "
				+ "goodwill exception, and it was granted: what we give you is more than the law requires, as a "
				+ "goodwill gesture. Your " + right + ".")
			.doesNotContain(repair, "sue");
		step(granted, "RECEIVED", STAFF);
		assertThat(rmaPage(granted)).as("and at every step after").contains(right).doesNotContain(repair);
		assertThat(rmas.get(granted).assessment().explanation()).as("the record, as decided")
			.anySatisfy(sentence -> assertThat(sentence).contains(repair));

		String refused = raise(returnForm(returnCase(), 75, "lines[0].unitPrice", "45.00"));
		var request = approvals.pendingFor(rmas.get(refused).caseNumber(), refused).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "Outside our policy", request.version(), "sue", false);
		assertThat(rmaPage(refused)).as("refused").contains(repair).doesNotContain(right);
		assertThat(customerCopy(refused)).as("refused").contains("Our decision We cannot accept this return", repair)
			.doesNotContain(right);
	}

	/**
	 * The staff page's Refund card of a £45 goodwill refund still waiting for a supervisor says the amount is asked
	 * for, as Offered does, not as agreed; once granted it is the refund's amount.
	 */
	@Test
	void theRefundCardOfAGoodwillExceptionStillWaitingSaysTheAmountIsAskedFor() throws Exception {
		String rma = raise(returnForm(returnCase(), 75, "lines[0].unitPrice", "45.00"));

		assertThat(refundCard(rmaPage(rma))).contains("£45.00: asked for as a goodwill exception, waiting for a "
				+ "supervisor to decide").doesNotContain(">£45.00<");

		step(rma, "AUTHORISED", SUPERVISOR);

		assertThat(refundCard(rmaPage(rma))).contains("id=\"refund-amount\">£45.00<").doesNotContain("asked for");
	}

	/** The page's Refund card, from its heading to the end of its section. */
	private static String refundCard(String page) {
		int heading = page.indexOf("id=\"money-heading\"");
		assertThat(heading).as("the Refund card").isNotNegative();
		return page.substring(heading, page.indexOf("</section>", heading));
	}

	/**
	 * A goodwill refund where the law gives nothing, still waiting, no longer says both that it is offered and that a
	 * supervisor is being asked: the customer copy only says it is asked for.
	 */
	@Test
	void theCustomerCopyOfAGoodwillRefundStillWaitingDoesNotOfferIt() throws Exception {
		String rma = raise(goodwillExceptionForm(returnCase()));

		assertThat(rmas.get(rma).assessment().remedy()).isEqualTo(Remedy.NO_REMEDY);
		assertThat(customerCopy(rma)).contains("Our decision Waiting for a supervisor's decision on a goodwill "
				+ "exception", "Asked for: Goodwill refund",
				"We have asked a supervisor whether a goodwill exception is possible.")
			.doesNotContain("Our decision Goodwill refund", "We are offering more than the law requires",
					"Refund £49.99");
	}

	/**
	 * Once a supervisor has authorised a £300 refund, "a supervisor will authorise the payment" is done: the page and
	 * the customer copy no longer say it, and still promise the refund.
	 */
	@Test
	void aRefundOverTheLimitOnceAuthorisedNoLongerSaysASupervisorWillAuthoriseIt() throws Exception {
		String rma = raise(returnForm(returnCase(), 4, "lines[0].unitPrice", "300.00"));
		String authorising = "a supervisor will authorise the payment";
		String promise = "We will refund you within 14 days, by the same method you paid with.";
		assertThat(rmaPage(rma)).contains(authorising);

		step(rma, "AUTHORISED", SUPERVISOR);

		assertThat(rmaPage(rma)).contains(promise).doesNotContain(authorising);
		assertThat(customerCopy(rma)).contains(promise).doesNotContain(authorising);
		assertThat(rmas.get(rma).assessment().explanation()).as("the record, as decided")
			.anySatisfy(sentence -> assertThat(sentence).contains(authorising));
	}

	/** A return without proof of purchase, once denied, no longer says a supervisor will check the purchase. */
	@Test
	void aReturnWithoutProofOfPurchaseOnceDeniedNoLongerSaysASupervisorWillCheckIt() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 4, "proofOfPurchase", "NONE"));
		String check = "so a supervisor will check it";
		assertThat(rmaPage(rma)).contains(check);
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();

		approvals.decide(request.id(), Decision.REJECT, "No record of the sale", request.version(), "sue", false);

		assertThat(rmaPage(rma)).contains("The refusal does not take that right away").doesNotContain(check);
		assertThat(customerCopy(rma)).contains("Why not No record of the sale").doesNotContain(check);
	}

	/**
	 * returns-policy.md has one rule for an agreed refund, "within 14 days of agreeing it — CRA s.20(15)": a goodwill
	 * refund and a goodwill exception paid as a full refund, authorised the same day, are due the same day, the 14th
	 * counting that day, and the page says it is the shop's own promise for both.
	 */
	@Test
	void twoGoodwillRefundsAuthorisedOnTheSameDayAreDueOnTheSameDay() throws Exception {
		// Ten days: inside the goodwill window even once another test here has cut it to 14 days.
		String goodwill = raise(returnForm(returnCase(), 10, "reasonCode", "CHANGED_MIND", "lines[0].condition",
				"UNUSED", "offeredRemedy", "GOODWILL_REFUND"));
		String exception = raise(returnForm(returnCase(), 75));
		assertThat(rmas.get(goodwill).assessment().remedy()).isEqualTo(Remedy.GOODWILL_REFUND);
		assertThat(rmas.get(exception).goodwillException()).isTrue();

		step(goodwill, "AUTHORISED", SUPERVISOR);
		step(exception, "AUTHORISED", SUPERVISOR);

		LocalDate due = clock.today().plusDays(13);
		assertThat(List.of(rmas.get(goodwill).refundDueOn(), rmas.get(exception).refundDueOn())).containsOnly(due);
		// Neither is a statutory refund, so neither page cites the statute for the day it is due.
		String promise = "Within 14 days of being authorised, that day included: our own goodwill promise, counted as "
				+ "the law counts any refund agreed.";
		assertThat(rmaPage(goodwill)).contains(due.format(ShownDates.DAY), promise);
		assertThat(rmaPage(exception)).contains(due.format(ShownDates.DAY), promise).doesNotContain("s.20(15)");
		assertThat(customerCopy(goodwill)).contains("Refund due by "
				+ due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
	}

	/** The wrong item sent does not conform to the contract, and the decision says so rather than calling it a fault. */
	@Test
	void aWrongItemSentIsExplainedAsNotTheItemOrderedNotAsAFault() throws Exception {
		String rma = raise(returnForm(returnCase(), 4, "reasonCode", "WRONG_ITEM", "lines[0].condition", "UNUSED"));

		assertThat(rmaPage(rma)).contains("Because the Kettle was not the item you ordered")
			.doesNotContain("developed a fault");
		assertThat(customerCopy(rma)).contains("Because the Kettle was not the item you ordered")
			.doesNotContain("developed a fault");
		assertThat(rmas.get(rma).assessment().remedy()).isEqualTo(Remedy.FULL_REFUND);
	}

	/** The customer copy's text, white space run together. */
	private String customerCopy(String rma) throws Exception {
		byte[] pdf = mvc.perform(get("/returns/" + rma + ".pdf").with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private String rmaPage(String rma) throws Exception {
		return mvc.perform(get("/returns/" + rma).with(STAFF)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void aDecisionFromTheReturnPageGoesThroughTheApprovalQueue() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 10, "lines[0].unitPrice", "400.00"));

		step(rma, "AUTHORISED", SUPERVISOR);

		assertThat(approvals.pendingFor(caseNumber, rma)).isEmpty();
		assertThat(approvals.forCase(caseNumber)).singleElement()
			.satisfies(a -> assertThat(a.decidedBy()).isEqualTo("sue"));
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.AUTHORISED);
	}

	/**
	 * A supervisor who asks for a refund above the front-line limit may not authorise it: the page says so in place of
	 * the buttons, and a decision sent anyway (a stale page) is refused there, not with an error page.
	 */
	@Test
	void aSupervisorsOwnRefundWaitsForAnotherSupervisorAndThePageSaysWhy() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnFormFrom(SUPERVISOR, caseNumber, 10, "lines[0].unitPrice", "400.00"));
		String why = "You asked for this refund: another supervisor or a manager decides it.";

		String page = mvc.perform(get("/returns/" + rma).with(SUPERVISOR))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(why).doesNotContain("value=\"AUTHORISED\"", "value=\"DENIED\"");

		mvc.perform(post("/returns/" + rma + "/status").with(SUPERVISOR).with(csrf())
			.param("target", "AUTHORISED")
			.param("version", shownVersion(rma)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("step", "target"))
			.andExpect(content().string(containsString(why)));
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.REQUESTED);
		assertThat(approvals.pendingFor(caseNumber, rma)).isPresent();

		step(rma, "AUTHORISED", user("sid").roles("SUPERVISOR"));
		assertThat(rmas.get(rma).decidedBy()).isEqualTo("sid");
	}

	@Test
	void refusesToOfferARepairToACustomerOwedARefund() throws Exception {
		String caseNumber = returnCase();

		mvc.perform(returnForm(caseNumber, 10, "offeredRemedy", "REPAIR_OR_REPLACEMENT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rma", "offeredRemedy", "rma.offer.lesser.statutory"))
			.andExpect(content().string(containsString("The customer has a legal right to Full refund")));
		assertThat(rmas.forCase(caseNumber)).isEmpty();
	}

	@Test
	void keepsOldDecisionsOnTheVersionTheyUsedWhenAManagerChangesTheGoodwillWindow() throws Exception {
		String caseNumber = returnCase();
		String unwanted = "{\"channel\": \"IN_STORE\", \"purchaseDate\": \"%s\", \"price\": 20.00}"
			.formatted(clock.today().minusDays(20));
		String before = policies.current().label();
		String rma = raise(returnForm(caseNumber, 20, "reasonCode", "CHANGED_MIND", "lines[0].condition", "UNUSED",
				"offeredRemedy", "GOODWILL_REFUND"));
		assertThat(rmas.get(rma).assessment().remedy()).isEqualTo(Remedy.GOODWILL_REFUND);

		LocalDate from = clock.today();
		assertThat(policies.earliestEffectiveDate()).as("no later version is scheduled").isEqualTo(from);
		mvc.perform(post("/admin/returns-policy").with(MANAGER).with(csrf())
			.param("goodwillDays", "14")
			.param("acceptedGoodwillProofs", "RECEIPT", "ORDER_NUMBER", "BANK_STATEMENT")
			.param("excludePersonalised", "true")
			.param("excludePerishable", "true")
			.param("excludeUnsealedHygiene", "true")
			.param("excludeUnsealedMedia", "true")
			.param("frontLineRefundLimit", "250.00")
			.param("supervisorRefundLimit", "1000.00")
			.param("effectiveFrom", from.toString()))
			.andExpect(redirectedUrl("/admin/returns-policy"));
		String after = policies.history().get(0).label();
		assertThat(after).isNotEqualTo(before);

		assertThat(rmas.get(rma).assessment().policyVersion()).isEqualTo(before);
		mvc.perform(get("/returns/" + rma).with(STAFF)).andExpect(content().string(containsString(before)));
		mvc.perform(post("/api/v1/returns/assessments").with(STAFF).contentType(MediaType.APPLICATION_JSON)
			.content(unwanted))
			.andExpect(jsonPath("$.policyVersion").value(after))
			.andExpect(jsonPath("$.remedy").value("NO_REMEDY"));
		mvc.perform(get("/admin/returns-policy").with(MANAGER))
			.andExpect(content().string(containsString(before)))
			.andExpect(content().string(containsString(after)));
	}

	@Test
	void aReturnsCustomerErasedOnceTheRefundIsPaidAndTheCaseClosedLeavesNoTrace() throws Exception {
		// A name, e-mail and phone no other test uses, to look for them in every table once they are erased.
		String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String name = "Jane Quennell-" + suffix;
		String email = suffix + "@example.com";
		String phone = "07700 9" + String.format("%05d", Math.abs(suffix.hashCode()) % 100_000);
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.IN_STORE,
				"My Quennell-" + suffix + " kettle stopped working, I want a refund",
				new ContactDetails(name, email, phone), null, "R-" + suffix, "Kettle", CaseType.RETURN, false), "sam",
				null).view().caseNumber();
		String rma = raise(returnForm(caseNumber, 10, "lines[0].unitPrice", "400.00", "customerName", name,
				"orderReference", "R-" + suffix, "reasonDetail", "Sparks at the plug, says " + name));
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(request.id(), Decision.APPROVE, "Faulty on day 10, " + name + " showed the receipt",
				request.version(), "sue", false);
		for (String target : List.of("RECEIVED", "INSPECTED", "REFUNDED", "CLOSED")) {
			step(rma, target, STAFF);
		}
		long customerId = cases.get(caseNumber).customerId();
		assertThat(dataProtection.reasonsToKeep(customerId)).isNotEmpty();

		followUps.forCase(caseNumber).stream().filter(FollowUpView::isOpen)
			.forEach(f -> followUps.complete(f.id(), "Done", f.version(), f.owner()));
		if (cases.get(caseNumber).status() != CaseStatus.RESOLVED) {
			cases.changeStatus(caseNumber, CaseStatus.RESOLVED, "Refunded", "sam");
		}
		closing.close(caseNumber, new ClosingRequest("Refunded £400 to " + name, true, true, true, null, null, null,
				false), "sam");
		assertThat(columnsHolding(email)).isNotEmpty();

		assertThat(dataProtection.erase(customerId, "mo", "Asked in store; receipt matched").erased()).isTrue();

		assertThat(columnsHolding(name)).isEmpty();
		assertThat(columnsHolding(email)).isEmpty();
		assertThat(columnsHolding(phone)).isEmpty();
		assertThat(columnsHolding(phone.replace(" ", ""))).isEmpty();
		assertThat(columnsHolding(suffix)).isEmpty();
		ReturnAuthorisationView kept = rmas.get(rma);
		assertThat(kept.status()).isEqualTo(RmaStatus.CLOSED);
		assertThat(kept.refundAmount()).isEqualByComparingTo("400.00");
		assertThat(kept.lines()).extracting(ItemLine::serialNumber).containsExactly("SN-77");
		assertThat(approvals.forCase(caseNumber)).singleElement()
			.satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("400.00"));
	}

	/** Resolves the case and closes it with the checklist, finishing any follow-up first. */
	private void resolveAndClose(String caseNumber) {
		followUps.forCase(caseNumber).stream().filter(FollowUpView::isOpen)
			.forEach(f -> followUps.complete(f.id(), "Done", f.version(), f.owner()));
		if (cases.get(caseNumber).status() != CaseStatus.RESOLVED) {
			cases.changeStatus(caseNumber, CaseStatus.RESOLVED, "Sorted in store", "sam");
		}
		closing.close(caseNumber, new ClosingRequest("Sorted in store", true, true, true, null, null, null, false),
				"sam");
	}

	/**
	 * A closed case was closed with every return on it finished, and keeps its priority: it takes no new return
	 * authorisation (which would escalate it and wait for a supervisor on a case nobody works) until it is reopened.
	 */
	@Test
	void aClosedCaseTakesNoReturnAuthorisationUntilItIsReopened() throws Exception {
		String caseNumber = returnCase();
		resolveAndClose(caseNumber);
		String closed = "Case " + caseNumber + " is closed: reopen it first to raise a return authorisation on it.";

		mvc.perform(get("/cases/" + caseNumber + "/returns/new").with(STAFF))
			.andExpect(redirectedUrl("/cases/" + caseNumber + "/returns"));
		mvc.perform(get("/cases/" + caseNumber + "/returns").with(STAFF))
			.andExpect(content().string(containsString(closed)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/returns/new"))));
		mvc.perform(returnForm(caseNumber, 10, "lines[0].unitPrice", "400.00", "reasonDetail", "Sparks at the plug"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("rma"))
			.andExpect(content().string(containsString(closed)))
			.andExpect(content().string(containsString("Sparks at the plug")));

		assertThat(rmas.forCase(caseNumber)).isEmpty();
		assertThat(approvals.forCase(caseNumber)).isEmpty();
		var after = cases.get(caseNumber);
		assertThat(after.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(after.priority()).isEqualTo(uk.aftercare.cases.Priority.NORMAL);
		assertThat(after.escalated()).isFalse();

		cases.changeStatus(caseNumber, CaseStatus.REOPENED, "The customer came back", "sam");
		raise(returnForm(caseNumber, 10));
		assertThat(rmas.forCase(caseNumber)).hasSize(1);
	}

	/**
	 * A resolved case takes a return authorisation as it takes a contact or a follow-up, and stays resolved; it
	 * cannot be closed until the return is finished.
	 */
	@Test
	void aResolvedCaseTakesAReturnAuthorisationAndCannotBeClosedUntilItIsFinished() throws Exception {
		String caseNumber = returnCase();
		cases.changeStatus(caseNumber, CaseStatus.RESOLVED, "Sorted in store", "sam");

		String rma = raise(returnForm(caseNumber, 10));

		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.RESOLVED);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> resolveAndClose(caseNumber))
			.isInstanceOf(uk.aftercare.followups.ClosingRejectedException.class);
		for (String target : List.of("AUTHORISED", "RECEIVED", "INSPECTED", "REFUNDED")) {
			step(rma, target, STAFF);
		}
		resolveAndClose(caseNumber);
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.CLOSED);
	}

	/**
	 * A return raised while someone closes the case waits for the closing, then is refused: a closed case never holds
	 * an unfinished return.
	 */
	@Test
	void aReturnRaisedWhileTheCaseIsBeingClosedWaitsForItAndIsRefused() throws Exception {
		String caseNumber = returnCase();
		cases.changeStatus(caseNumber, CaseStatus.RESOLVED, "Sorted in store", "sam");

		Throwable refused = AtTheSameMoment.secondWaitsForFirst(transactions, dataSource, () -> resolveAndClose(caseNumber),
				() -> rmas.raise(kettleBoughtDaysAgo(caseNumber, 5), "pat"));

		assertThat(refused).isInstanceOf(CaseClosedToReturnsException.class);
		assertThat(rmas.forCase(caseNumber)).isEmpty();
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.CLOSED);
	}

	/** A case closed while a return is being raised on it waits for the return, then is refused: it is unfinished. */
	@Test
	void aCaseClosedWhileAReturnIsRaisedOnItWaitsForItAndIsRefused() throws Exception {
		String caseNumber = returnCase();
		cases.changeStatus(caseNumber, CaseStatus.RESOLVED, "Sorted in store", "sam");

		Throwable refused = AtTheSameMoment.secondWaitsForFirst(transactions, dataSource, () -> rmas.raise(kettleBoughtDaysAgo(caseNumber, 5), "pat"),
				() -> resolveAndClose(caseNumber));

		assertThat(refused).isInstanceOf(uk.aftercare.followups.ClosingRejectedException.class);
		assertThat(rmas.forCase(caseNumber)).hasSize(1);
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.RESOLVED);
	}

	/** How the pages name the supervisor Sue: by her name when another test class added her account. */
	private String sue() {
		return staffDirectory.displayName("sue").orElse("sue");
	}

	private NewReturnAuthorisation kettleBoughtDaysAgo(String caseNumber, int daysAgo) {
		return ReturnAuthorisations.faultyKettle().caseNumber(caseNumber).purchased(clock.today().minusDays(daysAgo))
			.requested(clock.today()).build();
	}

	/** A full refund ends when the refund is paid: the page offers nothing else, and a repair sent anyway is refused. */
	@Test
	void aFullRefundEndsOnlyWithTheRefundPaid() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 10, "lines[0].unitPrice", "5.00"));
		for (String target : List.of("AUTHORISED", "RECEIVED", "INSPECTED")) {
			step(rma, target, STAFF);
		}

		assertThat(rmaPage(rma)).contains("value=\"REFUNDED\"").doesNotContain("value=\"REPAIRED\"",
				"value=\"REPLACED\"", "value=\"EXCHANGED\"");
		mvc.perform(post("/returns/" + rma + "/status").with(STAFF).with(csrf())
			.param("target", "REPAIRED")
			.param("note", "Fitted a new element")
			.param("version", shownVersion(rma)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("step", "target"))
			.andExpect(content().string(containsString(rma + " offers Full refund: end it with Refund paid, not "
					+ "Repaired.")))
			.andExpect(content().string(containsString("Fitted a new element")));
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.INSPECTED);
		mvc.perform(get("/api/v1/returns/authorisations/" + rma).with(STAFF))
			.andExpect(jsonPath("$.nextStatuses.length()").value(1))
			.andExpect(jsonPath("$.nextStatuses[0]").value("REFUNDED"));
	}

	/** Staff are not offered Authorise and Deny on a return waiting for a supervisor: the page says who decides. */
	@Test
	void staffSeeThatAReturnWaitsForASupervisorInsteadOfButtonsTheyCannotUse() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnForm(caseNumber, 10, "lines[0].unitPrice", "400.00"));

		assertThat(rmaPage(rma)).contains("Waits for a supervisor to authorise or deny it.")
			.doesNotContain("value=\"AUTHORISED\"", "value=\"DENIED\"", "name=\"note\"");
		String supervisorsPage = mvc.perform(get("/returns/" + rma).with(SUPERVISOR)).andReturn().getResponse()
			.getContentAsString();
		assertThat(supervisorsPage).contains("value=\"AUTHORISED\"", "value=\"DENIED\"")
			.doesNotContain("Waits for a supervisor");
	}

	/**
	 * A final rejection more than 6 months after delivery says a supervisor will confirm the deduction until one
	 * does; then the page says who confirmed it and when, and the customer copy that it was confirmed.
	 */
	@Test
	void aDeductionForUseOnceApprovedIsSaidToBeConfirmedOnThePageAndTheCustomerCopy() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnFormFrom(STAFF, caseNumber, 0,
				"purchaseDate", clock.today().minusMonths(6).minusDays(10).toString(),
				"lines[0].unitPrice", "50.00", "lines[0].condition", "UNUSED",
				"failedRepairOrReplacement", "true", "offeredRemedy", "FINAL_REJECT_OR_PRICE_REDUCTION",
				"deductionAmount", "20.00", "deductionReason", "Six months of daily use"));
		String toConfirm = "a supervisor will confirm the amount";
		assertThat(rmaPage(rma)).contains(toConfirm);
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();

		if (!accounts.exists("dedsue")) {
			accounts.create("dedsue", "Sue Deducer", null, "a long password 1", Role.SUPERVISOR);
		}

		approvals.decide(request.id(), Decision.APPROVE, null, request.version(), "dedsue", false);

		assertThat(rmaPage(rma)).doesNotContain(toConfirm, "Deduction (£)")
			.contains("The refund is reduced by £20.00 for the use you have had from it: Sue Deducer confirmed the amount on");
		assertThat(customerCopy(rma)).doesNotContain(toConfirm, "Deduction (£)")
			.contains("Deduction £20.00: Six months of daily use",
					"The refund is reduced by £20.00 for the use you have had from it, as we have now confirmed.");
		assertThat(rmas.get(rma).assessment().explanation()).as("the record, as decided")
			.anySatisfy(sentence -> assertThat(sentence).contains(toConfirm));
	}

	/**
	 * The tester's return of a Scarf and a Hat, not as described and rejected in the end: the page and the customer
	 * copy speak of the items in the plural, in the engine's explanation and in what was decided about the deduction.
	 */
	@Test
	void aReturnOfSeveralItemsIsSpokenOfInThePluralOnThePageAndTheCustomerCopy() throws Exception {
		String caseNumber = returnCase();
		String rma = raise(returnFormFrom(STAFF, caseNumber, 0,
				"purchaseDate", clock.today().minusMonths(6).minusDays(10).toString(),
				"reasonCode", "NOT_AS_DESCRIBED",
				"lines[0].sku", "SC-1", "lines[0].description", "Scarf", "lines[0].serialNumber", "",
				"lines[0].unitPrice", "30.00", "lines[0].condition", "USED",
				"lines[1].sku", "HT-1", "lines[1].description", "Hat", "lines[1].quantity", "1",
				"lines[1].unitPrice", "20.00", "lines[1].condition", "USED",
				"failedRepairOrReplacement", "true", "offeredRemedy", "FINAL_REJECT_OR_PRICE_REDUCTION",
				"deductionAmount", "20.00", "deductionReason", "Six months of daily use"));
		var request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		if (!accounts.exists("dedsue")) {
			accounts.create("dedsue", "Sue Deducer", null, "a long password 1", Role.SUPERVISOR);
		}
		approvals.decide(request.id(), Decision.APPROVE, null, request.version(), "dedsue", false);

		String rejected = "Because a repair or replacement did not put right what was wrong with the items (they were "
				+ "not as described), you can choose to return them for a refund or to keep them with a price "
				+ "reduction, under the Consumer Rights Act 2015.";
		String notConforming = "you may need to show that the items did not conform to the contract when you received "
				+ "them.";
		assertThat(rmaPage(rma)).contains(rejected, notConforming,
				"The refund is reduced by £20.00 for the use you have had from them: Sue Deducer confirmed the amount on");
		assertThat(customerCopy(rma)).contains(rejected, notConforming,
				"The refund is reduced by £20.00 for the use you have had from them, as we have now confirmed.");
	}

	private List<String> columnsHolding(String value) {
		return DatabaseText.columnsHolding(dataSource, value);
	}

}
