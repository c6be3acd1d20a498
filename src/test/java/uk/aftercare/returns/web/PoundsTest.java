package uk.aftercare.returns.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PoundsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "1299.99,1299.99", "£1299.99,1299.99", "'1,299.99',1299.99", "'£1,000,000.5',1000000.5",
			"' £250 ',250", "-5.00,-5.00", "'-£1,000',-1000", "49.999,49.999", "0,0" })
	void readsPoundsAndPenceWithOrWithoutAPoundSignAndCommas(String text, String amount) {
		assertThat(Pounds.parse(text)).isEqualByComparingTo(amount);
	}

	@ParameterizedTest(name = "{0}")
	@NullSource
	@ValueSource(strings = { "", " ", "NaN", "12 pounds", "1,29.00", "1,2999", "£-5", "1e3", "+5", ".5", "5.",
			"£ 5", "££5", "29.99p", "123456789012345678901" })
	void readsNoAmountFromAnythingElse(String text) {
		assertThat(Pounds.parse(text)).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "123456789012345678901", "£1,000,000,000,000.00", "99999999999999999999999999.5" })
	void tellsAnAmountTooLongToReadThatIsTooManyPounds(String text) {
		assertThat(Pounds.parse(text)).isNull();
		assertThat(Pounds.tooManyPounds(text)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@NullSource
	@ValueSource(strings = { "", "250.00", "£999,999,999,999.99", "1.000000000000000000001", "-123456789012345678901",
			"123456789012345678901 pounds", "1,2345678901234567890123" })
	void tellsNothingElseIsTooManyPounds(String text) {
		assertThat(Pounds.tooManyPounds(text)).isFalse();
	}

}
