package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;
import uk.aftercare.customers.CustomerService;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.support.Markup;

/** Logging and finding cases through the whole application, on the embedded database. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	CustomerService customers;

	@Autowired
	SlaPolicy sla;

	@Autowired
	IdempotencyRecordRepository idempotency;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	StaffAccounts accounts;

	private static String newCase(String email, String description) {
		return """
				{"channel": "EMAIL", "description": "%s",
				 "customer": {"name": "Jane Smith", "email": "%s"}, "orderReference": "W-1"}"""
			.formatted(description, email);
	}

	private String caseNumberFrom(String json) {
		return json.replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
	}

	@Test
	void aLoggedCaseIsWrittenOnceWithItsSlaTargetsAndAcknowledgement() throws Exception {
		String json = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newCase(UUID.randomUUID() + "@example.com", "The toaster stopped working and I want a refund")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();

		CaseView saved = cases.get(caseNumberFrom(json));
		assertThat(saved.responseDueAt())
			.isEqualTo(saved.createdAt().plus(sla.firstResponse(saved.type(), saved.priority())));
		assertThat(saved.resolutionDueAt())
			.isEqualTo(saved.createdAt().plus(sla.resolution(saved.type(), saved.priority())));
		assertThat(saved.timeline()).extracting(TimelineEntry::kind).contains(TimelineKind.CUSTOMER_UPDATE);
		// Targets were set before the first insert and appending the acknowledgement leaves the case row alone.
		assertThat(saved.version()).isZero();
	}

	@Test
	void anEscalationThatRaisesThePriorityRestartsTheSlaTargets() {
		var details = new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null);
		var complaint = new OpenCaseCommand(ContactChannel.PHONE, "I am unhappy with how I was spoken to in store",
				details, null, null, null, CaseType.COMPLAINT, false);
		CaseView first = cases.get(cases.open(complaint, "till-1", null).view().caseNumber());

		// A second complaint within 30 days escalates (repeat contact) and raises the priority.
		CaseView second = cases.get(cases.open(complaint, "till-1", null).view().caseNumber());

		assertThat(first.priority()).isEqualTo(Priority.NORMAL);
		assertThat(second.escalated()).isTrue();
		assertThat(second.priority()).isEqualTo(Priority.HIGH);
		assertThat(sla.firstResponse(CaseType.COMPLAINT, Priority.HIGH))
			.isNotEqualTo(sla.firstResponse(CaseType.COMPLAINT, Priority.NORMAL));
		assertThat(second.responseDueAt())
			.isEqualTo(second.createdAt().plus(sla.firstResponse(CaseType.COMPLAINT, Priority.HIGH)));
	}

	@Test
	void sameIdempotencyKeyFromTheSameUserCreatesOneCase() throws Exception {
		String email = UUID.randomUUID() + "@example.com";
		String body = newCase(email, "The toaster stopped working and I want a refund");

		String first = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String second = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String otherUser = mvc.perform(post("/api/v1/cases").with(user("till-2").roles("STAFF"))
			.header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();

		assertThat(caseNumberFrom(second)).isEqualTo(caseNumberFrom(first));
		assertThat(second.replaceAll(".*\"createdAt\":\"([^\"]+)\".*", "$1")).as("the same answer, to the microsecond")
			.isEqualTo(first.replaceAll(".*\"createdAt\":\"([^\"]+)\".*", "$1"));
		assertThat(caseNumberFrom(otherUser)).isNotEqualTo(caseNumberFrom(first));
		assertThat(cases.search(new CaseQuery(null, null, null, email), PageRequest.of(0, 10)).getTotalElements())
			.isEqualTo(2);
	}

	@Test
	void anIdempotencyKeySentAgainWithADifferentRequestIsRefusedAndCreatesNothing() throws Exception {
		String key = "k-" + UUID.randomUUID();
		String first = UUID.randomUUID() + "@example.com";
		String second = UUID.randomUUID() + "@example.com";
		mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(newCase(first, "The toaster stopped working and I want a refund")))
			.andExpect(status().isCreated());

		mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(newCase(second, "The kettle leaks")))
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:aftercare:problem:conflict"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					"This Idempotency-Key was already used, for a different request")));

		assertThat(cases.search(new CaseQuery(null, null, null, second), PageRequest.of(0, 10)).getTotalElements())
			.isZero();
	}

	@Test
	void aRetryLaidOutDifferentlyIsTheSameRequestAndReplaysTheCase() throws Exception {
		String key = "k-" + UUID.randomUUID();
		String email = UUID.randomUUID() + "@example.com";
		String first = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(newCase(email, "Where is my parcel?")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();

		String again = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content("""
					{ "orderReference" : "W-1",
					  "customer" : { "email" : "%s", "name" : "Jane Smith" },
					  "description" : "Where is my parcel?", "channel" : "EMAIL", "vulnerableCustomer": false }"""
				.formatted(email.toUpperCase())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn().getResponse().getContentAsString();

		assertThat(caseNumberFrom(again)).isEqualTo(caseNumberFrom(first));
	}

	@Test
	void aKeyKeptBeforeRequestsWereComparedIsReplayedAsBefore() {
		String email = UUID.randomUUID() + "@example.com";
		var details = new ContactDetails("Jane Smith", email, null);
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?", details, null, null,
				null, null, false), "till-1", null).view().caseNumber();
		String key = "api:old-" + UUID.randomUUID();
		idempotency.saveAndFlush(new IdempotencyRecord("till-1", key, number, null, java.time.Instant.now()));

		var replayed = cases.openOnce(new OpenCaseCommand(ContactChannel.EMAIL, "Something else entirely", details,
				null, null, null, null, false), "till-1", key);

		assertThat(replayed.created()).isFalse();
		assertThat(replayed.view().caseNumber()).isEqualTo(number);
	}

	/** A form's one-time token is not an Idempotency-Key: sent again, changed or not, it shows what it first saved. */
	@Test
	void aFormTokenSentAgainWithChangedFieldsStillShowsTheCaseItFirstSaved() {
		String key = "form:" + UUID.randomUUID();
		var details = new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null);
		String first = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?", details, null, null,
				null, null, false), "staff", key).view().caseNumber();

		var again = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel? It is late", details,
				null, null, null, null, false), "staff", key);

		assertThat(again.created()).isFalse();
		assertThat(again.view().caseNumber()).isEqualTo(first);
	}

	@Test
	void takesAnIdempotencyKeyOfTheLongestLengthTheApiAccepts() throws Exception {
		String body = newCase(UUID.randomUUID() + "@example.com", "Where is my parcel?");
		String key = "k".repeat(100);

		String first = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String again = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn().getResponse().getContentAsString();

		assertThat(caseNumberFrom(again)).isEqualTo(caseNumberFrom(first));
	}

	@Test
	void twoRequestsRacingWithOneKeyGetTheSameCase() throws Exception {
		String email = UUID.randomUUID() + "@example.com";
		var command = new OpenCaseCommand(ContactChannel.WEB, "Where is my parcel?",
				new ContactDetails("Jane Smith", email, null), null, null, null, null, false);
		CountDownLatch start = new CountDownLatch(1);
		Callable<String> open = () -> {
			start.await();
			return cases.open(command, "till-9", "race-key").view().caseNumber();
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = List.of(pool.submit(open), pool.submit(open));
			start.countDown();
			assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(cases.search(new CaseQuery(null, null, null, email), PageRequest.of(0, 10)).getTotalElements())
			.isEqualTo(1);
	}

	@Test
	void findsTheCaseAgainByCustomerEmailInTheApiAndThePage() throws Exception {
		String email = UUID.randomUUID() + "@example.com";
		String created = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.contentType(MediaType.APPLICATION_JSON).content(newCase(email, "What time do you open on Sunday?")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String number = caseNumberFrom(created);

		mvc.perform(get("/api/v1/cases").param("q", email.toUpperCase()).with(user("till-1").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].caseNumber").value(number));
		mvc.perform(get("/api/v1/cases/" + number).with(user("till-1").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customer.email").value(email))
			.andExpect(jsonPath("$.timeline[0].kind").value("OPENED"));
		String page = mvc.perform(get("/cases").param("q", email).with(user("staff").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(number);
	}

	/** Logs a case through the API for the customer given (JSON fields and values) and says its number. */
	private String logByApi(String customerJson) throws Exception {
		String json = mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel": "PHONE", "description": "Where is my parcel?", "customer": {%s}}""".formatted(customerJson)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return caseNumberFrom(json);
	}

	/** Letters only, so a name made with them is one no other test logs. */
	private static String uniqueLetters() {
		return UUID.randomUUID().toString().replaceAll("[^a-f]", "").replace('a', 'k') + "q";
	}

	private String casesPage(String q) throws Exception {
		return mvc.perform(get("/cases").param("q", q).with(user("staff").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void findsANameByItsSurnameWhicheverApostropheAndHoweverManyWordsItHas() throws Exception {
		String tag = uniqueLetters();
		String aoife = logByApi("\"name\": \"Aoife O’Connor%s\", \"email\": \"%s@example.com\"".formatted(tag, tag));
		String mary = logByApi("\"name\": \"Mary O'Neill%s\", \"email\": \"n%s@example.com\"".formatted(tag, tag));
		String siobhan = logByApi("\"name\": \"Siobhán Ó Briain%s\", \"email\": \"b%s@example.com\"".formatted(tag, tag));

		assertThat(casesPage("O'Connor" + tag)).contains(aoife).doesNotContain(mary, siobhan);
		assertThat(casesPage("o’neill" + tag)).contains(mary).doesNotContain(aoife, siobhan);
		assertThat(casesPage("O Briain" + tag)).contains(siobhan).doesNotContain(aoife, mary);
		mvc.perform(get("/api/v1/cases").param("q", "Ó Briain" + tag).with(user("till-1").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].caseNumber").value(siobhan));
	}

	@Test
	void loggingTheSameCallerAgainReusesTheirRecordHoweverTheNumberOrNameIsWritten() throws Exception {
		String tag = uniqueLetters();
		String digits = String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
		String first = logByApi("\"name\": \"Jane Smith\", \"phone\": \"+44 (0)7700 %s\"".formatted(digits));
		String again = logByApi("\"name\": \"Jane Smith\", \"phone\": \"07700 %s\"".formatted(digits));
		String wendy = logByApi("\"name\": \"Wendy Blake\", \"email\": \"%s@example.com\"".formatted(tag));
		String blake = logByApi("\"name\": \"Blake, Wendy\", \"email\": \"%s@example.com\"".formatted(tag));

		assertThat(cases.get(again).customerId()).isEqualTo(cases.get(first).customerId());
		assertThat(cases.get(blake).customerId()).isEqualTo(cases.get(wendy).customerId());
		assertThat(casesPage("0044 7700 " + digits)).contains(first, again);
	}

	@Test
	void reusesTheCustomerRecordAndShowsTheirOtherCases() {
		String email = UUID.randomUUID() + "@example.com";
		var details = new ContactDetails("Jane Smith", email, "07700 900123");
		String first = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?", details, null, null,
				null, null, false), "staff", null).view().caseNumber();
		var second = cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "Still no parcel",
				new ContactDetails("J Smith", null, "+44 7700 900123"), null, null, null, CaseType.COMPLAINT, false),
				"staff", null).view();

		assertThat(second.customerEmail()).isEqualTo(email);
		assertThat(cases.otherCasesOf(second.customerId(), second.caseNumber())).extracting(CaseListItem::caseNumber)
			.containsExactly(first);
	}

	@Test
	void addsTheContactDetailTheCustomerRecordLackedAndFindsThemByItNextTime() {
		String email = UUID.randomUUID() + "@example.com";
		var first = cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "Where is my parcel?",
				new ContactDetails("Jane Smith", email, null), null, null, null, CaseType.QUERY, false), "staff", null)
			.view();
		var second = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Still no parcel",
				new ContactDetails("Jane Smith", email, "07700 900456"), null, null, null, CaseType.QUERY, false),
				"staff", null).view();
		var third = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Parcel came damaged",
				new ContactDetails("Jane", null, "+44 7700 900456"), null, null, null, CaseType.COMPLAINT, false),
				"staff", null).view();

		assertThat(second.customerId()).isEqualTo(first.customerId());
		assertThat(third.customerId()).isEqualTo(first.customerId());
		assertThat(third.customerEmail()).isEqualTo(email);
		assertThat(third.customerName()).isEqualTo("Jane Smith");
	}

	@Test
	void aNewEmailOrPhoneIsKeptWhenTheNameIsTheRecordsWrittenAnotherWayAndStaffAreToldWhenNot() throws Exception {
		String phone = String.format("07700 %06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
		String old = UUID.randomUUID() + "@example.com";
		var first = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Harriet Quill", old, phone), null, null, null, CaseType.QUERY, false), "staff", null)
			.view();

		for (String sameName : List.of("H. Quill", "Quill, Harriet", "harriet quill")) {
			String given = UUID.randomUUID() + "@example.com";
			var again = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Still no parcel",
					new ContactDetails(sameName, given, phone), null, null, null, CaseType.QUERY, false), "staff", null)
				.view();
			assertThat(again.customerId()).as(sameName).isEqualTo(first.customerId());
			assertThat(again.customerEmail()).as(sameName).isEqualTo(given);
		}

		// "Mrs Quill" may be someone else in the household: the case keeps Harriet's address, and staff are told.
		String given = UUID.randomUUID() + "@example.com";
		String location = mvc.perform(post("/cases").with(user("staff").roles("STAFF")).with(csrf())
			.param("formToken", UUID.randomUUID().toString())
			.param("customerName", "Mrs Quill")
			.param("customerEmail", given)
			.param("customerPhone", phone)
			.param("channel", "PHONE")
			.param("type", "QUERY")
			.param("description", "Where is my parcel?"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", "The e-mail address typed, " + given
					+ ", is not on this case. It is logged under Harriet Quill, found by their phone number, and \"Mrs"
					+ " Quill\" may be someone else. If the address is Harriet Quill's, correct it on their customer"
					+ " page: their open cases take it."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var logged = cases.get(location.substring(location.lastIndexOf('/') + 1));
		assertThat(logged.customerId()).isEqualTo(first.customerId());
		assertThat(logged.customerEmail()).isEqualTo(old);

		// Nothing to say when what was typed is on the case.
		mvc.perform(post("/cases").with(user("staff").roles("STAFF")).with(csrf())
			.param("formToken", UUID.randomUUID().toString())
			.param("customerName", "H Quill")
			.param("customerEmail", UUID.randomUUID() + "@example.com")
			.param("customerPhone", "+44 " + phone.substring(1))
			.param("channel", "PHONE")
			.param("type", "QUERY")
			.param("description", "Where is my parcel?"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(1));
	}

	@Test
	void anEmailOrPhoneRecordedForAnotherCustomerIsNeverPutOnACaseAndStaffAreTold() throws Exception {
		String wendysEmail = UUID.randomUUID() + "@example.com";
		String wendysPhone = String.format("07700 %06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
		String harrietsEmail = UUID.randomUUID() + "@example.com";
		String harrietsPhone = String.format("07800 %06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
		cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Wendy Blake", wendysEmail, wendysPhone), null, null, null, CaseType.QUERY, false),
				"staff", null);
		var harriet = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Harriet Quill", harrietsEmail, harrietsPhone), null, null, null, CaseType.QUERY,
				false), "staff", null).view();

		var byPhone = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Still no parcel",
				new ContactDetails("Harriet Quill", wendysEmail, harrietsPhone), null, null, null, CaseType.QUERY, false),
				"staff", null).view();
		var byEmail = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Still no parcel",
				new ContactDetails("Harriet Quill", harrietsEmail, wendysPhone), null, null, null, CaseType.QUERY, false),
				"staff", null).view();

		assertThat(byPhone.customerId()).isEqualTo(harriet.customerId());
		assertThat(byPhone.customerEmail()).as("Wendy's address, typed by mistake").isEqualTo(harrietsEmail);
		assertThat(byEmail.customerId()).isEqualTo(harriet.customerId());
		assertThat(byEmail.customerPhone()).as("Wendy's phone, typed by mistake").isEqualTo(harrietsPhone);

		String location = mvc.perform(post("/cases").with(user("staff").roles("STAFF")).with(csrf())
			.param("formToken", UUID.randomUUID().toString())
			.param("customerName", "H. Quill")
			.param("customerEmail", wendysEmail)
			.param("customerPhone", harrietsPhone)
			.param("channel", "PHONE")
			.param("type", "QUERY")
			.param("description", "Where is my parcel?"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", "The e-mail address typed, " + wendysEmail
					+ ", is another customer's, so it is not on this case, which is logged under Harriet Quill, found by"
					+ " their phone number. If the address is now Harriet Quill's, correct it on their customer page:"
					+ " their open cases take it."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(cases.get(location.substring(location.lastIndexOf('/') + 1)).customerEmail()).isEqualTo(harrietsEmail);
	}

	@Test
	void someoneNewGivenAnotherCustomersEmailOrPhoneGetsARecordWithoutItAndStaffAreTold() throws Exception {
		String cathysEmail = UUID.randomUUID() + "@example.com";
		String cathysPhone = String.format("07900 %06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
		String cathys = caseNumberFrom(mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"PHONE","description":"My blender arrived cracked",
					 "customer":{"name":"Cathy Pair","email":"%s","phone":"%s"}}""".formatted(cathysEmail, cathysPhone)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		String notOnIt = "The e-mail address given is another customer's, so neither this case nor its customer's"
				+ " record has it.";

		String dans = caseNumberFrom(mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"PHONE","description":"Do you have gift wrapping?",
					 "customer":{"name":"Dan Stranger","email":"%s"}}""".formatted(cathysEmail)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.timeline[?(@.kind == 'CUSTOMER_DETAILS')].summary").value(notOnIt))
			.andReturn().getResponse().getContentAsString());

		CaseView dan = cases.get(dans);
		assertThat(dan.customerId()).isNotEqualTo(cases.get(cathys).customerId());
		assertThat(dan.customerName()).isEqualTo("Dan Stranger");
		assertThat(dan.customerEmail()).isNull();
		assertThat(customers.find(dan.customerId()).orElseThrow().email()).isNull();
		assertThat(dan.timeline()).extracting(TimelineEntry::kind).as("no acknowledgement to her address")
			.doesNotContain(TimelineKind.CUSTOMER_UPDATE);
		assertThat(cases.search(new CaseQuery(null, null, null, cathysEmail), PageRequest.of(0, 10)).getContent())
			.extracting(CaseListItem::caseNumber).containsExactly(cathys);

		// The log form tells staff, without naming her, and how to go on when the household shares it.
		String evesEmail = UUID.randomUUID() + "@example.com";
		String location = mvc.perform(post("/cases").with(user("staff").roles("STAFF")).with(csrf())
			.param("formToken", UUID.randomUUID().toString())
			.param("customerName", "Eve Stranger")
			.param("customerEmail", evesEmail)
			.param("customerPhone", cathysPhone)
			.param("channel", "PHONE")
			.param("type", "QUERY")
			.param("description", "Do you have gift wrapping?"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", "The phone number typed, " + cathysPhone + ", is another"
					+ " customer's, so it is not on this case or on the record of Eve Stranger, who it is logged under."
					+ " If Eve Stranger shares the number (a household's) or it is now theirs, add it on their customer"
					+ " page: their open cases take it. If they are that other customer, choose their record from the"
					+ " matching customers when you log a case for them."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		CaseView eve = cases.get(location.substring(location.lastIndexOf('/') + 1));
		assertThat(eve.customerEmail()).isEqualTo(evesEmail);
		assertThat(eve.customerPhone()).isNull();
		mvc.perform(post("/cases").with(user("staff").roles("STAFF")).with(csrf())
			.param("formToken", UUID.randomUUID().toString())
			.param("customerName", "Dan Stranger")
			.param("customerEmail", cathysEmail)
			.param("channel", "PHONE")
			.param("type", "QUERY")
			.param("description", "Do you have gift wrapping?"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", "The e-mail address typed, " + cathysEmail + ", is another"
					+ " customer's, so it is not on this case or on the record of Dan Stranger, who it is logged under."
					+ " If Dan Stranger shares the address (a household's) or it is now theirs, add it on their customer"
					+ " page: their open cases take it. If they are that other customer, choose their record from the"
					+ " matching customers when you log a case for them."));
	}

	@Test
	void correctingACustomerSaysWhichDetailsOnTheTimelineOfEachOpenCaseItChangesAndWho() throws Exception {
		String corrie = "corrie" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(corrie, "Corrie Rector", null, "a long password 1", Role.STAFF);
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
		CaseView before = cases.get(number);
		String action = "/customers/" + before.customerId() + "/details";
		Map<String, String> fields = Markup.formFields(page(corrie, "/customers/" + before.customerId()), action);
		fields.put("email", UUID.randomUUID() + "@example.com");
		fields.put("correctionNote", "Customer phoned with a new e-mail address");

		send(corrie, action, fields).andExpect(status().is3xxRedirection());

		CaseView after = cases.get(number);
		assertThat(after.version()).isGreaterThan(before.version());
		assertThat(after.timeline()).filteredOn(e -> e.kind() == TimelineKind.CUSTOMER_DETAILS)
			.extracting(TimelineEntry::actor, TimelineEntry::summary)
			.containsExactly(tuple(corrie, "The customer's e-mail address was corrected on their customer page."));
		assertThat(page("staff", "/cases/" + number)).contains("Customer details", "Corrie Rector",
				"e-mail address was corrected on their customer page.");
	}

	@Test
	void aCustomerFoundByTheirPhoneIsAnsweredAtTheEmailTheyGaveThisTime() {
		String phone = String.format("07700 %06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
		String old = UUID.randomUUID() + "@example.com";
		String now = UUID.randomUUID() + "@example.com";
		var first = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Jane Smith", old, phone), null, null, null, CaseType.QUERY, false), "staff", null)
			.view();

		var second = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Parcel came damaged",
				new ContactDetails("Jane Smith", now, phone), null, null, null, CaseType.COMPLAINT, false), "staff",
				null).view();

		assertThat(second.customerId()).isEqualTo(first.customerId());
		assertThat(second.customerEmail()).isEqualTo(now);
		assertThat(cases.search(new CaseQuery(null, null, null, now), PageRequest.of(0, 10)).getContent())
			.extracting(CaseListItem::caseNumber).containsExactly(second.caseNumber());
		assertThat(customers.find(first.customerId()).orElseThrow().email()).as("the record, until corrected")
			.isEqualTo(old);

		// Someone else on the same phone is not filed under Jane: a record of his own, with his address.
		String bobs = UUID.randomUUID() + "@example.com";
		var third = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Bob Smith", bobs, phone), null, null, null,
				CaseType.QUERY, false), "staff", null).view();
		assertThat(third.customerId()).isNotEqualTo(first.customerId());
		assertThat(third.customerName()).isEqualTo("Bob Smith");
		assertThat(third.customerEmail()).isEqualTo(bobs);
		assertThat(customers.find(first.customerId()).orElseThrow().email()).isEqualTo(old);
	}

	@Test
	void logsAnInteractionThroughTheFormOnceDespiteADoubleClick() throws Exception {
		String email = UUID.randomUUID() + "@example.com";
		String token = UUID.randomUUID().toString();
		for (int click = 0; click < 2; click++) {
			mvc.perform(post("/cases").with(user("staff").roles("STAFF")).with(csrf())
				.param("formToken", token)
				.param("customerName", "Jane Smith")
				.param("customerEmail", email)
				.param("channel", "IN_STORE")
				.param("type", "RETURN")
				.param("description", "Wants to return a kettle"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(cases.search(new CaseQuery(null, null, null, email), PageRequest.of(0, 10)).getTotalElements())
			.isEqualTo(1);
	}

	@Test
	void refusesDetailsChosenFromAVersionSomeoneElseHasSinceChanged() {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "What time do you open on Sunday?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
		long shown = cases.get(number).version();

		cases.updateDetails(number, "staff", Priority.URGENT, CaseType.QUERY, shown, "staff2");

		assertThatThrownBy(() -> cases.updateDetails(number, "staff2", Priority.LOW, CaseType.QUERY, shown, "staff"))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThat(cases.get(number)).extracting(CaseView::assignee, CaseView::priority)
			.containsExactly("staff", Priority.URGENT);
	}

	/** As a tester found it: the second person's re-save, after a clash, undid the first person's change. */
	@Test
	void savingAgainAfterAClashKeepsWhatSomeoneElseChangedMeanwhile() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String sam = "sam" + id;
		String priya = "priya" + id;
		accounts.create(sam, "Sam Staff", null, "a long password 1", Role.STAFF);
		accounts.create(priya, "Priya Patel", null, "a long password 2", Role.STAFF);
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "The kettle leaks and I want it replaced",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.RETURN, false), sam, null).view().caseNumber();
		Map<String, String> samSees = Markup.formFields(page(sam, "/cases/" + number), "/cases/" + number + "/details");
		Map<String, String> priyaSees = Markup.formFields(page(priya, "/cases/" + number), "/cases/" + number + "/details");
		assertThat(priyaSees).containsEntry("assignee", sam).containsEntry("priority", "NORMAL");

		// Sam makes the case urgent; Priya, from the page she opened before, changes only its owner.
		samSees.put("priority", "URGENT");
		saveDetails(number, sam, samSees).andExpect(status().is3xxRedirection());
		priyaSees.put("assignee", priya);
		String refused = saveDetails(number, priya, priyaSees)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Staff changed this case after you opened it")))
			.andExpect(content().string(containsString("id=\"priority-note\">Sam Staff changed this to Urgent.</div>")))
			.andReturn().getResponse().getContentAsString();
		assertThat(cases.get(number)).extracting(CaseView::assignee, CaseView::priority)
			.containsExactly(sam, Priority.URGENT);

		// Saving the page as it now stands makes her change, and leaves his.
		Map<String, String> again = Markup.formFields(refused, "/cases/" + number + "/details");
		assertThat(again).containsEntry("priority", "URGENT").containsEntry("assignee", priya);
		saveDetails(number, priya, again).andExpect(status().is3xxRedirection());

		assertThat(cases.get(number)).extracting(CaseView::assignee, CaseView::priority, CaseView::type)
			.containsExactly(priya, Priority.URGENT, CaseType.RETURN);
	}

	/** The same on the customer's page: a correction sent again after a clash keeps the colleague's correction. */
	@Test
	void correctingACustomerAgainAfterAClashKeepsWhatSomeoneElseCorrectedMeanwhile() throws Exception {
		String harriet = "harriet" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(harriet, "Harriet Jones", null, "a long password 3", Role.STAFF);
		long customer = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", "07700 900123"), null, null, null,
				CaseType.QUERY, false), "staff", null).view().customerId();
		String newEmail = UUID.randomUUID() + "@example.com";
		String action = "/customers/" + customer + "/details";
		Map<String, String> harrietSees = Markup.formFields(page(harriet, "/customers/" + customer), action);
		Map<String, String> staff2Sees = Markup.formFields(page("staff2", "/customers/" + customer), action);

		harrietSees.put("email", newEmail);
		harrietSees.put("correctionNote", "Customer phoned with a new e-mail address");
		send(harriet, action, harrietSees).andExpect(status().is3xxRedirection());
		staff2Sees.put("phone", "07700 900999");
		staff2Sees.put("correctionNote", "Customer gave a new mobile number");
		String refused = send("staff2", action, staff2Sees)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Harriet Jones changed these details after you opened the page")))
			.andExpect(content().string(containsString("id=\"email-note\">Harriet Jones changed this.</div>")))
			.andReturn().getResponse().getContentAsString();
		assertThat(customers.find(customer).orElseThrow().phone()).isEqualTo("07700 900123");

		Map<String, String> again = Markup.formFields(refused, action);
		assertThat(again).containsEntry("email", newEmail).containsEntry("phone", "07700 900999");
		send("staff2", action, again).andExpect(status().is3xxRedirection());

		assertThat(customers.find(customer).orElseThrow()).satisfies(c -> {
			assertThat(c.email()).isEqualTo(newEmail);
			assertThat(c.phone()).isEqualTo("07700 900999");
		});
	}

	/** The page at this address as this member of staff sees it. */
	private String page(String username, String address) throws Exception {
		return mvc.perform(get(address).with(user(username).roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private org.springframework.test.web.servlet.ResultActions saveDetails(String number, String username,
			Map<String, String> fields) throws Exception {
		return send(username, "/cases/" + number + "/details", fields);
	}

	private org.springframework.test.web.servlet.ResultActions send(String username, String action,
			Map<String, String> fields) throws Exception {
		var request = post(action).with(user(username).roles("STAFF")).with(csrf());
		fields.forEach(request::param);
		return mvc.perform(request);
	}

	@Test
	void escalatesOnTheThirdContactFromTheCustomer() {
		String email = UUID.randomUUID() + "@example.com";
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", email, null), null, null, null, CaseType.QUERY, false), "staff", null)
			.view().caseNumber();
		cases.recordContact(number, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Chasing", "staff");
		assertThat(cases.get(number).escalated()).isFalse();

		cases.recordContact(number, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Chasing again", "staff");

		CaseView view = cases.get(number);
		assertThat(view.escalationReasons()).containsExactly("REPEAT_CONTACT");
		assertThat(view.priority()).isEqualTo(Priority.HIGH);
		assertThat(view.timeline()).filteredOn(e -> e.kind() == TimelineKind.ESCALATED).singleElement()
			.satisfies(e -> assertThat(e.summary()).endsWith("(3 contacts from the customer on this case.)"));
	}

	@Test
	void aSecondComplaintWithinThirtyDaysSaysSoWhenItIsEscalated() {
		ContactDetails jane = new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null);
		cases.open(new OpenCaseCommand(ContactChannel.PHONE, "The delivery driver was rude", jane, null, null, null,
				CaseType.COMPLAINT, false), "staff", null);

		CaseView second = cases.get(cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "Nobody called me back",
				jane, null, null, null, CaseType.COMPLAINT, false), "staff", null).view().caseNumber());

		assertThat(second.escalationReasons()).contains("REPEAT_CONTACT");
		assertThat(second.timeline()).filteredOn(e -> e.kind() == TimelineKind.ESCALATED).singleElement()
			.satisfies(e -> assertThat(e.summary())
				.contains("1 other complaint from this customer in the last 30 days (see their other cases)"));
	}

	/** The page then adds the note once more (CaseControllerTest), on the case as it now is. */
	@Test
	void aNoteWrittenWhileSomeoneElseChangesTheCaseNeverOverwritesTheirChange() {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
		var outer = new org.springframework.transaction.support.TransactionTemplate(transactions);
		var inner = new org.springframework.transaction.support.TransactionTemplate(transactions);
		inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		// The note's transaction has read the case when a colleague's status change commits.
		assertThatThrownBy(() -> outer.executeWithoutResult(note -> {
			cases.addNote(number, "Customer prefers a call after 5pm", "staff");
			inner.executeWithoutResult(other -> cases.changeStatus(number, CaseStatus.IN_PROGRESS, null, "staff2"));
		})).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.IN_PROGRESS);
		cases.addNote(number, "Customer prefers a call after 5pm", "staff");
		CaseView view = cases.get(number);
		assertThat(view.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(view.timeline()).filteredOn(e -> e.summary().contains("Customer prefers a call after 5pm")).hasSize(1);
	}

	@Test
	void aCaseWaitsForApprovalOnlyWithARequestForOneNeverByHand() {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
		assertThat(cases.get(number).nextStatuses()).doesNotContain(CaseStatus.AWAITING_APPROVAL)
			.contains(CaseStatus.IN_PROGRESS);

		assertThatThrownBy(() -> cases.changeStatus(number, CaseStatus.AWAITING_APPROVAL, null, "staff"))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.OPEN);
	}

	@Test
	void addingANoteLeavesTheCaseVersionAsItWas() {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
		long before = cases.get(number).version();

		cases.addNote(number, "Customer prefers a call after 5pm", "staff");

		assertThat(cases.get(number).version()).isEqualTo(before);
		assertThat(cases.get(number).updatedAt()).isAfterOrEqualTo(cases.get(number).createdAt());
	}

	@Test
	void aContactOnAClosedCaseLeavesItsPriorityAndEscalationAlone() {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
		cases.recordContact(number, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Chasing", "staff");
		cases.changeStatus(number, CaseStatus.RESOLVED, null, "staff");
		cases.changeStatus(number, CaseStatus.CLOSED, null, "staff");
		Priority before = cases.get(number).priority();

		cases.recordContact(number, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Rang to say thanks", "staff");

		CaseView view = cases.get(number);
		assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(view.priority()).isEqualTo(before);
		assertThat(view.escalated()).isFalse();
		assertThat(view.timeline()).noneMatch(e -> e.kind() == TimelineKind.ESCALATED);
	}

	@Test
	void aLegalThreatInALaterContactFromTheCustomerFlagsAndEscalatesTheCase() {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
		cases.recordContact(number, ContactChannel.EMAIL, ContactDirection.TO_CUSTOMER,
				"Told her the courier will take a week: she is not happy and will go to Trading Standards", "staff");
		CaseView before = cases.get(number);
		assertThat(before.flags()).isEmpty();

		cases.recordContact(number, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER,
				"Still no parcel. She has spoken to a solicitor and will take us to the small claims court", "staff");

		CaseView view = cases.get(number);
		assertThat(view.flags()).containsExactly(Flag.LEGAL_THREAT);
		assertThat(view.escalationReasons()).contains("LEGAL_THREAT");
		assertThat(view.priority()).isEqualTo(Priority.URGENT);
		assertThat(view.timeline()).filteredOn(e -> e.kind() == TimelineKind.FLAGGED).singleElement()
			.satisfies(e -> assertThat(e.summary()).isEqualTo("Found in the customer's contact: Legal threat."));
		assertThat(view.resolutionDueAt()).as("resolved as an urgent query logged then would be")
			.isEqualTo(view.createdAt().plus(sla.resolution(CaseType.QUERY, Priority.URGENT)));
		assertThat(view.responseDueAt()).as("answered already: the first response's target stays")
			.isEqualTo(before.responseDueAt());
	}

	@Test
	void aSupervisorWhoChangesThePriorityGivesTheCaseTheNewPrioritysTargets() {
		String number = cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "Do you sell gift cards?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
		CaseView logged = cases.get(number);
		assertThat(logged.priority()).isEqualTo(Priority.LOW);

		cases.updateDetails(number, logged.assignee(), Priority.HIGH, CaseType.QUERY, "supervisor");

		CaseView raised = cases.get(number);
		assertThat(raised.responseDueAt())
			.isEqualTo(logged.createdAt().plus(sla.firstResponse(CaseType.QUERY, Priority.HIGH)))
			.isBefore(logged.responseDueAt());
		assertThat(raised.resolutionDueAt())
			.isEqualTo(logged.createdAt().plus(sla.resolution(CaseType.QUERY, Priority.HIGH)));

		cases.updateDetails(number, logged.assignee(), Priority.LOW, CaseType.QUERY, "supervisor");
		assertThat(cases.get(number).responseDueAt()).as("lowered again: back to the low priority's")
			.isEqualTo(logged.responseDueAt());
	}

	/**
	 * A leaver's account is disabled, not removed, and keeps its display name: the list filtered by them and the
	 * owner choice on their case name them as the list's rows and the dashboard do, not by username.
	 */
	@Test
	void namesADisabledOwnerInTheAssigneeChoicesByTheirDisplayName() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String jo = "jtemp" + id;
		String mo = "mo" + id;
		accounts.create(jo, "Jo Temp", null, "a long password 1", Role.STAFF);
		accounts.create(mo, "Mo Manager", null, "a long password 2", Role.MANAGER);
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), jo, null).view().caseNumber();
		cases.updateDetails(number, jo, Priority.NORMAL, CaseType.QUERY, jo);
		accounts.disable(jo, mo);

		mvc.perform(get("/cases").param("assignee", jo).with(user("till-1").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<option value=\"" + jo + "\" selected=\"selected\">Jo Temp</option>")));
		mvc.perform(get("/cases/" + number).with(user("till-1").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<option value=\"" + jo + "\" selected=\"selected\">Jo Temp (" + jo + ")</option>")));
	}

	/**
	 * The timeline names the owners as the pages do, for staff reading it and in the case record; an owner the staff
	 * directory does not know (a till) by username. Who made the change, and the owner the filters use, stay usernames.
	 */
	@Test
	void aNewOwnerIsNamedOnTheTimelineByDisplayName() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String till = "till-" + id;
		String priya = "priya" + id;
		accounts.create(priya, "Priya Patel", null, "a long password 1", Role.STAFF);
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), till, null).view().caseNumber();

		cases.updateDetails(number, priya, Priority.NORMAL, CaseType.QUERY, till);

		CaseView view = cases.get(number);
		assertThat(view.assignee()).isEqualTo(priya);
		assertThat(view.timeline()).filteredOn(e -> e.kind() == TimelineKind.ASSIGNED)
			.extracting(TimelineEntry::actor, TimelineEntry::summary)
			.containsExactly(tuple(till, "Assigned from " + till + " to Priya Patel."));
	}

	@Test
	void escalatesAVulnerableCustomerFlaggedByStaff() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user("till-1").roles("STAFF")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel": "PHONE", "description": "Asked about opening hours", "vulnerableCustomer": true,
					 "customer": {"name": "Arthur P", "phone": "01632 960777"}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.escalation.required").value(true))
			.andExpect(jsonPath("$.escalation.reasons[0]").value("VULNERABLE_CUSTOMER"))
			.andExpect(jsonPath("$.priority").value("HIGH"));
	}

}
