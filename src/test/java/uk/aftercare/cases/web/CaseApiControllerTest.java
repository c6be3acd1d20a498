package uk.aftercare.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(CaseApiController.class)
@WebTestSupport
class CaseApiControllerTest {

	private static final String VALID = """
			{"channel": "PHONE", "description": "The kettle leaks and I want a refund",
			 "customer": {"name": "Jane Smith", "email": "jane@example.com"}, "orderReference": "ORD-1"}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CaseService cases;

	@Test
	void refusesCallsWithoutCredentials() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void challengesACallWithoutCredentialsToSendABearerToken() throws Exception {
		mvc.perform(get("/api/v1/cases/AC-2026-000042"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Aftercare\""));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void createsACaseAndAnswersWithItsLocation() throws Exception {
		given(cases.openOnce(any(OpenCaseCommand.class), eq("till-7"), isNull()))
			.willReturn(new CaseService.OpenedCase(CaseControllerTest.caseView("AC-2026-000042"), true));

		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/cases/AC-2026-000042"))
			.andExpect(jsonPath("$.caseNumber").value("AC-2026-000042"))
			.andExpect(jsonPath("$.type").value("RETURN"))
			.andExpect(jsonPath("$.suggestedType").value("RETURN"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.priority").value("NORMAL"))
			.andExpect(jsonPath("$.escalation.required").value(false))
			.andExpect(jsonPath("$.createdAt").value("2026-11-02T10:00:00Z"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void passesTheIdempotencyKeyScopedToTheApi() throws Exception {
		given(cases.openOnce(any(OpenCaseCommand.class), eq("till-7"), eq("api:abc-123")))
			.willReturn(new CaseService.OpenedCase(CaseControllerTest.caseView("AC-2026-000042"), false));

		mvc.perform(post("/api/v1/cases").header("Idempotency-Key", "abc-123")
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.caseNumber").value("AC-2026-000042"));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void listsEveryInvalidField() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"description": "", "customer": {"name": "", "email": "nope"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("channel", "description", "customer.name", "customer.email")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void namesAMissingEmailAndPhoneWithEveryOtherInvalidField() throws Exception {
		mvc.perform(post("/api/v1/cases").header("Idempotency-Key", " ").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel": "FAX", "description": "Kettle leaks", "customer": {"name": "Jane"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel", "customer.email", "Idempotency-Key")))
			.andExpect(jsonPath("$.errors[?(@.field == 'customer.email')].message",
					contains("give an email or a phone number for the customer")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	/**
	 * UTF-8 in a header reaches the application read as ISO-8859-1: "clé" as "clÃ©", printable, so the firewall lets
	 * it by. Such a key is refused rather than kept garbled.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "clÃ©-1", "clé-1", "ü" })
	@WithMockUser(username = "till-7", roles = "STAFF")
	void refusesAnIdempotencyKeyThatIsNotPrintableAscii(String key) throws Exception {
		mvc.perform(post("/api/v1/cases").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel": "WEB", "description": "Kettle leaks", "customer": {"name": "Jane", "email": "j@x.com"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("Idempotency-Key")))
			.andExpect(jsonPath("$.errors[0].message",
					is("holds a character a header may not (a control character, or text that is not ASCII): send "
							+ "printable ASCII")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	/** Jackson stops at the first value of the wrong JSON type; each is named, with every other invalid field. */
	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void listsEveryInvalidFieldWhateverItsJsonType() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "FAX", "description": 123, "customer": {"name": "A", "email": "a@b.com"},
				 "vulnerableCustomer": "true"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel", "description", "vulnerableCustomer")))
			.andExpect(jsonPath("$.errors[?(@.field == 'channel')].message",
					contains("must be one of IN_STORE, PHONE, EMAIL, WEB, CHAT")))
			.andExpect(jsonPath("$.errors[?(@.field == 'description')].message", contains("must be a string")))
			.andExpect(jsonPath("$.errors[?(@.field == 'vulnerableCustomer')].message", contains("must be true or false")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void saysAMissingChannelIsRequiredAndASearchTooLongIsRefused() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"description": "Kettle leaks", "customer": {"name": "A", "email": "a@b.com"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'channel')].message", contains("is required")));
		mvc.perform(get("/api/v1/cases").param("q", "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'q')].message", contains("must be at most 200 characters")));
		verify(cases, never()).search(any(), any());
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void namesEachInvalidFieldOfTheCustomerByItsPath() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": 0, "description": "Kettle leaks", "customer": {"name": 5, "email": "nope", "phone": true}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("channel", "customer.name", "customer.email", "customer.phone")))
			.andExpect(jsonPath("$.errors[?(@.field == 'channel')].message",
					contains("must be one of IN_STORE, PHONE, EMAIL, WEB, CHAT")))
			.andExpect(jsonPath("$.errors[?(@.field == 'customer.name')].message", contains("must be a string")))
			.andExpect(jsonPath("$.errors[?(@.field == 'customer.phone')].message",
					contains("must be a valid phone number")))
			.andExpect(jsonPath("$.errors[?(@.field == 'customer.email')].message",
					contains("must be a valid email address")));
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "PHONE", "description": [], "customer": "Jane"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("description", "customer")))
			.andExpect(jsonPath("$.errors[?(@.field == 'customer')].message", contains("must be a JSON object")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	/** api.md: JSON is read strictly; which of two descriptions was meant is a guess. */
	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void namesAKeyGivenTwice() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"orderReference\"", "\"description\": \"y\", \"orderReference\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("description")))
			.andExpect(jsonPath("$.errors[0].message").value("is given more than once"));
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"name\": \"Jane Smith\"", "\"name\": \"Jane\", \"name\": \"Jane Smith\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("customer.name")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void refusesADescriptionOfOnlyANulAndANameOfOnlyANoBreakSpaceNamingBoth() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "PHONE", "description": "\\u0000",
				 "customer": {"name": "\u00a0\u200b", "email": "jane@example.com"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("description", "customer.name")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void opensTheCaseWithTheTextCleanedOfControlCharactersAndBlankLookingEnds() throws Exception {
		given(cases.openOnce(any(OpenCaseCommand.class), eq("till-7"), isNull()))
			.willReturn(new CaseService.OpenedCase(CaseControllerTest.caseView("AC-2026-000042"), true));

		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "PHONE", "description": "\u00a0The kettle\\u001b leaks\\nRefund please \uD83D\uDE20\u200b",
				 "customer": {"name": "Jane Smith\\u0000", "email": "jane@example.com"}}"""))
			.andExpect(status().isCreated());

		ArgumentCaptor<OpenCaseCommand> command = ArgumentCaptor.forClass(OpenCaseCommand.class);
		verify(cases).openOnce(command.capture(), eq("till-7"), isNull());
		assertThat(command.getValue().description()).isEqualTo("The kettle leaks\nRefund please \uD83D\uDE20");
		assertThat(command.getValue().customer().name()).isEqualTo("Jane Smith");
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void namesTheFieldWithAnUnknownCodeAlongsideTheOtherInvalidFields() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\": \"FAX\", \"type\": \"PRAISE\", \"description\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:aftercare:problem:bad-request"))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel", "type", "description", "customer")))
			.andExpect(jsonPath("$.errors[?(@.field == 'channel')].message",
					org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("IN_STORE"))));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void namesEveryKeyTheRequestDoesNotHaveNestedOnesByTheirPath() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "FAX", "descripton": "Kettle leaks", "customer": {"name": "Jane", "emial": "jane@example.com",
				 "phone": "07700 900123"}, "vulnerable": true}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel", "description", "descripton",
					"customer.emial", "vulnerable")))
			.andExpect(jsonPath("$.errors[?(@.field == 'customer.emial')].message",
					contains("is not a field of this request: check its spelling")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void answersMalformedJsonWith400NotA500() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("{\"channel\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void asksForAContactDetail() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace(", \"email\": \"jane@example.com\"", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("customer.email")));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void answersAnUnknownCaseWith404() throws Exception {
		given(cases.get("AC-2026-999999")).willThrow(new NotFoundException("No case AC-2026-999999."));

		mvc.perform(get("/api/v1/cases/AC-2026-999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void answersACaseAsJsonToAnAcceptPreferringProblems() throws Exception {
		given(cases.get("AC-2026-000042")).willReturn(CaseControllerTest.caseView("AC-2026-000042"));

		mvc.perform(get("/api/v1/cases/AC-2026-000042").header("Accept", "application/problem+json, application/json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/json"));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void answersAProblemAsProblemJsonToAnAcceptTakingJson() throws Exception {
		given(cases.get("AC-2026-999999")).willThrow(new NotFoundException("No case AC-2026-999999."));

		mvc.perform(get("/api/v1/cases/AC-2026-999999").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void refusesAPageSizeOverAHundredAndAPageNumberNoListReaches() throws Exception {
		mvc.perform(get("/api/v1/cases").param("size", "1000")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/cases").param("status", "LOST")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/cases").param("page", "99999999").param("size", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "123", "true", "12.5" })
	@WithMockUser(username = "till-7", roles = "STAFF")
	void refusesADescriptionThatIsNotAString(String description) throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"The kettle leaks and I want a refund\"", description)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("description")));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"true\"", "1", "0", "\"yes\"" })
	@WithMockUser(username = "till-7", roles = "STAFF")
	void refusesAVulnerableCustomerFlagThatIsNotTrueOrFalse(String flag) throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"orderReference\"", "\"vulnerableCustomer\": " + flag + ", \"orderReference\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("vulnerableCustomer")))
			.andExpect(jsonPath("$.errors[0].message").value("must be true or false"));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/html", "application/xml", "garbage", "application/problem+json" })
	@WithMockUser(username = "till-7", roles = "STAFF")
	void refusesAnAnswerTheClientCannotTakeBeforeOpeningTheCase(String accept) throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).header("Accept", accept).content(VALID))
			.andExpect(status().isNotAcceptable());
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/json", "application/json, text/plain, */*", "application/*" })
	@WithMockUser(username = "till-7", roles = "STAFF")
	void opensTheCaseForAnAcceptTakingJson(String accept) throws Exception {
		given(cases.openOnce(any(OpenCaseCommand.class), eq("till-7"), isNull()))
			.willReturn(new CaseService.OpenedCase(CaseControllerTest.caseView("AC-2026-000042"), true));

		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).header("Accept", accept).content(VALID))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.caseNumber").value("AC-2026-000042"));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void answersABodyThatIsNotJsonWithATypedProblem() throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.TEXT_PLAIN).content("hello"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:aftercare:problem:unsupported-media-type"))
			.andExpect(jsonPath("$.title").value("Unsupported Media Type"))
			.andExpect(jsonPath("$.detail").value("Send the body as application/json."));
		verify(cases, never()).openOnce(any(), anyString(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"channel\": \"PHONE\", \"description\": \"kettle", "{\"channel\": \"PHONE\",}",
			"{\"description\": \"a\u0001b\"}" })
	@WithMockUser(username = "till-7", roles = "STAFF")
	void saysABodyThatIsNotJsonIsNotJson(String body) throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("body")))
			.andExpect(jsonPath("$.errors[0].message", containsString("is not valid JSON")));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void saysABodyWithInvalidUtf8IsNotJson() throws Exception {
		byte[] prefix = "{\"channel\": \"PHONE\", \"description\": \"caf".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[prefix.length + 3];
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		body[prefix.length] = (byte) 0xC3;
		body[prefix.length + 1] = (byte) 0x28;
		body[prefix.length + 2] = '"';

		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("body")))
			.andExpect(jsonPath("$.errors[0].message", containsString("is not valid JSON")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "null", "\"str\"", "42", "" })
	@WithMockUser(username = "till-7", roles = "STAFF")
	void saysTheBodyMustBeAJsonObject(String body) throws Exception {
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("body")))
			.andExpect(jsonPath("$.errors[0].message").value("must be a JSON object"));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void namesAnOverlongEmailOnce() throws Exception {
		String email = "a".repeat(190) + "@example.com";
		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("jane@example.com", email)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("customer.email")))
			.andExpect(jsonPath("$.errors[0].message").value("must be at most 200 characters"));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void listsEveryInvalidListParameter() throws Exception {
		mvc.perform(get("/api/v1/cases").param("page", "-1")
			.param("size", "0")
			.param("status", "X")
			.param("type", "Y"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("page", "size", "status", "type")))
			.andExpect(jsonPath("$.errors[?(@.field == 'status')].message",
					contains(containsString("AWAITING_APPROVAL"))));
		mvc.perform(get("/api/v1/cases").param("page", "abc").param("size", "1.5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("page", "size")));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void readsAnEmptyStatusOrTypeAsAny() throws Exception {
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/api/v1/cases?status=&type=&q=&page=&size=")).andExpect(status().isOk());
		verify(cases).search(new CaseQuery(null, null, null, ""), PageRequest.of(0, 20));
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void passesTheListParametersOn() throws Exception {
		given(cases.search(any(), any())).willReturn(Page.empty());

		mvc.perform(get("/api/v1/cases").param("status", "AWAITING_APPROVAL")
			.param("type", "RETURN")
			.param("q", "jane")
			.param("page", "10000000")
			.param("size", "100")).andExpect(status().isOk());
		verify(cases).search(new CaseQuery(CaseType.RETURN, CaseStatus.AWAITING_APPROVAL, null, "jane"),
				PageRequest.of(10_000_000, 100));
	}

}
