package uk.aftercare.customers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A customer's postal address, for the letters the shop prints and posts: one to {@link #MAX_LINES} lines (house,
 * street, town) of at most {@link #MAX_LINE_LENGTH} characters and a UK postcode, written as Royal Mail sorts it: upper
 * case, one space before the inward code ("sw1a1aa" is "SW1A 1AA"). The lines are trimmed, with runs of spaces made
 * one and blank lines left out. A last line that is the postcode again (typed with the rest of the address) is left
 * out too: the postcode has a line of its own on the letter, and would print twice. Any Unicode space counts as a
 * space (a postcode pasted from a web page often has a no-break one). Anything else is refused with an
 * {@link IllegalArgumentException}: forms check what was typed first ({@link #lines(String, String)},
 * {@link #isPostcode(String)}) and say what is wrong beside the box.
 */
public record PostalAddress(List<String> lines, String postcode) {

	/** As many lines as an address takes above its postcode, and as a window envelope shows. */
	public static final int MAX_LINES = 4;

	/** The longest line: a long street and locality on one line, and still fits a letter's address block. */
	public static final int MAX_LINE_LENGTH = 60;

	/** The width of customer.address_lines: the longest lines joined by line breaks fit it. */
	public static final int LINES_COLUMN_LENGTH = 250;

	/** The longest postcode as stored: "SW1A 1AA". */
	public static final int POSTCODE_LENGTH = 8;

	/**
	 * A UK postcode in any case, with or without the space, or nothing: the outward code (area and district, such as
	 * "SW1A", "M1", "CR2") and the inward code (sector and unit, "1AA"), with the letters Royal Mail uses in each
	 * place, as the UK Government Data Standards Catalogue gives them; and Girobank's "GIR 0AA".
	 */
	public static final String POSTCODE_PATTERN = "^[\\s\\p{Z}]*$|^(?i)[\\s\\p{Z}]*(GIR[\\s\\p{Z}]*0AA"
			+ "|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[\\s\\p{Z}]*"
			+ "[0-9][ABD-HJLNP-UW-Z]{2})[\\s\\p{Z}]*$";

	private static final Pattern POSTCODE = Pattern.compile(POSTCODE_PATTERN);

	/** A run of spaces of any kind: ASCII, tab, no-break, thin, ideographic. */
	private static final String SPACES = "[\\s\\p{Z}]+";

	public PostalAddress {
		postcode = normalisePostcode(postcode);
		lines = withoutPostcode(lines == null ? List.of()
				: lines.stream().map(PostalAddress::tidy).filter(l -> !l.isEmpty()).toList(), postcode);
		if (lines.isEmpty() || lines.size() > MAX_LINES
				|| lines.stream().anyMatch(line -> line.length() > MAX_LINE_LENGTH)) {
			throw new IllegalArgumentException("An address has 1 to " + MAX_LINES + " lines of at most "
					+ MAX_LINE_LENGTH + " characters");
		}
		if (postcode == null || !isPostcode(postcode)) {
			throw new IllegalArgumentException("An address needs a UK postcode");
		}
	}

	/**
	 * The address typed in a box of lines and a postcode box, or null when both were left empty. Check it first:
	 * {@link #lines(String)}, {@link #isPostcode(String)}.
	 */
	public static PostalAddress of(String typedLines, String typedPostcode) {
		if (lines(typedLines).isEmpty() && normalisePostcode(typedPostcode) == null) {
			return null;
		}
		return new PostalAddress(lines(typedLines), typedPostcode);
	}

	/** The lines of a box of text, tidied, blank ones left out. */
	public static List<String> lines(String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(typed.split("\\R")).map(PostalAddress::tidy).filter(l -> !l.isEmpty()).toList();
	}

	/**
	 * The lines of a box of text as the address keeps them with this postcode: {@link #lines(String)} without a last
	 * line that is the same postcode.
	 */
	public static List<String> lines(String typed, String typedPostcode) {
		return withoutPostcode(lines(typed), normalisePostcode(typedPostcode));
	}

	/** Whether the text is a UK postcode (in any case, with or without its space), or empty. */
	public static boolean isPostcode(String typed) {
		return typed == null || POSTCODE.matcher(typed).matches();
	}

	/** The postcode upper-cased, with one space before its last three characters; null when blank. */
	public static String normalisePostcode(String typed) {
		if (typed == null || typed.replaceAll(SPACES, "").isEmpty()) {
			return null;
		}
		String compact = typed.replaceAll(SPACES, "").toUpperCase(Locale.ROOT);
		return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(
				compact.length() - 3) : compact;
	}

	/** The lines as one text, a line each, as the record keeps them and the form shows them. */
	public String linesText() {
		return String.join("\n", lines);
	}

	/** The lines without the last one when it is this postcode, however it was spaced or cased. */
	private static List<String> withoutPostcode(List<String> lines, String postcode) {
		if (postcode == null || lines.isEmpty() || !postcode.equals(normalisePostcode(lines.get(lines.size() - 1)))) {
			return lines;
		}
		return lines.subList(0, lines.size() - 1);
	}

	private static String tidy(String line) {
		return line == null ? "" : line.replaceAll(SPACES, " ").strip();
	}

}
