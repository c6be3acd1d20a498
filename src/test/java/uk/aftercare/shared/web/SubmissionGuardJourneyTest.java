package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.shared.JdbcRows;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;

/**
 * The same form sent twice (a double click, a browser resend) is saved once, for every form a page renders: each
 * carries a one-time {@code _submission} token beside its {@code _csrf}, and the second sending is redirected to
 * where the first went, warned when it was sent with changed values that those were not saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubmissionGuardJourneyTest {

	private static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");

	private static final Pattern SUBMISSION_TOKEN = Pattern.compile("name=\"_submission\" value=\"([^\"]+)\"");

	private static final String ALREADY_SAVED = "This was already saved: a second click or a resend is not saved again.";

	private static final String CHANGES_NOT_SAVED = "This form had already been saved, so the changes you made before "
			+ "sending it again were not saved. This page shows what was saved: if you still need your changes, make "
			+ "them here, where the page allows it.";

	private final RequestPostProcessor staff = user("pat").roles("STAFF");

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	ReturnAuthorisationService rmas;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	FeedbackService feedback;

	@Autowired
	FollowUpService followUps;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ShopClock clock;

	@BeforeEach
	void staffWhoTakeCallBacks() {
		// Other test classes sharing this application may have added either already.
		if (!accounts.exists("pat")) {
			accounts.create("pat", "Pat Staff", null, "a long password 1", Role.STAFF);
		}
		if (!accounts.exists("sid")) {
			accounts.create("sid", "Sid Supervisor", null, "a long password 2", Role.SUPERVISOR);
		}
	}

	private String openCase(CaseType type, String description) {
		return cases.open(new OpenCaseCommand(ContactChannel.EMAIL, description,
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, "R-123", "Kettle",
				type, false), "pat", null).view().caseNumber();
	}

	private static String token() {
		return SubmissionTokens.newToken();
	}

	private int rowsFor(String token) {
		return jdbc.queryForObject("select count(*) from form_submission where token = ?", Integer.class, token);
	}

	@Test
	void everyFormSentByPostCarriesItsOwnTokenBesideTheCsrfOneAndFormsSentByGetNeither() throws Exception {
		String number = openCase(CaseType.QUERY, "Where is my order?");
		String page = mvc.perform(get("/cases/" + number + "/updates").with(staff))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		List<String> tokens = new ArrayList<>();
		Matcher forms = FORM.matcher(page);
		int postForms = 0;
		while (forms.find()) {
			if (forms.group(1).contains("method=\"post\"")) {
				postForms++;
				assertThat(forms.group(2)).contains("name=\"_csrf\"");
				Matcher token = SUBMISSION_TOKEN.matcher(forms.group(2));
				assertThat(token.find()).as("a token in %s", forms.group(1)).isTrue();
				tokens.add(token.group(1));
			}
		}
		// The update, the contact preference and signing out.
		assertThat(postForms).isGreaterThanOrEqualTo(3);
		assertThat(tokens).doesNotHaveDuplicates().allMatch(t -> t.matches("[A-Za-z0-9_-]{22}"));

		String list = mvc.perform(get("/cases").with(staff)).andReturn().getResponse().getContentAsString();
		Matcher listForms = FORM.matcher(list);
		int getForms = 0;
		while (listForms.find()) {
			if (listForms.group(1).contains("method=\"get\"")) {
				getForms++;
				assertThat(listForms.group(2)).doesNotContain("_submission").doesNotContain("_csrf");
			}
		}
		assertThat(getForms).isPositive();
	}

	@Test
	void aReturnAuthorisationSentTwiceIsRaisedOnce() throws Exception {
		String number = openCase(CaseType.RETURN, "My kettle stopped working, I want a refund");
		String token = token();

		String first = mvc.perform(returnForm(number).param("_submission", token))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(first).matches("/returns/RMA-\\d{4}-\\d{6}");

		mvc.perform(returnForm(number).param("_submission", token))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(first))
			.andExpect(flash().attribute("success", ALREADY_SAVED));

		assertThat(rmas.forCase(number)).hasSize(1);
	}

	@Test
	void aLivePreviewOfTheReturnFormDoesNotUseUpItsToken() throws Exception {
		String number = openCase(CaseType.RETURN, "My kettle stopped working, I want a refund");
		String token = token();

		// A browser's script says so: the preview is not guarded at all, however long it takes.
		mvc.perform(returnForm(number, "/returns/decision").param("_submission", token)
			.header("Sec-Fetch-Mode", "cors"))
			.andExpect(status().isOk());
		assertThat(rowsFor(token)).isZero();
		// An older browser that does not say: the page it answers gives the token back.
		mvc.perform(returnForm(number, "/returns/decision").param("_submission", token)).andExpect(status().isOk());
		mvc.perform(returnForm(number).param("_submission", token).param("preview", "true"))
			.andExpect(status().isOk());
		assertThat(rowsFor(token)).isZero();

		mvc.perform(returnForm(number).param("_submission", token)).andExpect(status().isFound());
		assertThat(rmas.forCase(number)).hasSize(1);
		assertThat(rowsFor(token)).isOne();
	}

	@Test
	void aNoteSentAgainWithTheSameValuesIsSavedOnce() throws Exception {
		String number = openCase(CaseType.QUERY, "Where is my order?");
		String token = tokenOfTheFormTo("/cases/" + number, "/cases/" + number + "/notes");

		mvc.perform(note(number, "Customer will bring the receipt").param("_submission", token))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/cases/" + number));
		mvc.perform(note(number, "Customer will bring the receipt").param("_submission", token))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/cases/" + number))
			.andExpect(flash().attribute("success", ALREADY_SAVED))
			.andExpect(flash().attribute("warning", nullValue()));

		assertThat(notesOn(number)).containsExactly("Customer will bring the receipt");
	}

	@Test
	void aNoteChangedAndSentAgainIsNotSavedAndTheWarningSaysSo() throws Exception {
		String number = openCase(CaseType.QUERY, "Where is my order?");
		String token = tokenOfTheFormTo("/cases/" + number, "/cases/" + number + "/notes");

		mvc.perform(note(number, "Customer will bring the receipt").param("_submission", token))
			.andExpect(status().isFound());
		// The browser's back button, the note changed, sent again.
		mvc.perform(note(number, "Customer will bring the receipt on Monday").param("_submission", token))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/cases/" + number))
			.andExpect(flash().attribute("warning", CHANGES_NOT_SAVED))
			.andExpect(flash().attribute("success", nullValue()));

		assertThat(notesOn(number)).containsExactly("Customer will bring the receipt");
		mvc.perform(get("/cases/" + number).with(staff).flashAttr("warning", CHANGES_NOT_SAVED))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("were not saved")));
	}

	@Test
	void aLoggedCaseChangedAndSentAgainKeepsWhatWasLoggedAndSaysTheChangesWereNotSaved() throws Exception {
		String formToken = UUID.randomUUID().toString();
		String token = token();
		String email = UUID.randomUUID() + "@example.com";

		String caseAddress = mvc.perform(logCase(formToken, email, "My kettle leaks").param("_submission", token))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(logCase(formToken, email, "My kettle leaks and the base sparks").param("_submission", token))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(caseAddress))
			.andExpect(flash().attribute("warning", CHANGES_NOT_SAVED));

		assertThat(cases.get(caseAddress.substring("/cases/".length())).description()).isEqualTo("My kettle leaks");
	}

	@Test
	void aFormFirstSentBeforeItsValuesWereRecordedIsSentAgainAsBefore() throws Exception {
		String number = openCase(CaseType.QUERY, "Where is my order?");
		String token = token();
		submissions.claim("pat", token, null);
		submissions.finish("pat", token, "/cases/" + number);

		mvc.perform(note(number, "Anything at all").param("_submission", token))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/cases/" + number))
			.andExpect(flash().attribute("success", ALREADY_SAVED));

		assertThat(notesOn(number)).isEmpty();
	}

	@Test
	void aCustomerUpdateSentTwiceIsEmailedOnce() throws Exception {
		String number = openCase(CaseType.QUERY, "Where is my order?");
		String token = token();

		mvc.perform(update(number).param("_submission", token))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/cases/" + number + "/updates"));
		mvc.perform(update(number).param("_submission", token))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/cases/" + number + "/updates"))
			.andExpect(flash().attribute("success", ALREADY_SAVED));

		assertThat(updates.messagesFor(number)).filteredOn(m -> m.templateKey() == MailTemplateKey.DECISION)
			.hasSize(1);
	}

	@Test
	void feedbackSentTwiceIsRecordedOnceWithOneCallBack() throws Exception {
		String number = openCase(CaseType.COMPLAINT, "Your staff were rude to me at the till");
		String token = token();

		mvc.perform(lowScore(number).param("_submission", token))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/cases/" + number + "/feedback"));
		mvc.perform(lowScore(number).param("_submission", token))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/cases/" + number + "/feedback"))
			.andExpect(flash().attribute("success", ALREADY_SAVED));

		assertThat(feedback.forCase(number)).hasSize(1);
		assertThat(followUps.forCase(number)).hasSize(1);
	}

	@Test
	void aFormShownAgainWithItsErrorsIsSavedOnceWhenCorrected() throws Exception {
		String number = openCase(CaseType.COMPLAINT, "Your staff were rude to me at the till");
		String token = token();

		mvc.perform(post("/cases/" + number + "/feedback").with(staff).with(csrf())
			.param("source", "PHONE").param("score", "0").param("_submission", token))
			.andExpect(status().isOk());
		assertThat(rowsFor(token)).isZero();

		mvc.perform(lowScore(number).param("_submission", token)).andExpect(status().isFound());
		mvc.perform(lowScore(number).param("_submission", token)).andExpect(status().isSeeOther());

		assertThat(feedback.forCase(number)).hasSize(1);
	}

	@Test
	void withoutATokenEachSendingIsSavedAsBefore() throws Exception {
		String number = openCase(CaseType.QUERY, "Where is my order?");

		mvc.perform(note(number, "Customer will bring the receipt")).andExpect(status().isFound());
		mvc.perform(note(number, "Customer will bring the receipt")).andExpect(status().isFound());

		assertThat(notesOn(number)).containsExactly("Customer will bring the receipt",
				"Customer will bring the receipt");
	}

	@Test
	void aTokenIsEachUsersOwn() throws Exception {
		String number = openCase(CaseType.QUERY, "Where is my order?");
		String token = token();

		mvc.perform(note(number, "Customer will bring the receipt").param("_submission", token))
			.andExpect(status().isFound());
		mvc.perform(post("/cases/" + number + "/notes").with(user("sid").roles("SUPERVISOR")).with(csrf())
			.param("text", "Customer will bring the receipt")
			.param("_submission", token))
			.andExpect(status().isFound());

		assertThat(notesOn(number)).hasSize(2);
	}

	@Test
	void aSecondSendingArrivingWhileTheFirstIsHandledGetsTheFirstsAnswer() throws Exception {
		String number = openCase(CaseType.COMPLAINT, "Your staff were rude to me at the till");
		String token = token();
		assertThat(submissions.claim("pat", token, null)).isEmpty();

		CompletableFuture<MvcResult> second = CompletableFuture.supplyAsync(() -> send(lowScore(number)
			.param("_submission", token)));
		submissions.finish("pat", token, "/cases/" + number + "/feedback");

		MvcResult answer = second.get(30, TimeUnit.SECONDS);
		assertThat(answer.getResponse().getStatus()).isEqualTo(303);
		assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + number + "/feedback");
		assertThat(answer.getFlashMap().get("success")).isEqualTo(ALREADY_SAVED);
		assertThat(feedback.forCase(number)).isEmpty();
	}

	@Test
	void aSecondSendingWithChangedValuesArrivingWhileTheFirstIsHandledIsWarned() throws Exception {
		String number = openCase(CaseType.COMPLAINT, "Your staff were rude to me at the till");
		String token = token();
		assertThat(submissions.claim("pat", token, fingerprintOf(lowScore(number).param("_submission", token),
				token))).isEmpty();

		CompletableFuture<MvcResult> second = CompletableFuture.supplyAsync(() -> send(lowScore(number)
			.param("score", "2")
			.param("_submission", token)));
		submissions.finish("pat", token, "/cases/" + number + "/feedback");

		MvcResult answer = second.get(30, TimeUnit.SECONDS);
		assertThat(answer.getResponse().getStatus()).isEqualTo(303);
		assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + number + "/feedback");
		assertThat(answer.getFlashMap().get("warning")).isEqualTo(CHANGES_NOT_SAVED);
		assertThat(feedback.forCase(number)).isEmpty();
	}

	@Test
	void aSecondSendingGoesOnWhenTheFirstGivesItsTokenBack() throws Exception {
		String number = openCase(CaseType.COMPLAINT, "Your staff were rude to me at the till");
		String token = token();
		assertThat(submissions.claim("pat", token, null)).isEmpty();

		CompletableFuture<MvcResult> second = CompletableFuture.supplyAsync(() -> send(lowScore(number)
			.param("_submission", token)));
		submissions.release("pat", token);

		assertThat(second.get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(302);
		assertThat(feedback.forCase(number)).hasSize(1);
	}

	private MvcResult send(MockHttpServletRequestBuilder request) {
		try {
			return mvc.perform(request).andReturn();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void whenTheFirstSendingDoesNotFinishTheSecondGoesBackToItsPage() throws Exception {
		String number = openCase(CaseType.COMPLAINT, "Your staff were rude to me at the till");
		String token = token();
		assertThat(submissions.claim("pat", token, null)).isEmpty();

		mvc.perform(lowScore(number).param("_submission", token)
			.header("Referer", "http://localhost/cases/" + number + "/feedback?from=list"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/cases/" + number + "/feedback?from=list"))
			.andExpect(flash().attribute("warning", startsWith("This form was already sent")));
		// A page elsewhere is not followed.
		mvc.perform(lowScore(number).param("_submission", token).header("Referer", "https://elsewhere.example/x"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/"));

		assertThat(feedback.forCase(number)).isEmpty();
	}

	@Test
	void formsSentMoreThanAWeekAgoAreForgotten() {
		String old = token();
		submissions.claim("pat", old, null);
		jdbc.update("update form_submission set created_at = ? where token = ?",
				JdbcRows.utc(clock.now().minus(Duration.ofDays(8))), old);
		String recent = token();
		submissions.claim("pat", recent, null);

		submissions.removeSentBefore(clock.now().minus(FormSubmissions.KEPT));

		assertThat(rowsFor(old)).isZero();
		assertThat(rowsFor(recent)).isOne();
	}

	private MockHttpServletRequestBuilder returnForm(String caseNumber) {
		return returnForm(caseNumber, "/returns");
	}

	/** A kettle bought in store a week ago, sent to this address under the case. */
	private MockHttpServletRequestBuilder returnForm(String caseNumber, String path) {
		return post("/cases/" + caseNumber + path).with(staff).with(csrf())
			.param("customerName", "Jane Smith")
			.param("orderReference", "R-123")
			.param("proofOfPurchase", "RECEIPT")
			.param("productType", "GOODS")
			.param("region", "ENGLAND_WALES")
			.param("channel", "IN_STORE")
			.param("purchaseDate", clock.today().minusDays(7).toString())
			.param("requestDate", clock.today().toString())
			.param("lines[0].sku", "KT-100")
			.param("lines[0].description", "Kettle")
			.param("lines[0].serialNumber", "SN-77")
			.param("lines[0].quantity", "1")
			.param("lines[0].unitPrice", "49.99")
			.param("lines[0].condition", "USED")
			.param("reasonCode", "FAULTY")
			.param("customerWish", "REFUND")
			.param("offeredRemedy", "FULL_REFUND")
			.param("returnMethod", "IN_STORE")
			.param("refundMethod", "ORIGINAL_PAYMENT_METHOD")
			.param("cancellationInfoGiven", "true");
	}

	/** The one-time token of the form on this page that posts to this address, as a browser would send it. */
	private String tokenOfTheFormTo(String page, String action) throws Exception {
		String html = mvc.perform(get(page).with(staff)).andReturn().getResponse().getContentAsString();
		Matcher forms = FORM.matcher(html);
		while (forms.find()) {
			if (forms.group(1).contains("action=\"" + action + "\"")) {
				Matcher token = SUBMISSION_TOKEN.matcher(forms.group(2));
				assertThat(token.find()).as("a token in the form to %s", action).isTrue();
				return token.group(1);
			}
		}
		throw new AssertionError("No form to " + action + " on " + page);
	}

	/** What the guard records of this sending: as the browser sent it, less its CSRF field. */
	private static String fingerprintOf(MockHttpServletRequestBuilder request, String token) {
		return FormFingerprint.of(request.buildRequest(new MockServletContext()), token);
	}

	private List<String> notesOn(String caseNumber) {
		return cases.get(caseNumber).timeline().stream()
			.filter(entry -> entry.kind() == TimelineKind.NOTE)
			.map(TimelineEntry::summary)
			.toList();
	}

	private MockHttpServletRequestBuilder note(String caseNumber, String text) {
		return post("/cases/" + caseNumber + "/notes").with(staff).with(csrf()).param("text", text);
	}

	/** The log form, the type chosen, as its page sends it. */
	private MockHttpServletRequestBuilder logCase(String formToken, String email, String description) {
		return post("/cases").with(staff).with(csrf())
			.param("formToken", formToken)
			.param("customerName", "Jane Smith")
			.param("customerEmail", email)
			.param("channel", "PHONE")
			.param("type", "RETURN")
			.param("description", description);
	}

	private MockHttpServletRequestBuilder update(String caseNumber) {
		return post("/cases/" + caseNumber + "/updates").with(staff).with(csrf())
			.param("template", "DECISION")
			.param("details", "We will refund you");
	}

	private MockHttpServletRequestBuilder lowScore(String caseNumber) {
		return post("/cases/" + caseNumber + "/feedback").with(staff).with(csrf())
			.param("source", "PHONE")
			.param("score", "1")
			.param("resolved", "false")
			.param("comment", "Still upset");
	}

}
