package uk.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import uk.aftercare.support.PdfFontsUsed;

class PdfFontsTest {

	private static final String NAMES = "Łukasz Wójcik-Dvořák Știrbu Ελένη Жанна €";

	@Test
	void printsLatinExtendedGreekAndCyrillicInRegularAndBold() throws Exception {
		byte[] pdf = render("<h1>" + NAMES + "</h1><table><tr><th>" + NAMES + "</th><td>" + NAMES
				+ "</td></tr></table>");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).lines().map(String::strip))
				.containsExactly(NAMES, NAMES + " " + NAMES);
			assertThat(PdfFontsUsed.of(document)).containsExactly("LiberationSans", "LiberationSans-Bold");
		}
	}

	@Test
	void embedsOnlyTheGlyphsPrinted() throws Exception {
		// Each face file is about 400 KB; a subset of a few dozen glyphs is a small fraction of that.
		assertThat(render("<p>Dvořák</p><h1>Dvořák</h1>")).hasSizeLessThan(40_000);
	}

	@Test
	void knowsWhichCharactersItPrints() {
		assertThat("ŁłŞșȘțŘřΩωЖжЎў€£→•≤".codePoints()).allMatch(PdfFonts::prints);
		assertThat("\u2713\u4E2D".codePoints()).noneMatch(PdfFonts::prints);
		assertThat(PdfFonts.prints(0x1F600)).isFalse();
	}

	private static byte[] render(String body) throws Exception {
		String xhtml = "<html><head><style>body { font-family: '" + PdfFonts.FAMILY + "', sans-serif; }</style>"
				+ "</head><body>" + body + "</body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		PdfFonts.useIn(builder);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		builder.run();
		return out.toByteArray();
	}

}
