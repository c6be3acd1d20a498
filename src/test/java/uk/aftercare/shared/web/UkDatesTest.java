package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Days as the returns and follow-up forms read them: the UK's day/month/year, and the year-month-day of a date picker. */
class UkDatesTest {

	private final UkDates dates = new UkDates();

	@ParameterizedTest
	@CsvSource({ "20/10/2026, 2026-10-20", "2/11/2026, 2026-11-02", "02/11/2026, 2026-11-02", "29/2/2028, 2028-02-29",
			"' 20/10/2026 ', 2026-10-20", "2026-10-20, 2026-10-20", "-999999999-01-01, -999999999-01-01" })
	void readsTheUkDayMonthYearAndTheYearMonthDayOfADatePicker(String typed, LocalDate day) throws ParseException {
		assertThat(dates.parse(typed, Locale.UK)).isEqualTo(day);
	}

	@ParameterizedTest
	@ValueSource(strings = { "31/02/2026", "29/2/2026", "10/20/2026", "20/10/26", "20-10-2026", "2026-13-45",
			"2026-02-30", "20th October", "2026/10/20" })
	void refusesWhatIsNoDay(String typed) {
		assertThatThrownBy(() -> dates.parse(typed, Locale.UK)).isInstanceOf(ParseException.class);
	}

	@Test
	void showsADayAsTheDateBoxTakesIt() {
		assertThat(dates.print(LocalDate.of(2026, 11, 2), Locale.UK)).isEqualTo("2026-11-02");
	}

	/**
	 * An error message that gives an example must give one the field takes: "e.g. 20/10/2026" for a purchase date once
	 * named a form the field refused.
	 */
	@Test
	void everyDateMessageGivesAnExampleItsFieldTakes() throws Exception {
		Properties messages = messages();
		for (String key : new String[] { "typeMismatch.rma.purchaseDate", "typeMismatch.rma.deliveryDate",
				"typeMismatch.rma.requestDate", "typeMismatch.posting.proofOfPostingOn",
				"typeMismatch.policy.effectiveFrom", "typeMismatch.dueDate", "followUp.dueDate.required" }) {
			assertThat(dates.parse(example(messages, key), Locale.UK)).as(key).isNotNull();
		}
	}

	private static String example(Properties messages, String key) {
		Matcher example = Pattern.compile("e\\.g\\. (\\S+)$").matcher(messages.getProperty(key, ""));
		assertThat(example.find()).as("an example in %s", key).isTrue();
		return example.group(1);
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = UkDatesTest.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

}
