package uk.aftercare.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
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

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.OpenCaseCommand;
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
	@WithMockUser(username = "till-7", roles = "STAFF")
	void createsACaseAndAnswersWithItsLocation() throws Exception {
		given(cases.open(any(OpenCaseCommand.class), eq("till-7"), isNull()))
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
		given(cases.open(any(OpenCaseCommand.class), eq("till-7"), eq("api:abc-123")))
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
		verify(cases, never()).open(any(), anyString(), any());
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
		verify(cases, never()).open(any(), anyString(), any());
	}

	@Test
	@WithMockUser(username = "till-7", roles = "STAFF")
	void opensTheCaseWithTheTextCleanedOfControlCharactersAndBlankLookingEnds() throws Exception {
		given(cases.open(any(OpenCaseCommand.class), eq("till-7"), isNull()))
			.willReturn(new CaseService.OpenedCase(CaseControllerTest.caseView("AC-2026-000042"), true));

		mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "PHONE", "description": "\u00a0The kettle\\u001b leaks\\nRefund please \uD83D\uDE20\u200b",
				 "customer": {"name": "Jane Smith\\u0000", "email": "jane@example.com"}}"""))
			.andExpect(status().isCreated());

		ArgumentCaptor<OpenCaseCommand> command = ArgumentCaptor.forClass(OpenCaseCommand.class);
		verify(cases).open(command.capture(), eq("till-7"), isNull());
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
	void refusesAPageSizeOverAHundredAndAPageNumberNoListReaches() throws Exception {
		mvc.perform(get("/api/v1/cases").param("size", "1000")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/cases").param("status", "LOST")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/cases").param("page", "99999999").param("size", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

}
