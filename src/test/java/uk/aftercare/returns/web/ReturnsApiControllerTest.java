package uk.aftercare.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.returns.ReturnAuthorisations;
import uk.aftercare.returns.ReturnsPolicyService;
import uk.aftercare.returns.ReturnsPolicySettings;
import uk.aftercare.returns.ReturnsService;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.support.WebTestSupport;

/** Every worked example of returns.jsonl, through the JSON API exactly as a till would call it. */
@WebMvcTest(ReturnsApiController.class)
@WebTestSupport
@Import(ReturnsService.class)
@WithMockUser(username = "till-1", roles = "STAFF")
class ReturnsApiControllerTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReturnsPolicyService policies;

	@MockitoBean
	ReturnAuthorisationService authorisations;

	@BeforeEach
	void theHousePolicyIsInForce() {
		given(policies.inForce(any())).willReturn(ReturnsPolicySettings.defaults());
	}

	static Stream<Arguments> examples() throws IOException {
		try (InputStream in = ReturnsApiControllerTest.class.getResourceAsStream("/returns/examples.jsonl")) {
			List<Arguments> examples = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					JsonNode example = JSON.readTree(line);
					examples.add(Arguments.of(example.get("id").asString(), example.get("req"), example.get("expect")));
				}
			}
			return examples.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void answersTheWorkedExample(String id, JsonNode req, JsonNode expect) throws Exception {
		String body = mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON)
			.content(req.toString()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		JsonNode answer = JSON.readTree(body);

		for (String field : expect.propertyNames()) {
			JsonNode actual = switch (field) {
				case "escalationRequired" -> answer.get("escalation").get("required");
				case "escalationReasons" -> answer.get("escalation").get("reasons");
				default -> answer.get(field);
			};
			if (field.equals("escalationReasons")) {
				assertThat(values(actual)).as(field).containsExactlyInAnyOrderElementsOf(values(expect.get(field)));
			}
			else {
				assertThat(actual).as(field).isEqualTo(expect.get(field));
			}
		}
		assertThat(answer.get("explanation").isEmpty()).isFalse();
		assertThat(answer.get("policyVersion").asString()).isNotBlank();
		assertThat(answer.get("legalBasis")).isNotNull();
	}

	private static List<String> values(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	@Test
	void namesTheFieldWithAnUnknownCode() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "CARRIER_PIGEON", "purchaseDate": "2026-10-01", "price": 10}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));
	}

	@Test
	void namesTheFieldWithAMalformedDate() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "IN_STORE", "purchaseDate": "1st October", "price": 10}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purchaseDate"));
	}

	@Test
	void listsEveryMissingOrInconsistentField() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"purchaseDate": "2026-10-10", "deliveryDate": "2026-10-01", "price": -5}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel", "deliveryDate", "price")));
	}

	@Test
	void returnsAReturnAuthorisationByItsNumber() throws Exception {
		given(authorisations.get("RMA-2026-000001"))
			.willReturn(ReturnAuthorisations.authorised(ReturnAuthorisations.faultyKettle().build(),
					ReturnAuthorisations.TODAY));

		mvc.perform(get("/api/v1/returns/authorisations/RMA-2026-000001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rmaNumber").value("RMA-2026-000001"))
			.andExpect(jsonPath("$.status").value("AUTHORISED"))
			.andExpect(jsonPath("$.customer.name").value("Jane Smith"))
			.andExpect(jsonPath("$.lines[0].description").value("Kettle"))
			.andExpect(jsonPath("$.offer.offeredRemedy").value("FULL_REFUND"))
			.andExpect(jsonPath("$.assessment.policyVersion").value("uk-returns-v1"))
			.andExpect(jsonPath("$.assessment.legalBasis")
				.value("Consumer Rights Act 2015 ss.20-22 (short-term right to reject)"))
			.andExpect(jsonPath("$.refund.dueOn").value("2026-11-16"))
			.andExpect(jsonPath("$.approval.decidedBy").value("sue"))
			.andExpect(jsonPath("$.nextStatuses[0]").value("RECEIVED"));
	}

	@Test
	void answersAnUnknownReturnAuthorisationWithProblemJson() throws Exception {
		given(authorisations.get("RMA-2026-999999"))
			.willThrow(new NotFoundException("No return authorisation RMA-2026-999999."));

		mvc.perform(get("/api/v1/returns/authorisations/RMA-2026-999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No return authorisation RMA-2026-999999."));
	}

}
