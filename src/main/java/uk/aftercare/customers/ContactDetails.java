package uk.aftercare.customers;

import java.util.Locale;

/**
 * A customer's name and contact details as typed by staff, tidied: trimmed, email lower-cased, blanks as null.
 */
public record ContactDetails(String name, String email, String phone) {

	public ContactDetails {
		name = tidy(name);
		email = tidy(email) == null ? null : email.trim().toLowerCase(Locale.ROOT);
		phone = tidy(phone);
	}

	private static String tidy(String value) {
		return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
	}

	/** Digits only, UK numbers in national form, so "+44 7700 900123" and "07700 900123" match. */
	public static String phoneKey(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "");
		if (digits.startsWith("44") && digits.length() >= 12) {
			digits = "0" + digits.substring(2);
		}
		return digits.isEmpty() ? null : digits;
	}

}
