package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

/**
 * The maxlength a form's box gets is its field's @Size(max), and it is marked required when the field must be filled
 * in, found without Spring.
 */
class FormLimitsTest {

	static class Line {

		@Size(max = 40)
		String sku;

	}

	static class Form extends VersionedForm {

		@NotBlank
		@Size(max = 120)
		String name;

		@Size(min = 12)
		String password;

		String free;

		@NotNull
		String choice;

		List<Line> lines = new ArrayList<>();

	}

	private final FormLimits limits = FormLimits.INSTANCE;

	@Test
	void takesTheMaximumOfTheFieldsSize() {
		assertThat(limits.maxLength(new Form(), "name")).isEqualTo(120);
	}

	@Test
	void findsTheFieldOfARowInAList() {
		assertThat(limits.maxLength(new Form(), "lines[0].sku")).isEqualTo(40);
	}

	@Test
	void givesNoLimitWhereTheServerSetsNone() {
		assertThat(limits.maxLength(new Form(), "password")).isNull();
		assertThat(limits.maxLength(new Form(), "free")).isNull();
		assertThat(limits.maxLength(new Form(), "version")).isNull();
		assertThat(limits.maxLength(new Form(), "noSuchField")).isNull();
		assertThat(limits.maxLength(null, "name")).isNull();
	}

	@Test
	void marksRequiredWhatMustBeFilledInAndNothingElse() {
		assertThat(limits.required(new Form(), "name")).isTrue();
		assertThat(limits.required(new Form(), "choice")).isTrue();
		assertThat(limits.required(new Form(), "password")).isFalse();
		assertThat(limits.required(new Form(), "lines[0].sku")).isFalse();
		assertThat(limits.required(new Form(), "noSuchField")).isFalse();
		assertThat(limits.required(null, "name")).isFalse();
	}

}
