package uk.aftercare.cases.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.mockito.ArgumentCaptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.aftercare.cases.ApprovalState;
import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseClosedException;
import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.IllegalTransitionException;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Classification;
import uk.aftercare.classification.ClassificationService;
import uk.aftercare.classification.Flag;
import uk.aftercare.customers.CustomerService;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(CaseController.class)
@WebTestSupport
class CaseControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	ClassificationService classifier;

	@MockitoBean
	CustomerService customers;

	@MockitoBean
	StaffDirectory staff;

	@BeforeEach
	void classifierSuggestsReturn() {
		given(classifier.classify(anyString())).willReturn(
				new Classification(CaseType.RETURN, 0.87, List.of("refund", "leaks"), Set.of(Flag.SAFETY_CONCERN)));
	}

	/** A form token as the server issues them. */
	static final String TOKEN = "3f2b8c1e-6d4a-4f7e-9b2c-8a1d5e6f7a90";

	static CaseView caseView(String number) {
		return CaseViews.sample(number);
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/cases/new")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsTheFormWithAOneTimeToken() throws Exception {
		mvc.perform(get("/cases/new"))
			.andExpect(status().isOk())
			.andExpect(view().name("cases/new-case"))
			.andExpect(content().string(containsString("name=\"formToken\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsEveryErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/cases").with(csrf())
			.param("customerName", "")
			.param("customerEmail", "jane.at.example")
			.param("customerPhone", "call me")
			.param("channel", "FAX")
			.param("orderReference", "ORD-12345")
			.param("description", "x".repeat(5001)))
			.andExpect(status().isOk())
			.andExpect(view().name("cases/new-case"))
			.andExpect(model().attributeHasFieldErrors("form", "customerName", "customerEmail", "customerPhone",
					"channel", "description"))
			.andExpect(content().string(containsString("value=\"jane.at.example\"")))
			.andExpect(content().string(containsString("value=\"ORD-12345\"")))
			.andExpect(content().string(containsString("Enter the customer&#39;s name")))
			.andExpect(content().string(containsString("Choose how the customer got in touch from the list")));
		verify(cases, never()).open(any(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void sumsUpEveryErrorAtTheTopAsALinkToItsFieldInTheOrderOfTheForm() throws Exception {
		String html = mvc.perform(post("/cases").with(csrf())
			.param("customerName", "")
			.param("customerEmail", "jane.at.example")
			.param("channel", "FAX")
			.param("description", "")
			.param("vulnerableCustomer", "maybe")
			.param("type", "PRAISE")).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).containsExactly(
				Markup.SummaryLine.linked("Enter the customer's name", "customerName"),
				Markup.SummaryLine.linked("Enter an email address like name@example.co.uk", "customerEmail"),
				Markup.SummaryLine.linked("Choose how the customer got in touch from the list", "channel"),
				Markup.SummaryLine.linked("Describe what the customer said or asked for", "description"),
				Markup.SummaryLine.linked("Tick the box, or leave it empty", "vulnerableCustomer1"),
				Markup.SummaryLine.linked("Choose complaint, query or return", "type1"));
	}

	/** Read in the summary away from its label, a message names its field: not "is too long (at most 120 characters)". */
	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void namesEachFieldTooLongInItsOwnSentenceAndKeepsWhatWasTyped() throws Exception {
		String name = "N".repeat(121);
		String html = mvc.perform(post("/cases").with(csrf())
			.param("customerName", name)
			.param("customerEmail", "a".repeat(190) + "@example.com")
			.param("customerPhone", "0".repeat(31))
			.param("channel", "PHONE")
			.param("orderReference", "R".repeat(61))
			.param("product", "P".repeat(201))
			.param("description", "x".repeat(5001))).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).contains(
				Markup.SummaryLine.linked("The name is too long: shorten it to at most 120 characters.", "customerName"),
				Markup.SummaryLine.linked("The email address is too long: shorten it to at most 200 characters.",
						"customerEmail"),
				Markup.SummaryLine.linked("The phone number is too long: shorten it to at most 30 characters.",
						"customerPhone"),
				Markup.SummaryLine.linked(
						"The order or receipt reference is too long: shorten it to at most 60 characters.",
						"orderReference"),
				Markup.SummaryLine.linked("The product is too long: shorten it to at most 200 characters.", "product"),
				Markup.SummaryLine.linked(
						"What the customer said is too long: shorten it to at most 5,000 characters.", "description"));
		assertThat(html).contains("value=\"" + name + "\"");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void asksToChooseTheCustomerAgainWhenTheChosenRecordCannotBeUsedKeepingEverythingElse() throws Exception {
		given(customers.find(999999L)).willReturn(Optional.empty());
		given(customers.find(-1L)).willReturn(Optional.empty());

		for (String customerId : List.of("abc", "999999", "-1")) {
			mvc.perform(post("/cases").with(csrf())
				.param("formToken", TOKEN)
				.param("customerId", customerId)
				.param("customerName", "Jane Smith")
				.param("customerEmail", "jane@example.com")
				.param("channel", "PHONE")
				.param("orderReference", "ORD-12345")
				.param("type", "COMPLAINT")
				.param("description", "The kettle leaks and I want a refund"))
				.andExpect(status().isOk())
				.andExpect(view().name("cases/new-case"))
				.andExpect(model().attributeHasFieldErrors("form", "customerId"))
				.andExpect(content().string(containsString("id=\"customerId-error\"")))
				.andExpect(content().string(containsString("Choose the customer again")))
				.andExpect(content().string(not(containsString("value=\"" + customerId + "\""))))
				.andExpect(content().string(containsString("value=\"ORD-12345\"")))
				.andExpect(content().string(containsString("value=\"jane@example.com\"")))
				.andExpect(content().string(containsString("The kettle leaks and I want a refund")));
		}
		verify(cases, never()).open(any(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void logsTheCaseForTheCustomerChosen() throws Exception {
		given(customers.find(7L)).willReturn(
				Optional.of(new uk.aftercare.customers.CustomerSummary(7L, "Jane Smith", "jane@example.com", null)));

		OpenCaseCommand command = commandLogged(post("/cases")
			.param("customerId", "7")
			.param("customerName", "Jane Smith")
			.param("customerEmail", "jane@example.com")
			.param("channel", "PHONE")
			.param("type", "COMPLAINT")
			.param("description", "The kettle leaks and I want a refund"));

		assertThat(command.customerId()).isEqualTo(7L);
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void keepsTheFirstValueOfAFieldSentTwice() throws Exception {
		OpenCaseCommand command = commandLogged(post("/cases")
			.param("customerName", "Dup", "Dup2")
			.param("customerEmail", "jane@example.com")
			.param("channel", "PHONE")
			.param("type", "COMPLAINT")
			.param("description", "The kettle leaks and I want a refund"));

		assertThat(command.customer().name()).isEqualTo("Dup");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void asksForAnEmailOrAPhone() throws Exception {
		mvc.perform(post("/cases").with(csrf())
			.param("customerName", "Jane Smith")
			.param("channel", "PHONE")
			.param("type", "RETURN")
			.param("description", "Wants a refund"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "customerEmail", "case.contact.required"));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsTheSuggestionWithEvidenceAndAsksStaffToConfirmIt() throws Exception {
		mvc.perform(post("/cases").with(csrf())
			.param("formToken", TOKEN)
			.param("customerName", "Jane Smith")
			.param("customerEmail", "jane@example.com")
			.param("channel", "PHONE")
			.param("description", "The kettle leaks and I want a refund"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("confirmType", true))
			.andExpect(content().string(containsString("87% sure")))
			.andExpect(content().string(containsString("<mark class=\"me-1\">refund</mark>")))
			.andExpect(content().string(containsString("Safety concern")))
			.andExpect(content().string(containsString("value=\"" + TOKEN + "\"")));
		verify(cases, never()).open(any(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void logsTheCaseWithTheFormTokenAndRedirectsToIt() throws Exception {
		given(cases.open(any(OpenCaseCommand.class), eq("staff"), eq("form:" + TOKEN)))
			.willReturn(new CaseService.OpenedCase(caseView("AC-2026-000042"), true));

		mvc.perform(post("/cases").with(csrf())
			.param("formToken", TOKEN)
			.param("customerName", "Jane Smith")
			.param("customerEmail", "jane@example.com")
			.param("channel", "PHONE")
			.param("type", "COMPLAINT")
			.param("description", "The kettle leaks and I want a refund"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/AC-2026-000042"))
			.andExpect(flash().attribute("success", "Case AC-2026-000042 logged."));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void neverStoresAFormTokenTheServerDidNotIssue() throws Exception {
		given(cases.open(any(OpenCaseCommand.class), eq("staff"), anyString()))
			.willReturn(new CaseService.OpenedCase(caseView("AC-2026-000042"), true));

		mvc.perform(post("/cases").with(csrf())
			.param("formToken", "x".repeat(300))
			.param("customerName", "Jane Smith")
			.param("customerEmail", "jane@example.com")
			.param("channel", "PHONE")
			.param("type", "COMPLAINT")
			.param("description", "The kettle leaks and I want a refund"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/AC-2026-000042"));

		ArgumentCaptor<String> key = ArgumentCaptor.forClass(String.class);
		verify(cases).open(any(OpenCaseCommand.class), eq("staff"), key.capture());
		assertThat(key.getValue()).matches("form:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void namesEachCasesOwnerAsTheFiltersDoByTheirName() throws Exception {
		var row = new uk.aftercare.cases.CaseListItem("AC-2026-000001", "Jane Smith", "jane@example.com",
				CaseType.RETURN, CaseStatus.OPEN, Priority.NORMAL, "staff2", "staff", Instant.parse("2026-11-02T10:00:00Z"),
				Instant.parse("2026-11-02T10:00:00Z"), false, null, false);
		given(cases.search(any(), any())).willReturn(new org.springframework.data.domain.PageImpl<>(List.of(row)));
		given(staff.displayName("staff2")).willReturn(Optional.of("Priya Patel"));

		mvc.perform(get("/cases"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Priya Patel</td>")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void namesWhoChangedTheSuggestedTypeByTheirName() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.overridden("AC-2026-000042", "staff2"));
		given(staff.displayName("staff2")).willReturn(Optional.of("Priya Patel"));

		mvc.perform(get("/cases/AC-2026-000042"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">changed by Priya Patel</span>")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void pagesThroughALongListKeepingTheFilters() throws Exception {
		var row = new uk.aftercare.cases.CaseListItem("AC-2026-000001", "Jane Smith", "jane@example.com",
				CaseType.RETURN, CaseStatus.OPEN, Priority.NORMAL, "staff", "staff", Instant.parse("2026-11-02T10:00:00Z"),
				Instant.parse("2026-11-02T10:00:00Z"), false, null, false);
		given(cases.search(any(), any())).willReturn(new org.springframework.data.domain.PageImpl<>(List.of(row),
				org.springframework.data.domain.PageRequest.of(1, 25), 60));

		mvc.perform(get("/cases").param("type", "RETURN").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of 3")))
			.andExpect(content().string(containsString("href=\"/cases?type=RETURN&amp;page=2\"")))
			.andExpect(content().string(containsString("href=\"/cases?type=RETURN&amp;page=0\"")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesADescriptionOfOnlyANoBreakSpaceBesideTheField() throws Exception {
		mvc.perform(post("/cases").with(csrf())
			.param("customerName", "Jane Smith")
			.param("customerEmail", "jane@example.com")
			.param("channel", "PHONE")
			.param("type", "RETURN")
			.param("description", "\u00a0"))
			.andExpect(status().isOk())
			.andExpect(view().name("cases/new-case"))
			.andExpect(model().attributeHasFieldErrorCode("form", "description", "NotBlank"))
			.andExpect(content().string(containsString(
					"<div class=\"invalid-feedback\" id=\"description-error\">Describe what the customer said or asked for</div>")))
			.andExpect(content().string(containsString("value=\"Jane Smith\"")));
		verify(cases, never()).open(any(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void tellsAScreenReaderOfTheDescriptionsErrorAtTheFieldKeepingItsHelp() throws Exception {
		String html = mvc.perform(post("/cases").with(csrf())
			.param("customerName", "Jane Smith")
			.param("customerEmail", "jane@example.com")
			.param("channel", "PHONE")
			.param("type", "RETURN")
			.param("description", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "description", "description-error",
				"Describe what the customer said or asked for");
		assertThat(Markup.attribute(Markup.openingTag(html, "description"), "aria-describedby"))
			.isEqualTo("description-help description-error");
		assertThat(Markup.attribute(Markup.openingTag(html, "customerName"), "aria-invalid")).isNull();
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void marksTheFieldsThatMustBeFilledInOnScreenAndForScreenReaders() throws Exception {
		String html = mvc.perform(get("/cases/new")).andReturn().getResponse().getContentAsString();

		for (String required : List.of("customerName", "channel", "description")) {
			assertThat(Markup.attribute(Markup.openingTag(html, required), "aria-required")).as(required).isEqualTo("true");
			assertThat(Markup.label(html, required)).as(required).contains("(required)");
		}
		assertThat(Markup.attribute(Markup.openingTag(html, "orderReference"), "aria-required")).isNull();
		assertThat(Markup.label(html, "orderReference")).doesNotContain("(required)");
	}

	/** A browser stops each box where the server's check (and the column) would, as the RMA form does. */
	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void stopsEachBoxOfTheLogFormAtTheLengthTheServerTakes() throws Exception {
		String html = mvc.perform(get("/cases/new")).andReturn().getResponse().getContentAsString();

		Map<String, String> limits = Map.of("customerName", "120", "customerEmail", "200", "customerPhone", "30",
				"orderReference", "60", "product", "200", "description", "5000");
		limits.forEach((field, max) -> assertThat(Markup.attribute(Markup.openingTag(html, field), "maxlength"))
			.as(field)
			.isEqualTo(max));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void customersAreMatchedOnlyFromTheBodyNeverFromDetailsInTheAddress() throws Exception {
		// The address is then read as a case number, which no case has.
		given(cases.get("customer-matches")).willThrow(new uk.aftercare.shared.NotFoundException("No case."));
		mvc.perform(get("/cases/customer-matches").param("email", "jane@example.com"))
			.andExpect(status().isNotFound());
		verify(customers, never()).findMatches(any());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void matchingCustomersAreSummedUpInOneLineForScreenReadersNotReadOutWhole() throws Exception {
		String form = mvc.perform(get("/cases/new")).andReturn().getResponse().getContentAsString();
		assertThat(Markup.attribute(Markup.openingTag(form, "customer-matches"), "aria-live")).isNull();
		assertThat(Markup.attribute(Markup.openingTag(form, "matches-status"), "role")).isEqualTo("status");

		given(customers.findMatches(any())).willReturn(List.of(
				new uk.aftercare.customers.CustomerSummary(7L, "Jane Smith", "jane@example.com", null),
				new uk.aftercare.customers.CustomerSummary(8L, "Jane Smyth", "jane.s@example.com", null)));
		mvc.perform(post("/cases/customer-matches").with(csrf()).param("name", "Jane"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-announce=\"2 existing customers match what you typed")));

		given(customers.findMatches(any())).willReturn(List.of(
				new uk.aftercare.customers.CustomerSummary(7L, "Jane Smith", "jane@example.com", null)));
		mvc.perform(post("/cases/customer-matches").with(csrf()).param("name", "Jane Smith"))
			.andExpect(content().string(containsString("data-announce=\"One existing customer matches what you typed")))
			.andExpect(content().string(containsString("An existing customer matches what you typed. Use it so")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void leavesTheChosenCustomerStatusEmptyUntilACustomerIsChosen() throws Exception {
		String html = mvc.perform(get("/cases/new")).andReturn().getResponse().getContentAsString();

		String chosen = Markup.openingTag(html, "chosen-customer");
		assertThat(Markup.attribute(chosen, "role")).isEqualTo("status");
		assertThat(Markup.attribute(chosen, "tabindex")).isEqualTo("-1");
		assertThat(Markup.attribute(chosen, "data-unlinked")).isNotBlank();
		assertThat(html).contains(chosen + "</div>");
		assertThat(Markup.attribute(Markup.openingTag(html, "suggestion"), "aria-live")).isNull();
		assertThat(Markup.attribute(Markup.openingTag(html, "suggestion-verdict"), "role")).isEqualTo("status");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void tellsAScreenReaderOfANotesErrorAtTheField() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));

		String html = mvc.perform(post("/cases/AC-2026-000042/notes").with(csrf()).param("text", " "))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "text", "text-error", "");
	}

	/** Asks to reopen a case that is open, a move the case refuses; returns the page that says so. */
	private String reopenAnOpenCase() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));
		willThrow(new IllegalTransitionException(CaseStatus.OPEN, CaseStatus.REOPENED)).given(cases)
			.changeStatus("AC-2026-000042", CaseStatus.REOPENED, "", "staff");

		return mvc.perform(post("/cases/AC-2026-000042/status").with(csrf())
			.param("target", "REOPENED")
			.param("reason", "")).andReturn().getResponse().getContentAsString();
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void tellsAScreenReaderOfAStatusErrorAtTheField() throws Exception {
		String html = reopenAnOpenCase();

		Markup.assertInvalidAndDescribedBy(html, "target", "target-error", "The case cannot move to Reopened from Open.");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void sumsUpARefusedStatusChangeAtTheTopOfItsFormWithALinkToTheStatus() throws Exception {
		String html = reopenAnOpenCase();

		assertThat(Markup.errorSummary(html)).containsExactly(Markup.SummaryLine.linked(
				"The case cannot move to Reopened from Open. From Open it can move to: In progress, Awaiting customer, "
						+ "Resolved.", "target"));
		assertThat(html.indexOf("data-error-summary")).as("the summary, inside the status form")
			.isGreaterThan(html.indexOf("action=\"/cases/AC-2026-000042/status\""));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void offersNoPreviousLinkOnTheFirstPageAndNoNextLinkOnTheLast() throws Exception {
		var row = new uk.aftercare.cases.CaseListItem("AC-2026-000001", "Jane Smith", "jane@example.com",
				CaseType.RETURN, CaseStatus.OPEN, Priority.NORMAL, "staff", "staff", Instant.parse("2026-11-02T10:00:00Z"),
				Instant.parse("2026-11-02T10:00:00Z"), false, null, false);
		given(cases.search(any(), eq(org.springframework.data.domain.PageRequest.of(0, 25))))
			.willReturn(new org.springframework.data.domain.PageImpl<>(List.of(row),
					org.springframework.data.domain.PageRequest.of(0, 25), 60));
		given(cases.search(any(), eq(org.springframework.data.domain.PageRequest.of(2, 25))))
			.willReturn(new org.springframework.data.domain.PageImpl<>(List.of(row),
					org.springframework.data.domain.PageRequest.of(2, 25), 60));

		mvc.perform(get("/cases").param("type", "RETURN"))
			.andExpect(content().string(containsString("<span class=\"page-link\">Previous</span>")))
			.andExpect(content().string(not(containsString("page=-1"))))
			.andExpect(content().string(containsString("href=\"/cases?type=RETURN&amp;page=1\">Next</a>")));
		mvc.perform(get("/cases").param("type", "RETURN").param("page", "2"))
			.andExpect(content().string(containsString("Page 3 of 3")))
			.andExpect(content().string(containsString("<span class=\"page-link\">Next</span>")))
			.andExpect(content().string(not(containsString("page=3"))))
			.andExpect(content().string(containsString("href=\"/cases?type=RETURN&amp;page=1\">Previous</a>")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void logsTheCaseWithoutControlCharactersOrBlankLookingEndsKeepingLineBreaksAndEmoji() throws Exception {
		OpenCaseCommand command = commandLogged(post("/cases")
			.param("customerName", "\u200bJane\u0000 Smith\u00a0")
			.param("customerEmail", "jane@example.com")
			.param("channel", "PHONE")
			.param("type", "RETURN")
			.param("description", "\ufeffThe kettle\u0008 leaks\u000bI want a refund\r\n\uD83D\uDE20\u00a0"));

		assertThat(command.description()).isEqualTo("The kettle leaks\nI want a refund\n\uD83D\uDE20");
		assertThat(command.customer().name()).isEqualTo("Jane Smith");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesANoteOfOnlyControlCharactersBesideTheField() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));

		mvc.perform(post("/cases/AC-2026-000042/notes").with(csrf()).param("text", "\u0000\u000b\u200b"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("noteForm", "text", "NotBlank"));
		verify(cases, never()).addNote(anyString(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void staffMarkTheCustomerAsVulnerableAfterLogging() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));
		assertThat(mvc.perform(get("/cases/AC-2026-000042")).andReturn().getResponse().getContentAsString())
			.contains("action=\"/cases/AC-2026-000042/vulnerable\"", ">Mark as vulnerable</button>");

		mvc.perform(post("/cases/AC-2026-000042/vulnerable").with(csrf()))
			.andExpect(redirectedUrl("/cases/AC-2026-000042"))
			.andExpect(flash().attribute("success", "The customer is marked as vulnerable on this case."));
		verify(cases).markVulnerable("AC-2026-000042", "staff");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void aNoteThatMeetsAColleaguesChangeIsAddedOnceMoreOnTheCaseAsItNowIs() throws Exception {
		willThrow(new org.springframework.orm.ObjectOptimisticLockingFailureException("ServiceCase", 42L))
			.willDoNothing()
			.given(cases).addNote("AC-2026-000042", "Call after 5pm", "staff");

		mvc.perform(post("/cases/AC-2026-000042/notes").with(csrf()).param("text", "Call after 5pm"))
			.andExpect(status().is3xxRedirection());
		verify(cases, org.mockito.Mockito.times(2)).addNote("AC-2026-000042", "Call after 5pm", "staff");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void aNoteThatMeetsColleaguesChangesTwiceIsShownAgainWithWhatWasTyped() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));
		willThrow(new org.springframework.orm.ObjectOptimisticLockingFailureException("ServiceCase", 42L))
			.given(cases).addNote("AC-2026-000042", "Call after 5pm", "staff");

		String page = mvc.perform(post("/cases/AC-2026-000042/notes").with(csrf()).param("text", "Call after 5pm"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("noteForm"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Someone else changed this case at the same moment");
		assertThat(Markup.openingTag(page, "note-errors")).contains("role=\"alert\"");
		assertThat(page).contains(">Call after 5pm</textarea>");
	}

	private static final Instant ERASED_AT = Instant.parse("2026-11-24T14:30:00Z");

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void anArchivedCaseSaysWhyAndOffersNoFormToWriteOnIt() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.archived("AC-2026-000042", ERASED_AT));

		String page = mvc.perform(get("/cases/AC-2026-000042"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("This customer&#39;s personal data was erased on 24 Nov 2026, 14:30. Nothing more can "
				+ "be added to this case: if they get in touch again, log a new case.")
			.contains("href=\"/cases/new\"")
			.doesNotContain("action=\"/cases/AC-2026-000042");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void aNoteOnACaseArchivedMeanwhileIsRefusedBesideTheFormWithWhatWasTyped() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.archived("AC-2026-000042", ERASED_AT));
		willThrow(new CaseArchivedException("AC-2026-000042", ERASED_AT, java.time.ZoneId.of("Europe/London")))
			.given(cases).addNote("AC-2026-000042", "Jane rang from 07700 900123", "staff");

		String page = mvc.perform(post("/cases/AC-2026-000042/notes").with(csrf())
			.param("text", "Jane rang from 07700 900123"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("noteForm"))
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.openingTag(page, "note-errors")).contains("role=\"alert\"");
		assertThat(page).contains(">Jane rang from 07700 900123</textarea>")
			.contains("Nothing more can be added to this case")
			.doesNotContain("action=\"/cases/AC-2026-000042/contacts\"");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void aContactToTheCustomerByAChannelNotOnTheListIsRefusedWithoutSayingTheyGotInTouch() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));

		String page = mvc.perform(post("/cases/AC-2026-000042/contacts").with(csrf())
			.param("channel", "POST")
			.param("direction", "TO_CUSTOMER")
			.param("summary", "Posted her the decision"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactForm", "channel"))
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(page)).contains(Markup.SummaryLine.linked(
				"Choose from the list how we contacted the customer. To write to them, send an update as a letter "
						+ "to print and post from the case's updates page.", "channel"));
		assertThat(page).doesNotContain("Choose how the customer got in touch")
			.contains(">Posted her the decision</textarea>");
		verify(cases, never()).recordContact(anyString(), any(), any(), anyString(), anyString());

		mvc.perform(post("/cases/AC-2026-000042/contacts").with(csrf())
			.param("channel", "POST")
			.param("direction", "FROM_CUSTOMER")
			.param("summary", "Her letter came"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how the customer got in touch from the list")));
		mvc.perform(post("/cases/AC-2026-000042/contacts").with(csrf())
			.param("channel", "")
			.param("direction", "TO_CUSTOMER")
			.param("summary", "Rang her back"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how we contacted the customer")))
			.andExpect(content().string(not(containsString("Choose how the customer got in touch"))));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void aStatusChangeOnACaseArchivedMeanwhileIsRefusedBesideTheForm() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.archived("AC-2026-000042", ERASED_AT));
		willThrow(new CaseArchivedException("AC-2026-000042", ERASED_AT, java.time.ZoneId.of("Europe/London")))
			.given(cases).changeStatus("AC-2026-000042", CaseStatus.REOPENED, "She rang back", "staff");

		mvc.perform(post("/cases/AC-2026-000042/status").with(csrf())
			.param("target", "REOPENED")
			.param("reason", "She rang back"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("statusForm"))
			.andExpect(content().string(containsString("value=\"She rang back\"")))
			.andExpect(content().string(containsString("personal data was erased on 24 Nov 2026, 14:30")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void aStatusChangeThatMeetsColleaguesChangesTwiceSaysSoBesideTheForm() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));
		willThrow(new org.springframework.orm.ObjectOptimisticLockingFailureException("ServiceCase", 42L))
			.given(cases).changeStatus("AC-2026-000042", CaseStatus.IN_PROGRESS, null, "staff");

		mvc.perform(post("/cases/AC-2026-000042/status").with(csrf()).param("target", "IN_PROGRESS"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("statusForm"))
			.andExpect(content().string(containsString("Someone else changed this case at the same moment")));
	}

	/** The box's maxlength counts a line break as one character; the browser sends it as CRLF (TextInputBinding). */
	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void addsANoteThatFilledItsBoxWhoseLineBreaksCameAsCrLf() throws Exception {
		String typed = String.join("\n", "a".repeat(1000), "b".repeat(999), "c".repeat(999), "d".repeat(999),
				"e".repeat(999));
		assertThat(typed).hasSize(5000);

		mvc.perform(post("/cases/AC-2026-000042/notes").with(csrf()).param("text", typed.replace("\n", "\r\n")))
			.andExpect(status().is3xxRedirection());
		verify(cases).addNote("AC-2026-000042", typed, "staff");
	}

	/** As on the log form, and on every form (TextInputBinding): Spring would save "First,Second". */
	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void keepsTheFirstTextOfANoteSentTwice() throws Exception {
		mvc.perform(post("/cases/AC-2026-000042/notes").with(csrf()).param("text", "First", "Second"))
			.andExpect(status().is3xxRedirection());
		verify(cases).addNote("AC-2026-000042", "First", "staff");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesAFormWithoutCsrfToken() throws Exception {
		mvc.perform(post("/cases").param("customerName", "Jane")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void explainsAnIllegalStatusMoveNextToTheFieldNamingTheMovesAllowed() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));
		willThrow(new IllegalTransitionException(CaseStatus.OPEN, CaseStatus.REOPENED)).given(cases)
			.changeStatus("AC-2026-000042", CaseStatus.REOPENED, "", "staff");

		mvc.perform(post("/cases/AC-2026-000042/status").with(csrf()).param("target", "REOPENED").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "target", "status.illegal"))
			.andExpect(content().string(containsString("The case cannot move to Reopened from Open. From Open it can "
					+ "move to: In progress, Awaiting customer, Resolved.")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void storesTheAssigneeAsTheStaffDirectorySpellsIt() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.sample("AC-2026-000042"));
		given(staff.find("STAFF2")).willReturn(
				Optional.of(new StaffMember("staff2", "Sam Second", "staff2@example.com", Role.STAFF, true)));

		mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "STAFF2").param("priority", "HIGH").param("type", "RETURN").param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/AC-2026-000042"));

		verify(cases).updateDetails("AC-2026-000042", "staff2", Priority.HIGH, CaseType.RETURN, 0L, "staff");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesAnUnknownOrDisabledAssigneeBesideTheField() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));
		given(staff.find("nobody")).willReturn(Optional.empty());
		given(staff.find("gone")).willReturn(
				Optional.of(new StaffMember("gone", "Former Staff", "gone@example.com", Role.STAFF, false)));

		for (String assignee : List.of("nobody", "gone")) {
			mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
				.param("assignee", assignee).param("priority", "HIGH").param("type", "RETURN").param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("detailsForm", "assignee", "case.assignee.unknown"))
				.andExpect(content().string(containsString("Choose an active member of staff")));
		}
		verify(cases, never()).updateDetails(anyString(), anyString(), any(), any(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesDetailsChosenFromAnOlderVersionOfTheCaseKeepingWhatWasChosen() throws Exception {
		// staff2 made the case urgent (version 3) after this page was shown at version 2.
		given(cases.get("AC-2026-000042"))
			.willReturn(CaseViews.sample("AC-2026-000042", CaseStatus.IN_PROGRESS, Priority.URGENT, 3));
		given(staff.find("staff")).willReturn(
				Optional.of(new StaffMember("staff", "Sam Staff", "staff@example.com", Role.STAFF, true)));
		willThrow(new org.springframework.dao.OptimisticLockingFailureException("changed")).given(cases)
			.updateDetails("AC-2026-000042", "staff", Priority.LOW, CaseType.COMPLAINT, 2L, "staff");

		mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "staff").param("priority", "LOW").param("type", "COMPLAINT").param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("detailsForm"))
			.andExpect(content().string(containsString("Someone else changed this case after you opened it")))
			.andExpect(content().string(containsString("<option value=\"LOW\" selected=\"selected\">")))
			.andExpect(content().string(containsString("<option value=\"COMPLAINT\" selected=\"selected\">")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
	}

	@Test
	@WithMockUser(username = "staff2", roles = "STAFF")
	void showsWhatSomeoneElseChangedMeanwhileAsItIsNowKeepingOnlyTheChoicesMade() throws Exception {
		// The page showed staff's case at version 2, high priority; staff made it urgent (version 3) meanwhile, and
		// staff2 changed only the owner.
		given(cases.get("AC-2026-000042"))
			.willReturn(CaseViews.sample("AC-2026-000042", CaseStatus.IN_PROGRESS, Priority.URGENT, 3));
		given(staff.find("staff2")).willReturn(
				Optional.of(new StaffMember("staff2", "Priya Patel", "staff2@example.com", Role.STAFF, true)));
		given(staff.displayName("staff")).willReturn(Optional.of("Sam Staff"));
		given(staff.displayName("staff2")).willReturn(Optional.of("Priya Patel"));
		willThrow(new org.springframework.dao.OptimisticLockingFailureException("changed")).given(cases)
			.updateDetails("AC-2026-000042", "staff2", Priority.HIGH, CaseType.RETURN, 2L, "staff2");

		String html = mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "staff2").param("priority", "HIGH").param("type", "RETURN").param("version", "2")
			.param("shownAssignee", "staff").param("shownPriority", "HIGH").param("shownType", "RETURN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		// The priority the user left alone is shown as it is now, and said to be someone else's change.
		assertThat(html).contains("<option value=\"URGENT\" selected=\"selected\">")
			.doesNotContain("<option value=\"HIGH\" selected=\"selected\">")
			.contains("id=\"priority-note\">Someone else changed this to Urgent.</div>");
		assertThat(Markup.attribute(Markup.openingTag(html, "priority"), "aria-describedby")).isEqualTo("priority-note");
		// The owner they chose is kept, and marked as not saved.
		Markup.assertInvalidAndDescribedBy(html, "assignee", "assignee-error",
				"It is Sam Staff now. Your choice, Priya Patel, was not saved: save again to keep it.");
		assertThat(Markup.errorSummary(html)).containsExactly(
				Markup.SummaryLine.unlinked("Someone else changed this case after you opened it, so nothing was saved. "
						+ "It is shown as it is now; your choices that differ from it are kept and marked below: "
						+ "check them and save again."),
				Markup.SummaryLine.linked(
						"It is Sam Staff now. Your choice, Priya Patel, was not saved: save again to keep it.",
						"assignee"));
		// Saving again rests on the case as it is now.
		assertThat(html).contains("name=\"version\" value=\"3\"", "name=\"shownPriority\" value=\"URGENT\"",
				"name=\"shownAssignee\" value=\"staff\"", "name=\"shownType\" value=\"RETURN\"");
	}

	@Test
	@WithMockUser(username = "staff2", roles = "STAFF")
	void marksAChoiceOverWhatSomeoneElseChangedMeanwhileSayingWhatItIsNow() throws Exception {
		given(cases.get("AC-2026-000042"))
			.willReturn(CaseViews.sample("AC-2026-000042", CaseStatus.IN_PROGRESS, Priority.URGENT, 3));
		given(staff.find("staff")).willReturn(
				Optional.of(new StaffMember("staff", "Sam Staff", "staff@example.com", Role.STAFF, true)));
		willThrow(new org.springframework.dao.OptimisticLockingFailureException("changed")).given(cases)
			.updateDetails("AC-2026-000042", "staff", Priority.HIGH, CaseType.RETURN, 2L, "staff2");

		String html = mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "staff").param("priority", "HIGH").param("type", "RETURN").param("version", "2")
			.param("shownAssignee", "staff").param("shownPriority", "NORMAL").param("shownType", "RETURN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<option value=\"HIGH\" selected=\"selected\">");
		Markup.assertInvalidAndDescribedBy(html, "priority", "priority-error",
				"Someone else changed this to Urgent. Your choice, High, was not saved: save again to keep it.");
		assertThat(html).contains("Please correct the highlighted fields.");
	}

	@Test
	@WithMockUser(username = "staff2", roles = "STAFF")
	void saysNothingOfHighlightedFieldsWhenTheCaseAlreadyHasTheChoicesMade() throws Exception {
		// Both made the case urgent.
		given(cases.get("AC-2026-000042"))
			.willReturn(CaseViews.sample("AC-2026-000042", CaseStatus.IN_PROGRESS, Priority.URGENT, 3));
		given(staff.find("staff")).willReturn(
				Optional.of(new StaffMember("staff", "Sam Staff", "staff@example.com", Role.STAFF, true)));
		willThrow(new org.springframework.dao.OptimisticLockingFailureException("changed")).given(cases)
			.updateDetails("AC-2026-000042", "staff", Priority.URGENT, CaseType.RETURN, 2L, "staff2");

		String html = mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "staff").param("priority", "URGENT").param("type", "RETURN").param("version", "2")
			.param("shownAssignee", "staff").param("shownPriority", "HIGH").param("shownType", "RETURN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<h2 class=\"h6\">Nothing was saved.</h2>")
			.doesNotContain("highlighted fields", "is-invalid");
		assertThat(Markup.errorSummary(html)).containsExactly(Markup.SummaryLine.unlinked(
				"Someone else changed this case after you opened it, so nothing was saved. "
						+ "It is shown as it is now, which already has your choices."));
	}

	@Test
	@WithMockUser(username = "staff2", roles = "STAFF")
	void namesTheColleagueWhoseChangeTheDetailsMet() throws Exception {
		// The page showed the case at version 2, high priority and owned by staff2; Harriet made it urgent and gave it
		// to staff (version 3). staff2 left the owner alone and chose the low priority.
		given(cases.get("AC-2026-000042"))
			.willReturn(CaseViews.changedBy("AC-2026-000042", Priority.URGENT, 3, "harriet"));
		given(staff.find("staff2")).willReturn(
				Optional.of(new StaffMember("staff2", "Priya Patel", "staff2@example.com", Role.STAFF, true)));
		given(staff.displayName("harriet")).willReturn(Optional.of("Harriet Jones"));
		given(staff.displayName("staff")).willReturn(Optional.of("Sam Staff"));
		willThrow(new org.springframework.dao.OptimisticLockingFailureException("changed")).given(cases)
			.updateDetails("AC-2026-000042", "staff2", Priority.LOW, CaseType.RETURN, 2L, "staff2");

		String html = mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "staff2").param("priority", "LOW").param("type", "RETURN").param("version", "2")
			.param("shownAssignee", "staff2").param("shownPriority", "HIGH").param("shownType", "RETURN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("id=\"assignee-note\">Harriet Jones changed this to Sam Staff.</div>");
		Markup.assertInvalidAndDescribedBy(html, "priority", "priority-error",
				"Harriet Jones changed this to Urgent. Your choice, Low, was not saved: save again to keep it.");
		assertThat(Markup.errorSummary(html)).first().isEqualTo(Markup.SummaryLine.unlinked(
				"Harriet Jones changed this case after you opened it, so nothing was saved. It is shown as it is now; "
						+ "your choices that differ from it are kept and marked below: check them and save again."));

		// Both already as chosen: the summary alone names her.
		willThrow(new org.springframework.dao.OptimisticLockingFailureException("changed")).given(cases)
			.updateDetails("AC-2026-000042", "staff", Priority.URGENT, CaseType.RETURN, 2L, "staff2");
		given(staff.find("staff")).willReturn(
				Optional.of(new StaffMember("staff", "Sam Staff", "staff@example.com", Role.STAFF, true)));
		html = mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "staff").param("priority", "URGENT").param("type", "RETURN").param("version", "2")
			.param("shownAssignee", "staff2").param("shownPriority", "HIGH").param("shownType", "RETURN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Markup.errorSummary(html)).containsExactly(Markup.SummaryLine.unlinked(
				"Harriet Jones changed this case after you opened it, so nothing was saved. "
						+ "It is shown as it is now, which already has your choices."));
	}

	@Test
	@WithMockUser(username = "staff2", roles = "STAFF")
	void saysSomeoneElseWhenTheChangeMetIsNotSurelyOneColleagues() throws Exception {
		given(staff.find("staff2")).willReturn(
				Optional.of(new StaffMember("staff2", "Priya Patel", "staff2@example.com", Role.STAFF, true)));
		given(staff.displayName("harriet")).willReturn(Optional.of("Harriet Jones"));
		willThrow(new org.springframework.dao.OptimisticLockingFailureException("changed")).given(cases)
			.updateDetails(eq("AC-2026-000042"), eq("staff2"), eq(Priority.LOW), eq(CaseType.RETURN), any(),
					eq("staff2"));
		// The page showed version 1. Harriet's was the last of two changes since, perhaps not both hers; the
		// application's own (an SLA target missed); one made before anyone was recorded.
		for (var now : List.of(CaseViews.changedBy("AC-2026-000042", Priority.URGENT, 3, "harriet"),
				CaseViews.changedBy("AC-2026-000042", Priority.URGENT, 2, "system"),
				CaseViews.changedBy("AC-2026-000042", Priority.URGENT, 2, null))) {
			given(cases.get("AC-2026-000042")).willReturn(now);
			String html = mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
				.param("assignee", "staff2").param("priority", "LOW").param("type", "RETURN")
				.param("version", "1")
				.param("shownAssignee", "staff").param("shownPriority", "HIGH").param("shownType", "RETURN"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();

			assertThat(html).doesNotContain("Harriet", "system changed")
				.contains("Someone else changed this case after you opened it");
			Markup.assertInvalidAndDescribedBy(html, "priority", "priority-error",
					"Someone else changed this to Urgent. Your choice, Low, was not saved: save again to keep it.");
		}
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void leavesLoweringTheFlaggedPriorityOfAnEscalatedCaseToASupervisor() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.escalated("AC-2026-000042"));
		given(staff.find("staff")).willReturn(
				Optional.of(new StaffMember("staff", "Sam Staff", "staff@example.com", Role.STAFF, true)));

		mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "staff").param("priority", "LOW").param("type", "RETURN").param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("detailsForm", "priority", "case.priority.lowerEscalated"))
			.andExpect(content().string(containsString(
					"id=\"priority-error\">This case was escalated: only a supervisor or manager can lower its priority.")))
			.andExpect(content().string(containsString("<option value=\"LOW\" selected=\"selected\">")));
		verify(cases, never()).updateDetails(any(), any(), any(), any(), any(), any());

		mvc.perform(post("/cases/AC-2026-000042/details").with(csrf()).with(user("sue").roles("SUPERVISOR"))
			.param("assignee", "staff").param("priority", "LOW").param("type", "RETURN").param("version", "1"))
			.andExpect(status().is3xxRedirection());
		verify(cases).updateDetails("AC-2026-000042", "staff", Priority.LOW, CaseType.RETURN, 1L, "sue");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesDetailsThatDoNotSayWhichVersionTheyWereChosenFrom() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));
		given(staff.find("staff")).willReturn(
				Optional.of(new StaffMember("staff", "Sam Staff", "staff@example.com", Role.STAFF, true)));

		for (String version : new String[] { null, "abc" }) {
			var request = post("/cases/AC-2026-000042/details").with(csrf())
				.param("assignee", "staff").param("priority", "LOW").param("type", "COMPLAINT");
			mvc.perform(version == null ? request : request.param("version", version))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Someone else changed this case after you opened it")))
				.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		}
		verify(cases, never()).updateDetails(anyString(), anyString(), any(), any(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesANewOwnerPriorityOrTypeOnAClosedCaseSayingToReopenItFirst() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));
		given(staff.find("staff")).willReturn(
				Optional.of(new StaffMember("staff", "Sam Staff", "staff@example.com", Role.STAFF, true)));
		willThrow(new CaseClosedException("AC-2026-000042")).given(cases)
			.updateDetails("AC-2026-000042", "staff", Priority.URGENT, CaseType.RETURN, 0L, "staff");

		mvc.perform(post("/cases/AC-2026-000042/details").with(csrf())
			.param("assignee", "staff").param("priority", "URGENT").param("type", "RETURN").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("detailsForm"))
			.andExpect(content().string(
					containsString("This case is closed: reopen it first to change its owner, priority or type.")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void sendsClosingThroughTheClosingChecklist() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(caseView("AC-2026-000042"));

		mvc.perform(post("/cases/AC-2026-000042/status").with(csrf()).param("target", "CLOSED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "target", "status.closeWithChecklist"));
		verify(cases, never()).changeStatus(anyString(), any(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsAFriendlyPageForAnUnknownCase() throws Exception {
		given(cases.get("AC-2026-999999")).willThrow(new uk.aftercare.shared.NotFoundException("No case AC-2026-999999."));

		mvc.perform(get("/cases/AC-2026-999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No case AC-2026-999999.")));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void listsTheCasesTheDashboardLinksTo() throws Exception {
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/cases").param("open", "true").param("age", "OVER_7_DAYS").param("channel", "PHONE")
			.param("from", "2026-10-01").param("to", "2026-10-31").param("sla", "BREACHED").param("approval", "PENDING")
			.param("type", "RETURN"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("queryWithoutPage",
					"type=RETURN&channel=PHONE&from=2026-10-01&to=2026-10-31&age=OVER_7_DAYS&open=true&sla=BREACHED&approval=PENDING"))
			.andExpect(content().string(containsString(
					"href=\"/cases/export.csv?type=RETURN&amp;channel=PHONE&amp;from=2026-10-01")));

		ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
		verify(cases).search(query.capture(), any());
		Instant now = Instant.parse("2026-11-02T10:00:00Z");
		// 1 October in London is BST (UTC+1); "to" includes the whole of 31 October (GMT from the 26th).
		assertThat(query.getValue()).isEqualTo(new CaseQuery(CaseType.RETURN, null, null, null, ContactChannel.PHONE,
				Instant.parse("2026-09-30T23:00:00Z"), now.minus(Duration.ofDays(7)), true, true, null,
				ApprovalState.PENDING, false));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void listsTheCasesNobodyOwnsSettingAnyAssigneeAside() throws Exception {
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/cases").param("unassigned", "true").param("assignee", "sam").param("open", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("queryWithoutPage", "unassigned=true&open=true"))
			.andExpect(content().string(containsString(
					"name=\"unassigned\" value=\"true\" checked=\"checked\"")));

		ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
		verify(cases).search(query.capture(), any());
		assertThat(query.getValue().unassigned()).isTrue();
		assertThat(query.getValue().assignee()).isNull();
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesMyCasesAndNobodysTogether() throws Exception {
		mvc.perform(get("/cases").param("unassigned", "true").param("mine", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filterForm", "unassigned", "case.list.unassigned.mine"))
			.andExpect(content().string(containsString(
					"id=\"unassigned-error\">Choose your own cases or cases nobody owns, not both.")));
		verify(cases, never()).search(any(), any());
	}

	/** A disabled account is not among the active staff the list offers, but keeps its display name. */
	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void namesTheDisabledAccountTheListIsFilteredByAsTheRowsDo() throws Exception {
		given(staff.find("JTEMP")).willReturn(
				Optional.of(new StaffMember("jtemp", "Jo Temp", "jo@example.com", Role.STAFF, false)));
		given(staff.displayName("jtemp")).willReturn(Optional.of("Jo Temp"));
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/cases").param("assignee", "JTEMP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"jtemp\" selected=\"selected\">Jo Temp</option>")));
	}

	/** An owner whose account was disabled stays the selected owner, named as the other owners are. */
	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void namesACaseOwnerWhoseAccountIsDisabledInTheOwnerChoice() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.assignedTo("AC-2026-000042", "jtemp"));
		given(staff.activeStaff()).willReturn(
				List.of(new StaffMember("staff", "Sam Staff", "sam@example.com", Role.STAFF, true)));
		given(staff.displayName("jtemp")).willReturn(Optional.of("Jo Temp"));

		mvc.perform(get("/cases/AC-2026-000042"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("<option value=\"jtemp\" selected=\"selected\">Jo Temp (jtemp)</option>")))
			.andExpect(content().string(containsString("<option value=\"staff\">Sam Staff (staff)</option>")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesAnAssigneeNobodyIsBesideTheListKeepingWhatWasTyped() throws Exception {
		given(staff.find("ghost")).willReturn(Optional.empty());

		mvc.perform(get("/cases").param("assignee", "ghost"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filterForm", "assignee", "case.list.assignee.unknown"))
			.andExpect(content().string(containsString(
					"id=\"assignee-error\">No member of staff has the username “ghost”. Choose one from the list.")))
			.andExpect(content().string(containsString("<option value=\"ghost\" selected=\"selected\">ghost</option>")));
		verify(cases, never()).search(any(), any());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void listsTheCasesOfAUsernameTheDirectoryDoesNotKnowWhenCasesCarryIt() throws Exception {
		given(staff.find("formerstaff")).willReturn(Optional.empty());
		given(cases.anyAssignedTo("formerstaff")).willReturn(true);
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/cases").param("assignee", "formerstaff"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasNoErrors("filterForm"));
		verify(cases).search(argThat(query -> "formerstaff".equals(query.assignee())), any());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void namesEachFilterThatIsNotValidBesideItKeepingWhatWasTypedAndListsNothingUntilCorrected() throws Exception {
		String[][] cases = { { "type", "BOGUS", "type-error", "“BOGUS” is not a case type." },
				{ "status", "LOST", "status-error", "“LOST” is not a status." },
				{ "channel", "FAX", "channel-error", "“FAX” is not a channel." },
				{ "from", "notadate", "from-error", "“notadate” is not a date." },
				{ "to", "2026-13-45", "to-error", "“2026-13-45” is not a date." },
				{ "age", "ANCIENT", "age-error", "“ANCIENT” is not an age." },
				{ "sla", "LATE", "sla-error", "“LATE” is not an SLA state." },
				{ "approval", "MAYBE", "approval-error", "“MAYBE” is not an approval state." },
				{ "open", "perhaps", "open-error", "“perhaps” is not yes or no." },
				{ "mine", "perhaps", "mine-error", "“perhaps” is not yes or no." } };
		for (String[] bad : cases) {
			mvc.perform(get("/cases").param(bad[0], bad[1]).param("q", "Jane"))
				.andExpect(status().isOk())
				.andExpect(view().name("cases/case-list"))
				.andExpect(model().attributeHasFieldErrors("filterForm", bad[0]))
				.andExpect(content().string(containsString("Correct the filters marked below to see the cases.")))
				.andExpect(content().string(containsString("id=\"" + bad[2] + "\">" + bad[3])))
				.andExpect(content().string(containsString("value=\"Jane\"")))
				.andExpect(content().string(not(containsString("id=\"case-count\""))));
		}
		mvc.perform(get("/cases").param("from", "2026-10-31").param("to", "2026-10-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"to-error\">The end date, 1 Oct 2026, is before the start date, 31 Oct 2026.")))
			.andExpect(content().string(containsString("value=\"2026-10-01\"")));
		// A filter sent twice keeps its first value, as every field does (TextInputBinding).
		mvc.perform(get("/cases").param("status", "LOST", "GONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“LOST” is not a status.")));
		verify(this.cases, never()).search(any(), any());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsTheLastPageForAPageBeyondIt() throws Exception {
		var row = new uk.aftercare.cases.CaseListItem("AC-2026-000001", "Jane Smith", "jane@example.com",
				CaseType.RETURN, CaseStatus.OPEN, Priority.NORMAL, "staff", "staff", Instant.parse("2026-11-02T10:00:00Z"),
				Instant.parse("2026-11-02T10:00:00Z"), false, null, false);
		given(cases.search(any(), eq(org.springframework.data.domain.PageRequest.of(50, 25))))
			.willReturn(new org.springframework.data.domain.PageImpl<>(List.of(),
					org.springframework.data.domain.PageRequest.of(50, 25), 302));
		given(cases.search(any(), eq(org.springframework.data.domain.PageRequest.of(12, 25))))
			.willReturn(new org.springframework.data.domain.PageImpl<>(List.of(row),
					org.springframework.data.domain.PageRequest.of(12, 25), 302));

		mvc.perform(get("/cases").param("page", "50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 13 of 13")))
			.andExpect(content().string(containsString("AC-2026-000001")))
			.andExpect(content().string(not(containsString("No cases match these filters."))));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void readsAPageNumberItCannotUseAsTheFirstOrTheLastPage() throws Exception {
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/cases").param("page", "abc")).andExpect(status().isOk());
		mvc.perform(get("/cases").param("page", "-1")).andExpect(status().isOk());
		mvc.perform(get("/cases").param("page", "99999999999999")).andExpect(status().isOk());

		ArgumentCaptor<org.springframework.data.domain.Pageable> page = ArgumentCaptor
			.forClass(org.springframework.data.domain.Pageable.class);
		verify(cases, org.mockito.Mockito.times(3)).search(any(), page.capture());
		assertThat(page.getAllValues()).extracting(org.springframework.data.domain.Pageable::getPageNumber)
			.startsWith(0, 0);
		assertThat(page.getAllValues()).allSatisfy(asked -> assertThat(asked.getOffset())
			.isLessThanOrEqualTo(Integer.MAX_VALUE));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void limitsTheSearchToALengthItCanMatchAndSaysSoBesideIt() throws Exception {
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/cases"))
			.andExpect(content().string(containsString("maxlength=\"200\"")));
		mvc.perform(get("/cases").param("q", "x".repeat(201)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filterForm", "q", "case.list.q.tooLong"))
			.andExpect(content().string(containsString("id=\"q-error\">Search for at most 200 characters")))
			.andExpect(content().string(containsString("value=\"" + "x".repeat(201) + "\"")));
		verify(cases, org.mockito.Mockito.times(1)).search(any(), any());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void filtersByTheAssigneeAsTheStaffDirectorySpellsIt() throws Exception {
		given(cases.search(any(), any())).willReturn(Page.empty());
		given(staff.find("STAFF2")).willReturn(
				Optional.of(new StaffMember("staff2", "Sam Second", "staff2@example.com", Role.STAFF, true)));

		mvc.perform(get("/cases").param("assignee", "STAFF2")).andExpect(status().isOk());

		ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
		verify(cases).search(query.capture(), any());
		assertThat(query.getValue().assignee()).isEqualTo("staff2");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void offersTheCsvExportToManagersOnly() throws Exception {
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/cases").param("sla", "DUE_SOON"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("export.csv"))));

		ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
		verify(cases).search(query.capture(), any());
		assertThat(query.getValue().slaDueBefore()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
	}

	/** Sends the log form with these fields and an issued token, and gives back the command the service was asked to log. */
	private OpenCaseCommand commandLogged(MockHttpServletRequestBuilder form) throws Exception {
		given(cases.open(any(OpenCaseCommand.class), eq("staff"), eq("form:" + TOKEN)))
			.willReturn(new CaseService.OpenedCase(caseView("AC-2026-000042"), true));
		mvc.perform(form.with(csrf()).param("formToken", TOKEN)).andExpect(status().is3xxRedirection());
		ArgumentCaptor<OpenCaseCommand> command = ArgumentCaptor.forClass(OpenCaseCommand.class);
		verify(cases).open(command.capture(), eq("staff"), eq("form:" + TOKEN));
		return command.getValue();
	}

}
