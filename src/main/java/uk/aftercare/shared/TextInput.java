package uk.aftercare.shared;

/**
 * What text typed or sent into the application is reduced to before anything checks or stores it. PostgreSQL cannot
 * store a NUL in a text column, XML 1.0 (the PDFs' source) refuses most control characters, and a field holding only
 * a no-break or zero-width space looks blank to a person, so it should be refused as blank. Interior text, line
 * breaks, tabs and emoji stay as typed.
 */
public final class TextInput {

	private TextInput() {
	}

	/**
	 * The text without control characters and without blank-looking characters at either end; {@code null} stays
	 * {@code null}. Text that needs no change is returned as it is.
	 */
	public static String clean(String text) {
		return text == null ? null : strip(withoutControlCharacters(text));
	}

	/**
	 * The text with every character XML 1.0 does not allow (and the other C0 and C1 controls and DEL) removed, keeping
	 * tab, line feed and carriage return. A vertical tab, form feed or next-line character becomes a line feed: Word
	 * puts a vertical tab where a line was broken with Shift+Enter, and dropping it would join two words. Unpaired
	 * surrogates and U+FFFE/U+FFFF go too. {@code null} stays {@code null}.
	 */
	public static String withoutControlCharacters(String text) {
		if (text == null) {
			return null;
		}
		int first = firstUnwanted(text);
		if (first < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (startsPair(text, i)) {
				out.append(c).append(text.charAt(++i));
			}
			else if (isLineBreak(c)) {
				out.append('\n');
			}
			else if (!isUnwanted(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int firstUnwanted(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (startsPair(text, i)) {
				i++;
			}
			else if (isUnwanted(text.charAt(i)) || isLineBreak(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean startsPair(String text, int i) {
		return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
				&& Character.isLowSurrogate(text.charAt(i + 1));
	}

	private static boolean isLineBreak(char c) {
		return c == '\u000B' || c == '\u000C' || c == '\u0085';
	}

	/** Called only for a character that does not start a surrogate pair, so any surrogate here is unpaired. */
	private static boolean isUnwanted(char c) {
		return (c < '\u0020' && c != '\t' && c != '\n' && c != '\r') || (c >= '\u007F' && c <= '\u009F')
				|| Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
	}

	private static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isBlankLooking(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && isBlankLooking(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return start == 0 && end == text.length() ? text : text.substring(start, end);
	}

	/** White space in the Unicode sense (no-break spaces included), zero-width spaces and joiners, and the BOM. */
	private static boolean isBlankLooking(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x200B
				|| codePoint == 0x200C || codePoint == 0x200D || codePoint == 0x2060 || codePoint == 0xFEFF;
	}

}
