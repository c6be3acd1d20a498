package uk.aftercare.followups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
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
import static uk.aftercare.followups.CaseViews.archivedCaseView;
import static uk.aftercare.followups.CaseViews.caseView;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.followups.ContactPreferenceView;
import uk.aftercare.followups.CustomerMessageView;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.Delivery;
import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(CustomerUpdateController.class)
@WebTestSupport
class CustomerUpdateControllerTest {

	private static final String NUMBER = "AC-2026-000042";

	private static final String BUSY = "Someone else saved this customer\u2019s contact preferences at the same moment, "
			+ "so yours were not saved. Theirs are shown below: check them and save again if needed.";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CustomerUpdateService updates;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	StaffDirectory staffDirectory;

	/** Whom a letter is posted to is worked out by the service from the address it is stubbed to give. */
	@BeforeEach
	void letterAddresses() {
		given(updates.postedTo(any(), any())).willCallRealMethod();
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesWhoLastChangedThePreferencesByTheirName() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.QUERY, CaseStatus.OPEN, "jane@example.com"));
		given(updates.preferenceOf(7L)).willReturn(new ContactPreferenceView(7L, true, false, null, "staff2",
				Instant.parse("2026-11-02T10:00:00Z"), true));
		given(staffDirectory.displayName("staff2")).willReturn(Optional.of("Priya Patel"));

		mvc.perform(get("/cases/" + NUMBER + "/updates"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Last changed by Priya Patel, 2 Nov 2026, 10:00.")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void preferencesSavedByTwoPeopleAtOnceSayItToTheSecondInsteadOfAnErrorPage() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.QUERY, CaseStatus.OPEN, "jane@example.com"));
		given(updates.preferenceOf(7L)).willReturn(ContactPreferenceView.defaults(7L));
		given(updates.changePreference(eq(NUMBER), anyBoolean(), anyBoolean(), any(), anyString()))
			.willThrow(new DataIntegrityViolationException("uk_contact_preference_customer"))
			.willThrow(new ObjectOptimisticLockingFailureException("ContactPreference", 3L));

		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/cases/" + NUMBER + "/preferences").with(csrf())
				.param("emailAllowed", "false")
				.param("surveyConsent", "false"))
				.andExpect(redirectedUrl("/cases/" + NUMBER + "/updates"))
				.andExpect(flash().attribute("warning", BUSY));
		}
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void offersOnlyTheUpdatesTrueOfTheCaseAndShowsARefusalBesideTheFieldKeepingTheDetails() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.QUERY, CaseStatus.OPEN, "jane@example.com"));
		given(updates.preferenceOf(7L)).willReturn(ContactPreferenceView.defaults(7L));
		given(updates.updatesFor(NUMBER)).willReturn(List.of(MailTemplateKey.ACKNOWLEDGEMENT, MailTemplateKey.DECISION));
		given(updates.sendUpdate(NUMBER, MailTemplateKey.CLOSURE, "All sorted", true, "sam"))
			.willThrow(new InvalidInputException("template", "Not sent: this case is Open, not closed."));

		String page = mvc.perform(post("/cases/" + NUMBER + "/updates").with(csrf())
			.param("template", "CLOSURE")
			.param("details", "All sorted"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(page, "template", "template-error",
				"Not sent: this case is Open, not closed.");
		assertThat(page).contains(">All sorted</textarea>")
			.contains("<option value=\"DECISION\">")
			.doesNotContain("<option value=\"CLOSURE\"", "<option value=\"REFUND_ISSUED\"");
		mvc.perform(get("/cases/" + NUMBER + "/updates"))
			.andExpect(content().string(containsString("<option value=\"ACKNOWLEDGEMENT\">")))
			.andExpect(content().string(not(containsString("<option value=\"CLOSURE\">"))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesMissingDetailsAlongsideAnUpdateNotOnTheListAndSendsNothing() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.QUERY, CaseStatus.CLOSED, "jane@example.com"));
		given(updates.preferenceOf(7L)).willReturn(ContactPreferenceView.defaults(7L));
		given(updates.updatesFor(NUMBER)).willReturn(List.of(MailTemplateKey.CLOSURE));
		given(updates.updateProblems(NUMBER, null, "", true)).willReturn(List.of(
				new FieldProblem("template", "Choose an update from the list"),
				new FieldProblem("details", "Write the details for the customer")));

		String page = mvc.perform(post("/cases/" + NUMBER + "/updates").with(csrf())
			.param("template", "FOO")
			.param("details", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("updateForm", "template", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("updateForm", "details", "customerUpdate.invalid"))
			.andExpect(model().attributeErrorCount("updateForm", 2))
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(page, "template", "template-error", "Choose an update from the list");
		Markup.assertInvalidAndDescribedBy(page, "details", "details-error", "Write the details for the customer");
		verify(updates, never()).sendUpdate(anyString(), any(), any(), anyBoolean(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterToPrintIsAddressedToTheCustomersPostalAddress() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		given(updates.message(NUMBER, 5L)).willReturn(finalResponseLetter());
		given(updates.postalAddressOf(any())).willReturn(Optional.of(
				new PostalAddress(List.of("Flat 2, Rosemary Court", "14 Mill Lane", "Harrogate"), "HG1 2XX")));

		String page = mvc.perform(get("/cases/" + NUMBER + "/messages/5"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<p id=\"letter-address\"><span>Jane Smith</span><br><span>Flat 2, Rosemary Court"
				+ "</span><br><span>14 Mill Lane</span><br><span>Harrogate</span><br><span>HG1 2XX</span></p>");
		assertThat(page.indexOf("letter-address")).as("above the subject and the text")
			.isLessThan(page.indexOf("Dear Jane Smith,"));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterToACustomerWithNoPostalAddressNamesThemAsBefore() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		given(updates.message(NUMBER, 5L)).willReturn(finalResponseLetter());
		given(updates.postalAddressOf(any())).willReturn(Optional.empty());

		mvc.perform(get("/cases/" + NUMBER + "/messages/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>Jane Smith</p>")))
			.andExpect(content().string(not(containsString("letter-address"))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterKeepsTheNameAndAddressItWasIssuedToWhenTheCustomersRecordChanges() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		given(updates.message(NUMBER, 5L)).willReturn(finalResponseLetter(new CustomerMessageView.Addressee(
				"Janet Smith", new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"))));
		given(updates.postalAddressOf(any())).willReturn(Optional.of(
				new PostalAddress(List.of("3 Park Row", "Leeds"), "LS1 5AB")));

		String page = mvc.perform(get("/cases/" + NUMBER + "/messages/5"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<p id=\"letter-address\"><span>Janet Smith</span><br><span>14 Mill Lane</span><br>"
				+ "<span>Harrogate</span><br><span>HG1 2XX</span></p>")
			.doesNotContain("Park Row", "no-address");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterIssuedWithNoAddressSaysSoWithTheWayToTheCustomersPageToAddOneAndIssueItAgain() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		given(updates.message(NUMBER, 5L))
			.willReturn(finalResponseLetter(new CustomerMessageView.Addressee("Janet Smith", null)));
		given(updates.postalAddressOf(any())).willReturn(Optional.empty());

		String page = mvc.perform(get("/cases/" + NUMBER + "/messages/5"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<p>Janet Smith</p>")
			.contains("This letter was issued while the customer&#39;s record had no postal address, so it has none "
					+ "and cannot be posted.")
			.contains("href=\"/customers/7#addressLines\">Add their address on the customer&#39;s page, then issue "
					+ "the letter again</a>");
		assertThat(page).as("not printed on the letter")
			.contains("class=\"alert alert-warning d-print-none\" role=\"alert\" id=\"no-address\"");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterIssuedWithNoAddressKeepsNoneWhenOneIsAddedToTheRecordSince() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		given(updates.message(NUMBER, 5L))
			.willReturn(finalResponseLetter(new CustomerMessageView.Addressee("Janet Smith", null)));
		given(updates.postalAddressOf(any())).willReturn(Optional.of(new PostalAddress(List.of("3 Park Row"), "LS1 5AB")));

		String page = mvc.perform(get("/cases/" + NUMBER + "/messages/5"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<p>Janet Smith</p>")
			.doesNotContain("Park Row", "LS1 5AB", "letter-address")
			.contains("Their record has an address now: issue the letter again, and post that one.");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterKeptForWantOfAMailServerTakesTheAddressOnTheRecordNow() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		CustomerMessageView kept = new CustomerMessageView(5L, NUMBER, MailTemplateKey.FINAL_RESPONSE,
				"jane@example.com", "Final response", "Dear Jane Smith,", Delivery.LOGGED, "sam",
				Instant.parse("2026-11-02T10:00:00Z"), null, null, null, null);
		given(updates.message(NUMBER, 5L)).willReturn(kept);
		given(updates.postalAddressOf(any())).willReturn(Optional.of(new PostalAddress(List.of("3 Park Row"), "LS1 5AB")));

		mvc.perform(get("/cases/" + NUMBER + "/messages/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>3 Park Row</span>")))
			.andExpect(content().string(not(containsString("no-address"))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void markingALetterAsPostedSaysSoOnTheUpdatesPage() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		given(updates.markPosted(NUMBER, 5L, "sam")).willReturn(finalResponseLetter());

		mvc.perform(post("/cases/" + NUMBER + "/messages/5/posted").with(csrf()))
			.andExpect(redirectedUrl("/cases/" + NUMBER + "/updates"))
			.andExpect(flash().attribute("success", "Final response (deadlock) letter marked as posted."));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterThatCannotBeMarkedAsPostedSaysWhyOnTheUpdatesPage() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		given(updates.markPosted(NUMBER, 5L, "sam"))
			.willThrow(new ConflictException("This letter was already marked as posted by Harriet Jones."))
			.willThrow(new ObjectOptimisticLockingFailureException("CustomerMessage", 5L))
			.willThrow(new CaseArchivedException(NUMBER, Instant.parse("2026-11-03T10:00:00Z"), ZoneId.of("Europe/London")));

		mvc.perform(post("/cases/" + NUMBER + "/messages/5/posted").with(csrf()))
			.andExpect(redirectedUrl("/cases/" + NUMBER + "/updates"))
			.andExpect(flash().attribute("warning", "This letter was already marked as posted by Harriet Jones."));
		mvc.perform(post("/cases/" + NUMBER + "/messages/5/posted").with(csrf()))
			.andExpect(redirectedUrl("/cases/" + NUMBER + "/updates"))
			.andExpect(flash().attribute("warning", "Someone else marked this letter as posted at the same moment: "
					+ "the list shows who and when."));
		mvc.perform(post("/cases/" + NUMBER + "/messages/5/posted").with(csrf()))
			.andExpect(redirectedUrl("/cases/" + NUMBER + "/updates"))
			.andExpect(flash().attribute("warning", containsString("personal data was erased on")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterToPostIsMarkedFromTheUpdatesPageOneWithNoAddressSaysItIsNotPostedAndOnePostedSaysByWhom()
			throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.IN_PROGRESS, null));
		given(updates.preferenceOf(7L)).willReturn(ContactPreferenceView.defaults(7L));
		given(staffDirectory.displayName("harriet")).willReturn(Optional.of("Harriet Jones"));
		CustomerMessageView toPost = finalResponseLetter(new CustomerMessageView.Addressee("Jane Smith",
				new PostalAddress(List.of("14 Mill Lane"), "HG1 2XX")));
		CustomerMessageView unaddressed = new CustomerMessageView(6L, NUMBER, MailTemplateKey.DECISION, null,
				"Decision", "Dear Jane Smith,", Delivery.PRINT, "sam", Instant.parse("2026-11-02T10:00:00Z"), null,
				new CustomerMessageView.Addressee("Jane Smith", null), null, null);
		CustomerMessageView posted = new CustomerMessageView(7L, NUMBER, MailTemplateKey.DECISION, null, "Decision",
				"Dear Jane Smith,", Delivery.PRINT, "sam", Instant.parse("2026-11-02T10:00:00Z"), null,
				toPost.addressedTo(), "harriet", Instant.parse("2026-11-03T09:30:00Z"));
		given(updates.messagesFor(NUMBER)).willReturn(List.of(toPost, unaddressed, posted));
		given(updates.whyNotPostable(any(), any())).willReturn(Optional.of("No"));
		given(updates.whyNotPostable(any(), eq(toPost))).willReturn(Optional.empty());

		String page = mvc.perform(get("/cases/" + NUMBER + "/updates"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("action=\"/cases/" + NUMBER + "/messages/5/posted\"")
			.contains("id=\"mark-posted-5\"")
			.doesNotContain("mark-posted-6", "mark-posted-7")
			.contains("Not posted: it has no postal address on it.");
		assertThat(Markup.openingTag(page, "posted-7")).isNotNull();
		assertThat(page).contains("Posted by Harriet Jones, ");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void anErasedCustomersLetterAsksForNoAddress() throws Exception {
		given(cases.get(NUMBER)).willReturn(archivedCaseView(NUMBER, CaseType.COMPLAINT, CaseStatus.CLOSED));
		given(updates.message(NUMBER, 5L))
			.willReturn(finalResponseLetter(new CustomerMessageView.Addressee("Erased customer", null)));

		mvc.perform(get("/cases/" + NUMBER + "/messages/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>Erased customer</p>")))
			.andExpect(content().string(not(containsString("no-address"))));
	}

	private static CustomerMessageView finalResponseLetter() {
		return finalResponseLetter(null);
	}

	/** A final response printed as a letter; {@code to} null for one issued before letters kept their addressee. */
	private static CustomerMessageView finalResponseLetter(CustomerMessageView.Addressee to) {
		Instant at = Instant.parse("2026-11-02T10:00:00Z");
		return new CustomerMessageView(5L, NUMBER, MailTemplateKey.FINAL_RESPONSE, null,
				"Our final response to your complaint - case " + NUMBER, "Dear Jane Smith,", Delivery.PRINT, "sam", at,
				null, to, null, null);
	}

}
