package uk.aftercare.followups;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

import uk.aftercare.shared.TextInput;

/**
 * Makes text printable with the PDF standard fonts, which only know the Windows-1252 characters: arrows and other
 * symbols become their plain-text look-alikes, anything else unprintable a question mark, instead of a blank box.
 * Control characters are removed first: the PDF's source is XML 1.0, which refuses them, and text saved before input
 * was cleaned (or written by other means) may still hold them.
 */
public final class PdfText {

	private static final Map<Character, String> LOOK_ALIKES = Map.of('\u2192', "->", '\u2190', "<-", '\u2713', "v",
			'\u2714', "v", '\u2717', "x", '\u2022', "*", '\u2264', "<=", '\u2265', ">=");

	private PdfText() {
	}

	public static String printable(String text) {
		CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
		StringBuilder out = new StringBuilder(text.length());
		TextInput.withoutControlCharacters(text).codePoints().forEach(cp -> {
			if (cp == '\n' || cp == '\r' || cp == '\t') {
				out.appendCodePoint(cp);
			}
			else if (cp < 0x10000 && cp1252.canEncode((char) cp)) {
				out.appendCodePoint(cp);
			}
			else if (cp < 0x10000 && LOOK_ALIKES.containsKey((char) cp)) {
				out.append(LOOK_ALIKES.get((char) cp));
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

}
