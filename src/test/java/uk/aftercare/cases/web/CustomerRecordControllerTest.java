package uk.aftercare.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.aftercare.cases.CaseListItem;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CustomerCases;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.CustomerRecord;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.DataRequestKind;
import uk.aftercare.customers.DataRequestOutcome;
import uk.aftercare.customers.DataRequestView;
import uk.aftercare.customers.PersonalDataHolder.KeepReason;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.customers.PrivacySettings;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;
import uk.aftercare.staff.StaffDirectory;

@WebMvcTest(CustomerRecordController.class)
@WebTestSupport
@EnableConfigurationProperties(PrivacySettings.class)
class CustomerRecordControllerTest {

	static final Instant CREATED = Instant.parse("2026-10-01T09:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DataProtection dataProtection;

	@MockitoBean
	CustomerCases cases;

	@MockitoBean
	StaffDirectory staff;

	@BeforeEach
	void jane() {
		given(dataProtection.find(7L)).willReturn(Optional.of(
				new CustomerRecord(7L, "Jane Smith", "jane@example.com", "07700 900123", null, CREATED, null, 3, null)));
		given(cases.casesOf(anyLong(), anyInt())).willReturn(List.of(new CaseListItem("AC-2026-000042", "Jane Smith",
				"jane@example.com", CaseType.RETURN, CaseStatus.CLOSED, Priority.NORMAL, "staff", "staff", CREATED,
				CREATED, false, null, false)));
		given(dataProtection.reasonsToKeep(7L)).willReturn(List.of());
	}

	/**
	 * The form to correct Jane's details as a browser sends it: her name and e-mail as they are, the note
	 * "Gave her address" and version 3, the one she is at. Each pair of {@code fieldsAndValues} sets a field the test
	 * is about, in place of the usual value: sending a field twice would not do, as the first value is the one kept.
	 */
	private static MockHttpServletRequestBuilder correction(String... fieldsAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Jane Smith");
		fields.put("email", "jane@example.com");
		fields.put("correctionNote", "Gave her address");
		fields.put("version", "3");
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/customers/7/details").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsStaffTheCustomerAndTheirCasesButNotTheDataRequestForms() throws Exception {
		mvc.perform(get("/customers/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jane@example.com")))
			.andExpect(content().string(containsString("AC-2026-000042")))
			.andExpect(content().string(containsString("pass the request to a supervisor or manager")))
			.andExpect(content().string(containsString("erased 6 years after their last case was closed")))
			.andExpect(content().string(not(containsString("id=\"export-form\""))))
			.andExpect(content().string(not(containsString("id=\"erasure-form\""))));
		mvc.perform(post("/customers/7/data-export").with(csrf()).param("note", "Asked by phone"))
			.andExpect(status().isForbidden());
		verify(dataProtection, never()).export(anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void saysSoWhenThereIsNoSuchCustomer() throws Exception {
		given(dataProtection.find(8L)).willReturn(Optional.empty());

		mvc.perform(get("/customers/8")).andExpect(status().isNotFound());
	}

	/** An address whose id is not a number names no customer: not found, as an id nobody has, not "went wrong". */
	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void saysThereIsNothingAtAnAddressWhoseIdIsNotANumber() throws Exception {
		mvc.perform(get("/customers/abc"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<title>Not found · Aftercare</title>")))
			.andExpect(content().string(containsString("There is nothing at this address: “abc” is not a valid id.")))
			.andExpect(content().string(not(containsString("Something went wrong"))));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void givesASupervisorACopyOfTheDataAsAJsonFile() throws Exception {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("customer", Map.of("email", "jane@example.com"));
		export.put("cases", List.of(Map.of("caseNumber", "AC-2026-000042", "openedAt", CREATED)));
		given(dataProtection.export(7L, "sue", "Asked by e-mail; order number checked")).willReturn(export);

		mvc.perform(post("/customers/7/data-export").with(csrf()).param("note", "Asked by e-mail; order number checked"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("customer-7-data-")))
			.andExpect(jsonPath("$.customer.email").value("jane@example.com"))
			.andExpect(jsonPath("$.cases[0].openedAt").value("2026-10-01T09:00:00Z"));
		mvc.perform(post("/customers/7/erasure").with(csrf()).param("erasureNote", "Asked").param("confirmed", "true"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void asksHowTheCustomerAskedBeforeGivingACopy() throws Exception {
		mvc.perform(post("/customers/7/data-export").with(csrf()).param("note", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("exportForm", "note"))
			.andExpect(content().string(containsString("Say how the customer asked and how you checked it was them")));
		verify(dataProtection, never()).export(anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "max", roles = "MANAGER")
	void erasesOnlyWhenTheManagerConfirmsAndKeepsWhatTheyTyped() throws Exception {
		mvc.perform(post("/customers/7/erasure").with(csrf()).param("erasureNote", "Asked in store, receipt shown"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("erasureForm", "confirmed"))
			.andExpect(content().string(containsString("Asked in store, receipt shown")))
			.andExpect(content().string(containsString("Tick the box to confirm")));
		verify(dataProtection, never()).erase(anyLong(), anyString(), anyString());

		given(dataProtection.erase(7L, "max", "Asked in store, receipt shown"))
			.willReturn(DataProtection.ErasureResult.done());
		mvc.perform(post("/customers/7/erasure").with(csrf())
			.param("erasureNote", "Asked in store, receipt shown")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers/7"))
			.andExpect(flash().attribute("success", "The customer's personal data has been erased."));
	}

	@Test
	@WithMockUser(username = "max", roles = "MANAGER")
	void saysWhyTheDataMustBeKeptForNowAndKeepsSayingItOnReload() throws Exception {
		given(dataProtection.erase(7L, "max", "Asked by e-mail")).willReturn(DataProtection.ErasureResult.refused(
				List.of(KeepReason.of("privacy.keep.case.OPEN", "AC-2026-000043"),
						KeepReason.of("privacy.keep.rma-refund-unpaid", "RMA-2026-000009"))));

		MvcResult refused = mvc.perform(post("/customers/7/erasure").with(csrf())
			.param("erasureNote", "Asked by e-mail")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers/7"))
			.andReturn();

		mvc.perform(get("/customers/7").flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was erased")))
			.andExpect(content().string(containsString("Case AC-2026-000043 is still open.")))
			.andExpect(content().string(containsString("The refund on RMA-2026-000009 has not been paid yet.")))
			.andExpect(content().string(containsString("Asked by e-mail")));
	}

	@Test
	@WithMockUser(username = "max", roles = "MANAGER")
	void recordsARequestToEraseDataAlreadyErasedAndSaysItIsDone() throws Exception {
		Instant erasedAt = Instant.parse("2026-11-24T14:30:00Z");
		given(dataProtection.find(9L)).willReturn(Optional.of(
				new CustomerRecord(9L, "Erased customer", null, null, null, CREATED, erasedAt, 4, null)));
		given(dataProtection.requests(9L)).willReturn(List.of(new DataRequestView(DataRequestKind.ERASURE,
				DataRequestOutcome.DONE, "max", erasedAt, "Asked in store", null)));

		mvc.perform(get("/customers/9"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"erasure-form\""))))
			.andExpect(content().string(containsString("id=\"erasure-again-form\"")))
			.andExpect(content().string(containsString("Their personal data was erased on 24 Nov 2026, 14:30")));

		given(dataProtection.erase(9L, "max", "Asked again by letter")).willReturn(
				DataProtection.ErasureResult.alreadyDone());
		mvc.perform(post("/customers/9/erasure").with(csrf())
			.param("erasureNote", "Asked again by letter")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers/9"))
			.andExpect(flash().attribute("warning", "This customer's personal data had already been erased: the "
					+ "request has been recorded, with nothing more to erase."));
	}

	@Test
	@WithMockUser(username = "max", roles = "MANAGER")
	void asksToTryAgainWhenSomeoneElseIsWorkingOnTheCustomersData() throws Exception {
		given(dataProtection.erase(7L, "max", "Asked by e-mail"))
			.willThrow(new CannotAcquireLockException("Timeout trying to lock table"));

		mvc.perform(post("/customers/7/erasure").with(csrf())
			.param("erasureNote", "Asked by e-mail")
			.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else is working on this customer&#39;s data right now")))
			.andExpect(content().string(containsString("Asked by e-mail")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void letsStaffCorrectTheCustomersDetails() throws Exception {
		ContactDetails corrected = new ContactDetails("Jane Smith-Jones", "jane.sj@example.com", "07700 900123");
		given(dataProtection.correct(7L, corrected, null, 3L, "staff", "Customer phoned with a new e-mail address"))
			.willReturn(List.of("name", "email"));

		mvc.perform(correction(
				"name", "Jane Smith-Jones",
				"email", "Jane.SJ@example.com",
				"phone", "07700 900123",
				"correctionNote", "Customer phoned with a new e-mail address"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers/7"))
			.andExpect(flash().attribute("success", "The customer's details have been corrected."));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void keepsTheFirstValueOfADetailSentTwice() throws Exception {
		ContactDetails corrected = new ContactDetails("Dup", "jane@example.com", "07700 900123");
		given(dataProtection.correct(7L, corrected, null, 3L, "staff", "First note")).willReturn(List.of("name"));

		mvc.perform(post("/customers/7/details").with(csrf())
			.param("name", "Dup", "Dup2")
			.param("email", "jane@example.com")
			.param("phone", "07700 900123")
			.param("correctionNote", "First note", "Second note")
			.param("version", "3"))
			.andExpect(status().is3xxRedirection());
		verify(dataProtection).correct(7L, corrected, null, 3L, "staff", "First note");
	}

	/** A browser stops typing where the server would refuse, so it cannot send a form too large to be read. */
	@Test
	@WithMockUser(username = "supervisor", roles = "SUPERVISOR")
	void stopsEachBoxAtTheLengthTheServerTakes() throws Exception {
		String page = mvc.perform(get("/customers/7")).andReturn().getResponse().getContentAsString();

		assertThat(box(page, "name")).contains("maxlength=\"120\"", "value=\"Jane Smith\"");
		assertThat(box(page, "email")).contains("maxlength=\"200\"");
		assertThat(box(page, "correctionNote")).contains("maxlength=\"1000\"");
		assertThat(box(page, "note")).startsWith("<textarea").contains("maxlength=\"1000\"");
		assertThat(box(page, "phone")).contains("maxlength=\"30\"");
		assertThat(box(page, "addressLines")).startsWith("<textarea").contains("maxlength=\"300\"");
		assertThat(box(page, "postcode")).contains("maxlength=\"10\"");
	}

	private static String box(String page, String name) {
		Matcher box = Pattern.compile("<(input|textarea)[^>]*name=\"" + name + "\"[^>]*>").matcher(page);
		assertThat(box.find()).as("a box named " + name).isTrue();
		return box.group();
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void listsACorrectionByTheDetailsItChangedNotTheirValues() throws Exception {
		given(dataProtection.requests(7L)).willReturn(List.of(new DataRequestView(DataRequestKind.RECTIFICATION,
				DataRequestOutcome.DONE, "staff", CREATED, "Customer phoned with a new e-mail address", "name, email")));

		mvc.perform(get("/customers/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Details corrected · done")))
			.andExpect(content().string(containsString("Changed: name, e-mail")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsEveryWrongDetailBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(correction(
				"name", "",
				"email", "jane.at.example",
				"phone", "call me",
				"correctionNote", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("detailsForm", "name", "email", "phone", "correctionNote"))
			.andExpect(content().string(containsString("value=\"jane.at.example\"")))
			.andExpect(content().string(containsString("value=\"call me\"")));
		verify(dataProtection, never()).correct(anyLong(), any(), any(), anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void keepsWhatWasTypedWhenSomeoneElseCorrectedTheDetailsFirst() throws Exception {
		given(dataProtection.correct(anyLong(), any(), any(), anyLong(), anyString(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("Customer", 7L));

		mvc.perform(correction(
				"email", "jane.new@example.com",
				"correctionNote", "New e-mail",
				"version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed these details after you opened the page")))
			.andExpect(content().string(containsString("value=\"jane.new@example.com\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsACorrectionSomeoneElseSavedMeanwhileAsItIsNowKeepingOnlyWhatWasTyped() throws Exception {
		// The page showed Jane's old e-mail at version 2; a colleague corrected it (version 3) while this user typed a
		// new phone number.
		given(dataProtection.correct(anyLong(), any(), any(), anyLong(), anyString(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("Customer", 7L));

		String html = mvc.perform(correction(
				"email", "jane.old@example.com",
				"phone", "07700 900999",
				"correctionNote", "New phone",
				"version", "2",
				"shownName", "Jane Smith", "shownEmail", "jane.old@example.com", "shownPhone", "07700 900123",
				"shownAddressLines", "", "shownPostcode", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		// The e-mail left alone is shown as it is now, said to be someone else's change.
		assertThat(Markup.attribute(Markup.openingTag(html, "email"), "value")).isEqualTo("jane@example.com");
		assertThat(Markup.attribute(Markup.openingTag(html, "email"), "aria-describedby")).isEqualTo("email-note");
		assertThat(html).contains("id=\"email-note\">Someone else changed this.</div>");
		// The phone typed is kept and marked.
		assertThat(Markup.attribute(Markup.openingTag(html, "phone"), "value")).isEqualTo("07700 900999");
		Markup.assertInvalidAndDescribedBy(html, "phone", "phone-error",
				"What you typed here was not saved: save again to keep it.");
		assertThat(Markup.attribute(Markup.openingTag(html, "name"), "aria-invalid")).isNull();
		assertThat(html).contains("value=\"New phone\"", "Someone changed these details after you opened the page",
				"name=\"version\" value=\"3\"", "name=\"shownEmail\" value=\"jane@example.com\"",
				"name=\"shownPhone\" value=\"07700 900123\"");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void marksWhatWasTypedOverACorrectionSomeoneElseSavedMeanwhileSayingWhatItIsNow() throws Exception {
		given(dataProtection.correct(anyLong(), any(), any(), anyLong(), anyString(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("Customer", 7L));

		String html = mvc.perform(correction(
				"email", "jane.new@example.com",
				"phone", "07700 900123",
				"version", "2",
				"shownName", "Jane Smith", "shownEmail", "jane.old@example.com", "shownPhone", "",
				"shownAddressLines", "", "shownPostcode", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.attribute(Markup.openingTag(html, "email"), "value")).isEqualTo("jane.new@example.com");
		Markup.assertInvalidAndDescribedBy(html, "email", "email-error", "Someone else changed this to "
				+ "jane@example.com. What you typed here was not saved: save again to keep it.");
		// The phone typed is the one a colleague saved meanwhile: nothing to mark.
		assertThat(Markup.attribute(Markup.openingTag(html, "phone"), "aria-invalid")).isNull();
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void namesTheColleagueWhoseCorrectionThisOneMet() throws Exception {
		// The page showed version 2: Jane's old e-mail, no phone, an address in Park Row. Harriet then gave the new
		// e-mail and the phone and removed the address (version 3), while this user typed a phone and a new address.
		given(dataProtection.find(7L)).willReturn(Optional.of(new CustomerRecord(7L, "Jane Smith", "jane@example.com",
				"07700 900123", null, CREATED, null, 3, "harriet")));
		given(staff.displayName("harriet")).willReturn(Optional.of("Harriet Jones"));
		given(dataProtection.correct(anyLong(), any(), any(), anyLong(), anyString(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("Customer", 7L));

		String html = mvc.perform(correction(
				"email", "jane.old@example.com",
				"phone", "07700 900999",
				"addressLines", "2 Park Row\r\nLeeds",
				"postcode", "LS1 4AP",
				"version", "2",
				"shownName", "Jane Smith", "shownEmail", "jane.old@example.com", "shownPhone", "",
				"shownAddressLines", "1 Park Row\r\nLeeds", "shownPostcode", "LS1 4AP"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("id=\"email-note\">Harriet Jones changed this.</div>",
				"id=\"postcode-note\">Harriet Jones changed this.</div>");
		Markup.assertInvalidAndDescribedBy(html, "phone", "phone-error", "Harriet Jones changed this to "
				+ "07700 900123. What you typed here was not saved: save again to keep it.");
		Markup.assertInvalidAndDescribedBy(html, "addressLines", "addressLines-error",
				"Harriet Jones removed this. What you typed here was not saved: save again to keep it.");
		assertThat(Markup.errorSummary(html)).first().isEqualTo(Markup.SummaryLine.unlinked(
				"Harriet Jones changed these details after you opened the page, so nothing was saved. The form shows "
						+ "them as they are now; anything you typed that differs is kept and marked: check it and save "
						+ "again."));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void saysSomeoneChangedTheDetailsWhenTheCorrectionMetIsNotSurelyOneColleagues() throws Exception {
		given(staff.displayName("harriet")).willReturn(Optional.of("Harriet Jones"));
		given(dataProtection.correct(anyLong(), any(), any(), anyLong(), anyString(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("Customer", 7L));
		// The page showed version 1. Harriet's was the last of two corrections since, perhaps not both hers; the
		// application's own; one made before anyone was recorded.
		for (var now : List.of(
				new CustomerRecord(7L, "Jane Smith", "jane@example.com", "07700 900123", null, CREATED, null, 3,
						"harriet"),
				new CustomerRecord(7L, "Jane Smith", "jane@example.com", "07700 900123", null, CREATED, null, 2,
						"system"),
				new CustomerRecord(7L, "Jane Smith", "jane@example.com", "07700 900123", null, CREATED, null, 2,
						null))) {
			given(dataProtection.find(7L)).willReturn(Optional.of(now));
			String html = mvc.perform(correction(
					"email", "jane.old@example.com",
					"phone", "07700 900999",
					"version", "1",
					"shownName", "Jane Smith", "shownEmail", "jane.old@example.com", "shownPhone", "",
					"shownAddressLines", "", "shownPostcode", ""))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();

			assertThat(html).doesNotContain("Harriet", "system changed")
				.contains("Someone changed these details after you opened the page",
						"id=\"email-note\">Someone else changed this.</div>");
			Markup.assertInvalidAndDescribedBy(html, "phone", "phone-error", "Someone else changed this to "
					+ "07700 900123. What you typed here was not saved: save again to keep it.");
		}
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesToLeaveTheCustomerWithNoWayToReachThem() throws Exception {
		mvc.perform(correction(
				"email", "",
				"phone", "",
				"correctionNote", "Customer asked us to remove her e-mail"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("detailsForm", "email", "case.contact.required"));
		verify(dataProtection, never()).correct(anyLong(), any(), any(), anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void aCorrectionSentTwiceIsSavedOnce() throws Exception {
		// The first click saved the details; the second comes from the same page, one version behind.
		given(dataProtection.correct(anyLong(), any(), any(), anyLong(), anyString(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("Customer", 7L));

		mvc.perform(correction(
				"phone", "07700 900123",
				"correctionNote", "New e-mail",
				"version", "2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "The customer's details have been corrected."));
	}

	static final PostalAddress LEEDS = new PostalAddress(List.of("27 Cardigan Road", "Headingley", "Leeds"), "LS6 9XX");

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void letsStaffGiveAPostalAddressAndKeepsItTidyWithItsPostcodeAsRoyalMailWritesIt() throws Exception {
		ContactDetails same = new ContactDetails("Jane Smith", "jane@example.com", "07700 900123");
		given(dataProtection.correct(7L, same, LEEDS, 3L, "staff", "Gave her address for letters"))
			.willReturn(List.of("address"));

		mvc.perform(correction(
				"phone", "07700 900123",
				"addressLines", " 27  Cardigan Road\r\n\r\nHeadingley \r\n Leeds\r\n",
				"postcode", "ls6  9xx",
				"correctionNote", "Gave her address for letters"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers/7"))
			.andExpect(flash().attribute("success", "The customer's details have been corrected."));
		verify(dataProtection).correct(7L, same, LEEDS, 3L, "staff", "Gave her address for letters");
		assertThat(LEEDS.postcode()).isEqualTo("LS6 9XX");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void normalisesEveryShapeOfAValidPostcode() throws Exception {
		for (String[] typed : new String[][] { { "sw1a1aa", "SW1A 1AA" }, { "M1 1AE", "M1 1AE" },
				{ "cr2 6xh", "CR2 6XH" }, { "DN551PT", "DN55 1PT" }, { " w1a 0ax ", "W1A 0AX" },
				{ "EC1A  1BB", "EC1A 1BB" }, { "b33 8th", "B33 8TH" } }) {
			mvc.perform(correction(
					"addressLines", "1 High Street",
					"postcode", typed[0]))
				.andExpect(status().is3xxRedirection());
			verify(dataProtection).correct(7L, new ContactDetails("Jane Smith", "jane@example.com", null),
					new PostalAddress(List.of("1 High Street"), typed[1]), 3L, "staff", "Gave her address");
		}
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesAPostcodeThatIsNotAUkOneBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		for (String wrong : new String[] { "SW1A 1A", "12345", "QA1 1AA", "SW1A 1AC", "SW1A-1AA", "D02 X285" }) {
			String page = mvc.perform(correction(
					"addressLines", "27 Cardigan Road\r\nLeeds",
					"postcode", wrong))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("detailsForm", "postcode", "Pattern"))
				.andExpect(model().attributeErrorCount("detailsForm", 1))
				.andReturn().getResponse().getContentAsString();

			Markup.assertInvalidAndDescribedBy(page, "postcode", "postcode-error",
					"Enter a UK postcode, e.g. SW1A 1AA");
			assertThat(box(page, "postcode")).as(wrong).contains("value=\"" + wrong + "\"");
			assertThat(page).contains(">27 Cardigan Road\nLeeds</textarea>");
		}
		verify(dataProtection, never()).correct(anyLong(), any(), any(), anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void leavesOutALastLineThatIsThePostcodeInItsBoxSoItIsNotPrintedTwice() throws Exception {
		for (String last : new String[] { "LS6 9XX", "ls69xx", "Ls6\u00a09xx" }) {
			mvc.perform(correction(
					"addressLines", "27 Cardigan Road\r\nHeadingley\r\nLeeds\r\n" + last,
					"postcode", "LS6 9XX"))
				.andExpect(status().is3xxRedirection());
		}
		verify(dataProtection, times(3)).correct(7L, new ContactDetails("Jane Smith", "jane@example.com", null), LEEDS,
				3L, "staff", "Gave her address");

		// Four lines and the postcode again: the four an envelope takes.
		mvc.perform(correction(
				"addressLines", "Flat 2\nRosemary Court\n14 Mill Lane\nHarrogate\nHG1 2XX",
				"postcode", "hg1 2xx"))
			.andExpect(status().is3xxRedirection());
		verify(dataProtection).correct(7L, new ContactDetails("Jane Smith", "jane@example.com", null),
				new PostalAddress(List.of("Flat 2", "Rosemary Court", "14 Mill Lane", "Harrogate"), "HG1 2XX"), 3L,
				"staff", "Gave her address");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesALastLineThatIsAnotherPostcodeThanTheOneInItsBox() throws Exception {
		String page = mvc.perform(correction(
				"addressLines", "27 Cardigan Road\r\nLeeds\r\nls6 9xy",
				"postcode", "LS6 9XX"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("detailsForm", "addressLines",
					"customer.address.otherPostcode"))
			.andExpect(model().attributeErrorCount("detailsForm", 1))
			.andReturn().getResponse().getContentAsString();
		Markup.assertInvalidAndDescribedBy(page, "addressLines", "addressLines-error",
				"The last line is the postcode LS6 9XY, but the postcode box says LS6 9XX: put the right one in the "
						+ "postcode box and take the other off the address");
		assertThat(page).contains(">27 Cardigan Road\nLeeds\nls6 9xy</textarea>");
		assertThat(box(page, "postcode")).contains("value=\"LS6 9XX\"");
		verify(dataProtection, never()).correct(anyLong(), any(), any(), anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void takesAPostcodePastedWithANoBreakOrOtherUnicodeSpace() throws Exception {
		for (String pasted : new String[] { "LS6\u00a09XX", "LS6\u202f9XX", "LS6\u2009\u00a09XX", "\u00a0LS6 9XX\u3000" }) {
			mvc.perform(correction(
					"addressLines", "27 Cardigan Road\nHeadingley\nLeeds",
					"postcode", pasted))
				.andExpect(status().is3xxRedirection())
				.andExpect(model().hasNoErrors());
		}
		verify(dataProtection, times(4)).correct(7L, new ContactDetails("Jane Smith", "jane@example.com", null), LEEDS,
				3L, "staff", "Gave her address");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void aPostcodeTooLongSaysSoAsTheRestOfTheApplicationDoes() throws Exception {
		String page = mvc.perform(correction(
				"addressLines", "27 Cardigan Road",
				"postcode", "LS6       9XX"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("detailsForm", "postcode", "Size"))
			.andExpect(model().attributeErrorCount("detailsForm", 1))
			.andReturn().getResponse().getContentAsString();
		Markup.assertInvalidAndDescribedBy(page, "postcode", "postcode-error",
				"The postcode is too long: shorten it to at most 10 characters.");
		assertThat(page).doesNotContain("is too long (at most");
		assertThat(box(page, "postcode")).contains("value=\"LS6       9XX\"");
		verify(dataProtection, never()).correct(anyLong(), any(), any(), anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void anAddressNeedsItsPostcodeAndAPostcodeItsAddress() throws Exception {
		String page = mvc.perform(correction(
				"addressLines", "27 Cardigan Road",
				"postcode", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("detailsForm", "postcode", "customer.postcode.required"))
			.andReturn().getResponse().getContentAsString();
		Markup.assertInvalidAndDescribedBy(page, "postcode", "postcode-error", "Enter the postcode, e.g. SW1A 1AA");
		assertThat(page).contains(">27 Cardigan Road</textarea>");

		page = mvc.perform(correction(
				"addressLines", "\r\n  \r\n",
				"postcode", "LS6 9XX"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("detailsForm", "addressLines", "customer.address.required"))
			.andReturn().getResponse().getContentAsString();
		Markup.assertInvalidAndDescribedBy(page, "addressLines", "addressLines-error",
				"Enter the address that goes with this postcode");
		assertThat(box(page, "postcode")).contains("value=\"LS6 9XX\"");
		verify(dataProtection, never()).correct(anyLong(), any(), any(), anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void refusesAnAddressOfMoreLinesThanAnEnvelopeTakesOrALineTooLong() throws Exception {
		String page = mvc.perform(correction(
				"addressLines", "Flat 2\nRosemary Court\n14 Mill Lane\nBilton\nHarrogate",
				"postcode", "HG1 2XX"))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("detailsForm", 1))
			.andReturn().getResponse().getContentAsString();
		Markup.assertInvalidAndDescribedBy(page, "addressLines", "addressLines-error",
				"Write the address on at most 4 lines (there are 5): the postcode has a box of its own");
		assertThat(page).contains(">Flat 2\nRosemary Court\n14 Mill Lane\nBilton\nHarrogate</textarea>");

		String longLine = "The Old Rectory, Church Lane, Much Wittering by the Water, Far";
		page = mvc.perform(correction(
				"addressLines", "Flat 2\n" + longLine,
				"postcode", "HG1 2XX"))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("detailsForm", 1))
			.andReturn().getResponse().getContentAsString();
		Markup.assertInvalidAndDescribedBy(page, "addressLines", "addressLines-error",
				"Line 2 is too long: keep each line to 60 characters at most (it has " + longLine.length() + ")");
		verify(dataProtection, never()).correct(anyLong(), any(), any(), anyLong(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void showsThePostalAddressOnTheCustomersPageAndInTheFormToCorrectIt() throws Exception {
		given(dataProtection.find(7L)).willReturn(Optional.of(
				new CustomerRecord(7L, "Jane Smith", "jane@example.com", null, LEEDS, CREATED, null, 4, null)));

		String page = mvc.perform(get("/customers/7")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<dd class=\"col-sm-8\" id=\"customer-address\"><span>27 Cardigan Road</span><br>"
				+ "<span>Headingley</span><br><span>Leeds</span><br><span>LS6 9XX</span></dd>")
			.contains(">27 Cardigan Road\nHeadingley\nLeeds</textarea>");
		assertThat(box(page, "postcode")).contains("value=\"LS6 9XX\"");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void removesTheAddressWhenBothBoxesAreEmptied() throws Exception {
		given(dataProtection.find(7L)).willReturn(Optional.of(
				new CustomerRecord(7L, "Jane Smith", "jane@example.com", null, LEEDS, CREATED, null, 4, null)));
		ContactDetails same = new ContactDetails("Jane Smith", "jane@example.com", null);
		given(dataProtection.correct(7L, same, null, 4L, "staff", "Moved abroad")).willReturn(List.of("address"));

		mvc.perform(correction(
				"addressLines", "",
				"postcode", "",
				"correctionNote", "Moved abroad",
				"version", "4"))
			.andExpect(status().is3xxRedirection());
		verify(dataProtection).correct(7L, same, null, 4L, "staff", "Moved abroad");
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void anAddressSentTwiceIsSavedOnceButAnotherAddressSavedMeanwhileIsNotOverwritten() throws Exception {
		given(dataProtection.find(7L)).willReturn(Optional.of(
				new CustomerRecord(7L, "Jane Smith", "jane@example.com", null, LEEDS, CREATED, null, 4, null)));
		given(dataProtection.correct(anyLong(), any(), any(), anyLong(), anyString(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("Customer", 7L));

		mvc.perform(correction(
				"addressLines", "27 Cardigan Road\r\nHeadingley\r\nLeeds",
				"postcode", "ls69xx"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "The customer's details have been corrected."));
		mvc.perform(correction(
				"addressLines", "3 Other Road\r\nLeeds",
				"postcode", "LS6 9XX"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed these details after you opened the page")))
			.andExpect(content().string(containsString(">3 Other Road\nLeeds</textarea>")));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void listsAnAddressGivenAsAChangedDetail() throws Exception {
		given(dataProtection.requests(7L)).willReturn(List.of(new DataRequestView(DataRequestKind.RECTIFICATION,
				DataRequestOutcome.DONE, "staff", CREATED, "Gave her address for letters", "address")));

		mvc.perform(get("/customers/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed: postal address")));
	}

}
