package uk.aftercare.customers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A customer's name and contact details as typed by staff, tidied: trimmed, email lower-cased, blanks as null.
 */
public record ContactDetails(String name, String email, String phone) {

	/** The longest phone key: the width of the phone_key columns (customer, service_case). */
	public static final int PHONE_KEY_LENGTH = 20;

	/**
	 * A phone number as staff or a shop system may type it, or nothing: an optional "+", then 7 to 20 digits, spaces,
	 * brackets and hyphens, the first a digit. Every form and API that takes a customer's phone uses this one rule,
	 * so a number taken in one place is taken in all.
	 */
	public static final String PHONE_PATTERN = "^$|^\\+?[0-9][0-9 ()-]{6,19}$";

	/** The width of the name columns (customer, service_case) and of the name keys kept beside them. */
	public static final int NAME_KEY_LENGTH = 120;

	/** The accents Unicode writes as marks after their letter once a text is decomposed (NFD). */
	private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036F]+");

	public ContactDetails {
		name = tidy(name);
		email = tidy(email) == null ? null : lowerCase(email.trim());
		phone = tidy(phone);
	}

	private static String tidy(String value) {
		return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
	}

	/**
	 * Digits only, UK numbers in national form, so "+44 7700 900123", "+44 (0)7700 900123", "0044 7700 900123" and
	 * "07700 900123" all match; at most {@link #PHONE_KEY_LENGTH} digits, so the key always fits its column. The
	 * international prefix "00" is dropped, as "+" is, so a number abroad has one key however it was dialled. A number
	 * starting 44 is taken as UK when at least 9 digits follow it (a UK number without its leading 0 has 9 or 10),
	 * once the "(0)" written for the leading 0 is dropped.
	 */
	public static String phoneKey(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "");
		if (digits.startsWith("00")) {
			digits = digits.substring(2);
		}
		if (digits.startsWith("44")) {
			String national = digits.startsWith("440") ? digits.substring(3) : digits.substring(2);
			if (national.length() >= 9) {
				digits = "0" + national;
			}
		}
		return digits.isEmpty() ? null : digits.substring(0, Math.min(digits.length(), PHONE_KEY_LENGTH));
	}

	/**
	 * Text lower-cased for matching, keeping its length, so an email or a search key lower-cased from text of a
	 * column's width still fits that column. {@code String.toLowerCase} makes one character two in a single case,
	 * the dotted capital I (U+0130, "İ" to "i̇"); here it becomes a plain "i", as {@code Character.toLowerCase} has it.
	 */
	public static String lowerCase(String text) {
		return text == null ? null : text.replace('\u0130', 'i').toLowerCase(Locale.ROOT);
	}

	/**
	 * The key a customer record is looked up by on the log form: the {@link #nameKey name key} of the name written
	 * forename first ({@link #forenameFirst}), so a record kept as "Blake, Wendy" is offered to staff who type "Wendy
	 * Blake", and the other way round.
	 */
	public static String lookupKey(String name) {
		return nameKey(forenameFirst(name));
	}

	/**
	 * A name written surname first, "Smith, Jane" as registers and order systems list people, as "Jane Smith"; any
	 * other name (no comma, or more than one) as it is.
	 */
	public static String forenameFirst(String name) {
		if (name == null) {
			return null;
		}
		int comma = name.indexOf(',');
		if (comma < 0 || comma != name.lastIndexOf(',')) {
			return name;
		}
		return (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
	}

	/**
	 * The {@link #fold folded} name, cut to {@link #NAME_KEY_LENGTH} without cutting a character that takes two UTF-16
	 * units in half: what the customer and case tables keep beside a name, so that a lookup or search compares folded
	 * text with folded text on an index. Folding can spell a letter out ("ß" as "ss"), so the cut keeps any name, however
	 * long, within its column.
	 */
	public static String nameKey(String name) {
		if (name == null) {
			return null;
		}
		String folded = fold(name);
		if (folded.length() <= NAME_KEY_LENGTH) {
			return folded;
		}
		int end = Character.isHighSurrogate(folded.charAt(NAME_KEY_LENGTH - 1)) ? NAME_KEY_LENGTH - 1 : NAME_KEY_LENGTH;
		return folded.substring(0, end);
	}

	/**
	 * A name as name searches and lookups compare it, so staff who type without accents find what was typed with them
	 * and the other way round: "Zoë", "ZOE" and "zoe" all become "zoe", "Müller" "muller", "José" "jose". Lower-cased
	 * as {@link #lowerCase} does; the accents of letters that decompose are taken off, and the few letters that have
	 * no decomposition are written as they are without an accent ("ø" as "o", "ł" as "l", "đ" as "d") or spelt out
	 * ("æ" as "ae", "ß" as "ss"), so the result may be a little longer than the text: cut it to its column's width.
	 * Only the Latin, Greek and Cyrillic accents (U+0300 to U+036F) are taken off; the marks other scripts write
	 * their vowels with are kept, so a name in them is not made to match others it is not. The apostrophes and the
	 * marks typed for one (’ ‘ ʼ ` ´: Word, Mac and iPhone type the curly one) are all written "'", so "O’Connor"
	 * and "O'Connor" match.
	 */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String lower = lowerCase(text);
		if (lower.chars().allMatch(c -> c < 0x80)) {
			return lower.replace('`', '\'');
		}
		String bare = ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		StringBuilder folded = new StringBuilder(bare.length() + 4);
		for (int i = 0; i < bare.length(); i++) {
			char c = bare.charAt(i);
			switch (c) {
				case 'ø' -> folded.append('o');
				case 'ł' -> folded.append('l');
				case 'đ', 'ð' -> folded.append('d');
				case 'ħ' -> folded.append('h');
				case 'ı' -> folded.append('i');
				case 'æ' -> folded.append("ae");
				case 'œ' -> folded.append("oe");
				case 'ß' -> folded.append("ss");
				case 'þ' -> folded.append("th");
				// The right and left quotation marks, the modifier letter apostrophe, the grave and the acute.
				case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> folded.append('\'');
				default -> folded.append(c);
			}
		}
		// Put back together what decomposition split and no accent was taken from (Hangul syllables, for one).
		return Normalizer.normalize(folded, Normalizer.Form.NFC);
	}

}
