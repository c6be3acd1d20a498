package uk.aftercare.shared;

import java.util.Map;

/**
 * Makes text printable with the PDFs' font ({@link PdfFonts}): a few symbols it lacks become their plain-text
 * look-alikes, anything else it cannot print (emoji, Chinese) a question mark, instead of a blank box. Control
 * characters are removed first: the PDF's source is XML 1.0, which refuses them, and text saved before input was
 * cleaned (or written by other means) may still hold them.
 */
public final class PdfText {

	private static final Map<Integer, String> LOOK_ALIKES = Map.of(0x2713, "v", 0x2714, "v", 0x2717, "x");

	private PdfText() {
	}

	public static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		TextInput.withoutControlCharacters(text).codePoints().forEach(cp -> {
			if (cp == '\n' || cp == '\r' || cp == '\t' || PdfFonts.prints(cp)) {
				out.appendCodePoint(cp);
			}
			else {
				out.append(LOOK_ALIKES.getOrDefault(cp, "?"));
			}
		});
		return out.toString();
	}

}
