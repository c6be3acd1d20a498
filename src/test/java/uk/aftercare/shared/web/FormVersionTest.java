package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormVersionTest {

	@Test
	void readsAWholeNumberWithSpaceAround() {
		assertThat(FormVersion.parse(" 3 ")).contains(3L);
		assertThat(FormVersion.parse("0")).contains(0L);
		assertThat(FormVersion.parse("999999999999999999")).contains(999_999_999_999_999_999L);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  ", "abc", "-1", "3.0", "3,0", "1e3", "9999999999999999999" })
	void readsNoVersionFromTextThatIsNotAWholeNumberOfAtMostEighteenDigits(String text) {
		assertThat(FormVersion.parse(text)).isEmpty();
	}

}
