package uk.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextInputTest {

	@ParameterizedTest
	@ValueSource(strings = { "\u00a0", "\u200b", "\u0000", "\ufeff", "\u2060", "\u200c\u200d", "\u3000", "\u202f",
			" \t\r\n\u000b\u000c ", "\u00a0\u0000\u200b\u0008\u001b" })
	void turnsTextThatOnlyLooksBlankIntoEmptyText(String blankLooking) {
		assertThat(TextInput.clean(blankLooking)).isEmpty();
	}

	@Test
	void stripsBlankLookingCharactersFromBothEnds() {
		assertThat(TextInput.clean("\ufeff\u00a0 The kettle leaks\u200b\u00a0\n")).isEqualTo("The kettle leaks");
	}

	@Test
	void removesControlCharactersInsideTheText() {
		assertThat(TextInput.clean("Back\u0008space, esc\u001bape, nul\u0000l, del\u007fete, c1\u0080\u009f"))
			.isEqualTo("Backspace, escape, null, delete, c1");
	}

	@Test
	void keepsInteriorLineBreaksTabsSpacesAndEmojiAsTyped() {
		String typed = "Line one\r\nLine two\n\tIndented\u00a0£12.50 \uD83D\uDC4D\uD83C\uDFFD Zo\u00eb \u4e2d, "
				+ "family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 here";

		assertThat(TextInput.clean(typed)).isEqualTo(typed);
	}

	@Test
	void turnsWordsManualLineBreakIntoALineFeedSoWordsStayApart() {
		assertThat(TextInput.clean("Kettle leaks\u000bWants a refund\u000cPage two\u0085End"))
			.isEqualTo("Kettle leaks\nWants a refund\nPage two\nEnd");
	}

	@Test
	void removesUnpairedSurrogatesAndTheTwoNonCharactersXmlRefuses() {
		assertThat(TextInput.clean("a\uD800b\uDC00c\uFFFEd\uFFFFe\uD83D")).isEqualTo("abcde");
	}

	@Test
	void returnsTextThatNeedsNoChangeAsItIs() {
		String typed = "The kettle leaks";

		assertThat(TextInput.clean(typed)).isSameAs(typed);
		assertThat(TextInput.clean("")).isEmpty();
		assertThat(TextInput.clean(null)).isNull();
	}

	@Test
	void removingControlCharactersAloneKeepsTheEndsAndTheLayout() {
		assertThat(TextInput.withoutControlCharacters("  <td>Note\u000bwith\u0000 controls</td>\n"))
			.isEqualTo("  <td>Note\nwith controls</td>\n");
		assertThat(TextInput.withoutControlCharacters(null)).isNull();
	}

}
