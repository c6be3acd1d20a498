package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.util.DetailedError;

import uk.aftercare.shared.web.ErrorSummary.Entry;

/**
 * A rejected form's summary lists its own errors first, then each field's in the order of the form, each linking to
 * the id Thymeleaf gives the field's control; found without Spring.
 */
class ErrorSummaryTest {

	enum Colour {
		RED, BLUE
	}

	static class Line {

		String sku;

		Integer quantity;

	}

	static class Form extends VersionedForm {

		String name;

		Colour colour;

		@RadioButtons
		Integer score;

		boolean agreed;

		Set<Colour> colours;

		List<Line> lines;

	}

	private static DetailedError field(String path, String message) {
		return new DetailedError(path, "code", null, message);
	}

	@Test
	void listsTheFormsOwnErrorsFirstWithoutALinkThenEachFieldInTheOrderOfTheForm() {
		List<Entry> entries = ErrorSummary.INSTANCE.entries(new Form(), List.of(field("lines[1].sku", "sku 2"),
				field("colour", "colour"), field("lines[0].quantity", "quantity 1"), field("version", "version"),
				new DetailedError("clash", null, "Someone else changed it"), field("lines[0].sku", "sku 1"),
				field("name", "name")));

		assertThat(entries).extracting(Entry::message)
			.containsExactly("Someone else changed it", "name", "colour", "sku 1", "quantity 1", "sku 2", "version");
		assertThat(entries.get(0).href()).isNull();
	}

	@Test
	void linksToTheIdThymeleafGivesTheFieldsFirstControl() {
		List<Entry> entries = ErrorSummary.INSTANCE.entries(new Form(),
				List.of(field("name", "a box"), field("colour", "a drop-down"), field("score", "radio buttons"),
						field("agreed", "a tick box"), field("colours", "tick boxes"), field("lines", "the rows"),
						field("lines[1].sku", "a row's box")));

		assertThat(entries).extracting(Entry::href)
			.containsExactly("#name", "#colour", "#score1", "#agreed1", "#colours1", "#lines", "#lines1.sku");
	}

	@Test
	void putsAFieldTheFormDoesNotDeclareLastLinkingToItsName() {
		List<Entry> entries = ErrorSummary.INSTANCE.entries(new Form(),
				List.of(field("elsewhere", "elsewhere"), field("name", "name")));

		assertThat(entries).containsExactly(new Entry("name", "#name"), new Entry("elsewhere", "#elsewhere"));
	}

}
