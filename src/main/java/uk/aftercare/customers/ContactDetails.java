package uk.aftercare.customers;

import java.util.Locale;

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

	public ContactDetails {
		name = tidy(name);
		email = tidy(email) == null ? null : lowerCase(email.trim());
		phone = tidy(phone);
	}

	private static String tidy(String value) {
		return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
	}

	/**
	 * Digits only, UK numbers in national form, so "+44 7700 900123" and "07700 900123" match; at most
	 * {@link #PHONE_KEY_LENGTH} digits, so the key always fits its column.
	 */
	public static String phoneKey(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "");
		if (digits.startsWith("44") && digits.length() >= 12) {
			digits = "0" + digits.substring(2);
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

}
