package uk.aftercare.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

	/** Ignored, the misspelt key left faulty false: a decision as if the goods were sound, without a word. */
	@Test
	void refusesAMisspeltFlagInsteadOfDecidingWithoutIt() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "IN_STORE", "purchaseDate": "2026-09-01", "requestDate": "2026-09-13", "price": 29.99,
				 "faulty ": true}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("faulty ")));
	}

	@Test
	void namesAKeyTheRequestDoesNotHaveAlongsideTheOtherInvalidFields() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "IN_STORE", "purchaseDate": "2026-10-01", "price": -1, "faulty ": true, "colour": "red"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("faulty ", "colour", "price")))
			.andExpect(jsonPath("$.errors[?(@.field == 'faulty ')].message",
					contains("is not a field of this request: check its spelling")));
	}

	/** Jackson refuses a number this long before it knows the field; it is named all the same, and why. */
	@Test
	void namesANumberTooLongToReadByItsField() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "IN_STORE", "purchaseDate": "2026-10-01", "price": %s}""".formatted("1".repeat(2000))))
			.andExpect(jsonPath("$.errors[?(@.field == 'price')].message",
					contains("is a number of more than 1,000 digits, more than can be read")));
	}

	@Test
	void namesANumberBeyondAnyPriceAsOutOfRange() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "IN_STORE", "purchaseDate": "2026-10-01", "price": 1e9999999999}"""))
			.andExpect(jsonPath("$.errors[?(@.field == 'price')].message", contains("is out of range")));
	}

	/** A second object, or text, after the body's object is no reason to call the body not an object. */
	@ParameterizedTest
	@ValueSource(strings = { " {\"price\": 20}", " trailing", "]" })
	void namesWhatFollowsTheObjectAsSuch(String after) throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "IN_STORE", "purchaseDate": "2026-10-01", "price": 10}""" + after))
			.andExpect(jsonPath("$.errors[?(@.field == 'body')].message",
					contains("has something after the JSON object: send one JSON object only")));
	}

	@Test
	void namesTheFieldWithAMalformedDate() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel": "IN_STORE", "purchaseDate": "1st October", "price": 10}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purchaseDate"));
	}

	/** How the goods were sold decides the right to cancel; a till must say it, nothing takes it for granted. */
	@Test
	void refusesAnAssessmentThatDoesNotSayHowTheGoodsWereSold() throws Exception {
		mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content("""
				{"purchaseDate": "2026-10-20", "price": 29.99}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("channel")))
			.andExpect(jsonPath("$.errors[0].message").value("is required"));
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
			.andExpect(jsonPath("$.refund.dueOn").value("2026-11-15"))
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

	private static final String VALID = """
			{"channel": "IN_STORE", "purchaseDate": "2026-10-20", "price": 29.99, "faulty": true}""";

	/** Keeps numbers as written (as doubles, 1e999999999 would be sent as "Infinity"). */
	private static final JsonMapper EXACT = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
		.build();

	/** The valid request with one field set to the given JSON (added, or replacing its value). */
	private static String with(String field, String json) {
		JsonNode request = EXACT.readTree(VALID);
		((ObjectNode) request).set(field, EXACT.readTree(json));
		return EXACT.writeValueAsString(request);
	}

	private ResultActions assess(String body) throws Exception {
		return mvc.perform(post("/api/v1/returns/assessments").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void assessesTheValidRequestOfTheseTests() throws Exception {
		assess(VALID).andExpect(status().isOk()).andExpect(jsonPath("$.remedy").value("FULL_REFUND"));
	}

	/** A number is not a code, nor is a string of digits: Jackson would read them as the code's position. */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "channel|0", "channel|\"3\"", "productType|1", "condition|2",
			"proofOfPurchase|0", "region|1" })
	void refusesANumberForACode(String field, String json) throws Exception {
		assess(with(field, json)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains(field)))
			.andExpect(jsonPath("$.errors[0].message", containsString("must be one of")));
	}

	/** The tester's order, a month earlier: cancelled before it was delivered, as CCR 2013 regs 29-30 allow. */
	@Test
	void decidesACancellationMadeBeforeDelivery() throws Exception {
		assess("""
				{"channel": "ONLINE", "purchaseDate": "2026-10-10", "deliveryDate": "2026-10-20",
				 "requestDate": "2026-10-15", "price": 20}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.remedy").value("CANCELLATION_REFUND"))
			.andExpect(jsonPath("$.deadline").value("2026-11-03"))
			.andExpect(jsonPath("$.explanation", hasItem(containsString("never reached you or you refused delivery"))));
	}

	/** What cannot have happened stays refused, saying why: a fault before delivery, a request before the purchase. */
	@Test
	void refusesAFaultBeforeDeliveryAndARequestBeforeThePurchase() throws Exception {
		assess("""
				{"channel": "ONLINE", "purchaseDate": "2026-10-10", "deliveryDate": "2026-10-20",
				 "requestDate": "2026-10-15", "price": 20, "faulty": true}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("requestDate")))
			.andExpect(jsonPath("$.errors[0].message", containsString("a fault can be claimed only once the goods are "
					+ "delivered")));
		assess("""
				{"channel": "ONLINE", "purchaseDate": "2026-10-10", "deliveryDate": "2026-10-20",
				 "requestDate": "2026-10-09", "price": 20}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("requestDate")))
			.andExpect(jsonPath("$.errors[0].message").value("must not be before the purchase date"));
	}

	/** The tester's order, asked about before it came: it cannot have been used, damaged or repaired yet. */
	@Test
	void refusesGoodsUsedDamagedOrRepairedBeforeDelivery() throws Exception {
		assess("""
				{"channel": "ONLINE", "purchaseDate": "2026-10-10", "deliveryDate": "2026-10-20",
				 "requestDate": "2026-10-12", "price": 20, "condition": "DAMAGED_BY_CUSTOMER"}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("condition")))
			.andExpect(jsonPath("$.errors[0].message", containsString("cannot have been used or damaged")));
		assess("""
				{"channel": "ONLINE", "purchaseDate": "2026-10-10", "deliveryDate": "2026-10-20",
				 "requestDate": "2026-10-12", "price": 20, "condition": "USED", "repairDays": 2}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("repairDays", "condition")));
	}

	/** The same order: no seal can have been broken "after delivery" before it came (CCR 2013 reg 28(1)(c)-(d)). */
	@Test
	void refusesASealBrokenAfterDeliveryBeforeDelivery() throws Exception {
		assess("""
				{"channel": "ONLINE", "purchaseDate": "2026-10-10", "deliveryDate": "2026-10-20",
				 "requestDate": "2026-10-12", "price": 20, "hygieneSealBroken": true, "mediaSealBroken": true}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("hygieneSealBroken", "mediaSealBroken")))
			.andExpect(jsonPath("$.errors[0].message", containsString("cannot have had a hygiene seal broken")))
			.andExpect(jsonPath("$.errors[1].message", containsString("cannot have been unsealed after delivery")));
	}

	@Test
	void refusesAFaultPointedOutBeforeTheSale() throws Exception {
		assess(with("faultPointedOutBeforeSale", "true")).andExpect(status().isOk())
			.andExpect(jsonPath("$.remedy").value("NO_REMEDY"))
			.andExpect(jsonPath("$.legalBasis", containsString("s.9(4)(a)")));
		assess(with("faultPointedOutBeforeSale", "false")).andExpect(status().isOk())
			.andExpect(jsonPath("$.remedy").value("FULL_REFUND"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "repairDays|1.5", "repairDays|\"5\"", "repairDays|1e3", "repairDays|true",
			"expectedLifeDays|2.0", "price|\"29.99\"", "price|true", "faulty|\"true\"", "faulty|1",
			"perishable|0", "cancellationInfoGiven|\"false\"", "faultPointedOutBeforeSale|\"true\"",
			"productDescription|123", "productDescription|false" })
	void refusesAValueOfTheWrongJsonType(String field, String json) throws Exception {
		assess(with(field, json)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains(field)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "1", "20261101", "[2026,10,1]", "\"2026-10-01T10:00:00Z\"",
			"\"2026-10-01T10:00\"", "\"2026-02-30\"", "\"2026-1-5\"", "\"-999999999-01-01\"",
			"\"+2026-10-01\"", "{}" })
	void acceptsADateOnlyAsYearMonthDay(String json) throws Exception {
		assess(with("purchaseDate", json)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("purchaseDate")))
			.andExpect(jsonPath("$.errors[0].message", containsString("YYYY-MM-DD")));
	}

	@Test
	void listsEveryInvalidFieldAtOnce() throws Exception {
		assess("""
				{"channel": "FAX", "price": -5, "purchaseDate": "2099-01-01", "repairDays": -2, "region": "WALES",
				 "deliveryDate": "yesterday", "condition": "MINT", "productType": "FOOD", "proofOfPurchase": "HANDSHAKE",
				 "requestDate": "2026-13-01"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel", "price", "purchaseDate",
					"repairDays", "region", "deliveryDate", "condition", "productType", "proofOfPurchase",
					"requestDate")))
			.andExpect(jsonPath("$.errors[?(@.field == 'channel')].message",
					contains("must be one of IN_STORE, ONLINE, PHONE, OFF_PREMISES")))
			.andExpect(jsonPath("$.errors[?(@.field == 'purchaseDate')].message", contains("must not be in the future")));
	}

	/** Jackson stops at the first value of the wrong JSON type; the rules still check every other field. */
	@Test
	void listsEveryInvalidFieldWhateverItsJsonType() throws Exception {
		assess("""
				{"channel": "IN_STORE", "faulty": "yes", "purchaseDate": "2026-02-30", "price": -5, "repairDays": 1.5}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("faulty", "purchaseDate", "price", "repairDays")))
			.andExpect(jsonPath("$.errors[?(@.field == 'faulty')].message", contains("must be true or false")))
			.andExpect(jsonPath("$.errors[?(@.field == 'purchaseDate')].message", contains("must be a date as YYYY-MM-DD")))
			.andExpect(jsonPath("$.errors[?(@.field == 'price')].message", contains("must not be negative")))
			.andExpect(jsonPath("$.errors[?(@.field == 'repairDays')].message", contains("must be a whole number")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "1e999999999|must be at most 9,999,999,999.99", "-1e999999999|must not be negative",
			"99999999999999999999|must be at most 9,999,999,999.99",
			"10000000000|must be at most 9,999,999,999.99",
			"29.999999|must have at most 2 decimal places", "29.991|must have at most 2 decimal places" })
	void refusesAnImplausiblePrice(String price, String message) throws Exception {
		assess(with("price", price)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("price")))
			.andExpect(jsonPath("$.errors[0].message").value(message));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "9999999999.99", "29.990", "0", "1E+2" })
	void acceptsAPriceTheReturnAuthorisationCanStore(String price) throws Exception {
		assess(with("price", price)).andExpect(status().isOk());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "purchaseDate,0000-01-01", "purchaseDate,1899-12-31", "deliveryDate,1899-12-31",
			"requestDate,0001-01-01" })
	void refusesADateBeforeNineteenHundred(String field, String date) throws Exception {
		assess(with(field, "\"" + date + "\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)))
			.andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message",
					contains("must not be before 1900-01-01")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "repairDays", "expectedLifeDays" })
	void refusesACountBeyondAWholeNumber(String field) throws Exception {
		assess(with(field, "2147483648")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains(field)))
			.andExpect(jsonPath("$.errors[0].message").value("is out of range"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "repairDays", "expectedLifeDays" })
	void refusesMoreThanTenYearsOfDays(String field) throws Exception {
		assess(with(field, "2147483647")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains(field)))
			.andExpect(jsonPath("$.errors[0].message").value("must be at most 3650"));
		assess(with(field, "3650")).andExpect(status().isOk());
	}

	@Test
	void refusesAProductDescriptionLongerThanAReturnAuthorisationLine() throws Exception {
		assess(with("productDescription", "\"" + "k".repeat(201) + "\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("productDescription")))
			.andExpect(jsonPath("$.errors[0].message").value("must be at most 200 characters"));
		assess(with("productDescription", "\"" + "k".repeat(200) + "\"")).andExpect(status().isOk());
	}

}
