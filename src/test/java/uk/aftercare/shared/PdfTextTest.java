package uk.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTextTest {

	@Test
	void keepsPoundsEurosArrowsAndAccents() {
		assertThat(PdfText.printable("Status OPEN \u2192 RESOLVED: £12.50 (€14) refund for Zoë\n"))
			.isEqualTo("Status OPEN \u2192 RESOLVED: £12.50 (€14) refund for Zoë\n");
	}

	@Test
	void keepsLatinExtendedGreekAndCyrillicNames() {
		String names = "Łukasz Wójcik-Dvořák Știrbu Ţepeş Ǆurić Ελένη Παπαδοπούλου "
				+ "Жанна Ковальчук Ґонта";
		assertThat(PdfText.printable(names)).isEqualTo(names);
	}

	@Test
	void spellsOutTicksAndCrossesTheFontLacks() {
		assertThat(PdfText.printable("\u2713 done, \u2717 not")).isEqualTo("v done, x not");
	}

	@Test
	void replacesWhatTheFontCannotPrint() {
		assertThat(PdfText.printable("Great \uD83D\uDE00 service \u4E2D")).isEqualTo("Great ? service ?");
	}

	@Test
	void dropsTheControlCharactersXmlRefusesAndKeepsWordsLineBreaksApart() {
		assertThat(PdfText.printable("<td>Back\u0008space\u0000 esc\u001b</td>\n<td>Line\u000bbreak</td>"))
			.isEqualTo("<td>Backspace esc</td>\n<td>Line\nbreak</td>");
	}

}
