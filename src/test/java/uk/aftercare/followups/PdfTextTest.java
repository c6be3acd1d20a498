package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTextTest {

	@Test
	void keepsPoundsAndAccentsAndSpellsOutArrows() {
		assertThat(PdfText.printable("Status OPEN \u2192 RESOLVED: £12.50 refund for Zoë\n"))
			.isEqualTo("Status OPEN -> RESOLVED: £12.50 refund for Zoë\n");
	}

	@Test
	void replacesWhatTheStandardFontsCannotPrint() {
		assertThat(PdfText.printable("Great \uD83D\uDE00 service \u4E2D")).isEqualTo("Great ? service ?");
	}

	@Test
	void dropsTheControlCharactersXmlRefusesAndKeepsWordsLineBreaksApart() {
		assertThat(PdfText.printable("<td>Back\u0008space\u0000 esc\u001b</td>\n<td>Line\u000bbreak</td>"))
			.isEqualTo("<td>Backspace esc</td>\n<td>Line\nbreak</td>");
	}

}
