package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

class FilterTextTest {

	private final Errors errors = new MapBindingResult(new HashMap<>(), "filters");

	@Test
	void readsADateAsAPickerSendsIt() {
		assertThat(FilterText.date("from", " 2026-11-02 ", errors)).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(FilterText.date("from", " ", errors)).isNull();
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void readsADateAsTheShopWritesOneLikeTheFormsDates() {
		assertThat(FilterText.date("from", "24/11/2026", errors)).isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(FilterText.date("to", " 2/3/2026 ", errors)).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(FilterText.date("from", "31/02/2026", errors)).as("no day, not 3 March").isNull();

		assertThat(errors.getFieldError("from").getCode()).isEqualTo("filter.date.invalid");
		assertThat(errors.getFieldErrorCount()).isEqualTo(1);
	}

	@Test
	void refusesADateThatIsNoneAndKeepsWhatWasTyped() {
		assertThat(FilterText.date("from", "2026-02-30", errors)).isNull();

		FieldError error = errors.getFieldError("from");
		assertThat(error.getCode()).isEqualTo("filter.date.invalid");
		assertThat(error.getArguments()).containsExactly("2026-02-30");
	}

	@Test
	void refusesADateOutsideTheYearsAnyCaseCouldHave() {
		assertThat(FilterText.date("to", "20260-01-01", errors)).isNull();
		assertThat(FilterText.date("from", "1899-12-31", errors)).isNull();

		assertThat(errors.getFieldError("to").getCode()).isEqualTo("filter.date.outOfRange");
		assertThat(errors.getFieldError("to").getArguments()).containsExactly("20260-01-01", 1900, 9999);
		assertThat(errors.getFieldError("from").getCode()).isEqualTo("filter.date.outOfRange");
	}

	@Test
	void readsACodeByItsExactNameAndRefusesAnyOtherWithTheGivenMessage() {
		assertThat(FilterText.code("channel", " EMAIL ", ContactChannel.values(), "filter.channel.invalid", errors))
			.isEqualTo(ContactChannel.EMAIL);
		assertThat(FilterText.code("channel", "email", ContactChannel.values(), "filter.channel.invalid", errors))
			.isNull();

		assertThat(errors.getFieldError("channel").getCode()).isEqualTo("filter.channel.invalid");
		assertThat(errors.getFieldError("channel").getArguments()).containsExactly("email");
	}

}
