package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON reading every API request goes through, without Spring. */
class StrictJsonConfigurationTest {

	enum Colour { RED, GREEN }

	record Sample(LocalDate day, Colour colour, String text, Boolean flag, Integer count, BigDecimal amount) {
	}

	private final JsonMapper json = strictMapper();

	private static JsonMapper strictMapper() {
		JsonMapper.Builder builder = JsonMapper.builder();
		new StrictJsonConfiguration().strictJsonReading().customize(builder);
		return builder.build();
	}

	private Sample read(String body) {
		return json.readValue(body, Sample.class);
	}

	@Test
	void readsEachValueInItsOwnJsonType() {
		assertThat(read("""
				{"day": "2026-11-01", "colour": "GREEN", "text": "kettle", "flag": true, "count": 3, "amount": 29.99}"""))
			.isEqualTo(new Sample(LocalDate.of(2026, 11, 1), Colour.GREEN, "kettle", true, 3, new BigDecimal("29.99")));
		assertThat(read("{\"amount\": 30}").amount()).isEqualByComparingTo("30");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "20261101", "[2026,11,1]", "\"2026-11-01T10:00:00Z\"", "\"2026-11-01T10:00\"",
			"\" 2026-11-01\"", "\"2026-02-30\"", "\"2026-1-5\"", "\"+2026-11-01\"", "\"-999999999-01-01\"", "true",
			"{}" })
	void takesADateOnlyAsYearMonthDay(String day) {
		assertThatThrownBy(() -> read("{\"day\": " + day + "}")).isInstanceOf(MismatchedInputException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"colour\": 1}", "{\"colour\": \"1\"}", "{\"colour\": 0.0}", "{\"text\": 123}",
			"{\"text\": 1.5}", "{\"text\": true}", "{\"flag\": \"true\"}", "{\"flag\": 1}", "{\"flag\": 0.0}",
			"{\"count\": 0.9}", "{\"count\": 1e3}", "{\"count\": \"5\"}", "{\"count\": true}",
			"{\"amount\": \"29.99\"}", "{\"amount\": false}" })
	void coercesNoValueIntoAnotherType(String body) {
		assertThatThrownBy(() -> read(body)).isInstanceOf(MismatchedInputException.class);
	}

	@Test
	void refusesAKeyTheRecordDoesNotHave() {
		assertThatThrownBy(() -> read("{\"text\": \"kettle\", \"txet\": \"kettle\"}"))
			.isInstanceOf(UnrecognizedPropertyException.class);
	}

	/** Which of two values a key given twice meant is a guess: refused, in the words the API's problem names it by. */
	@ParameterizedTest
	@ValueSource(strings = { "{\"text\": \"x\", \"text\": \"y\"}", "{\"count\": 1, \"flag\": true, \"count\": 1}" })
	void refusesAKeyGivenTwice(String body) {
		assertThatThrownBy(() -> read(body)).isInstanceOf(StreamReadException.class)
			.hasMessageStartingWith(JsonReadProblems.DUPLICATE_KEY);
	}

}
