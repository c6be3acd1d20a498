package uk.aftercare.cases;

import java.util.Locale;
import java.util.regex.Pattern;

import uk.aftercare.classification.CaseType;

/**
 * A case list filter. {@code text} is matched against the case number, the customer's email, phone and order
 * reference exactly, and the customer's name by prefix: each is an indexed lookup, never a scan.
 */
public record CaseQuery(CaseType type, CaseStatus status, String assignee, String text) {

	private static final Pattern CASE_NUMBER = Pattern.compile("(?i)AC-\\d{4}-\\d{1,9}");

	public static CaseQuery all() {
		return new CaseQuery(null, null, null, null);
	}

	public CaseQuery {
		assignee = assignee == null || assignee.isBlank() ? null : assignee.trim();
		text = text == null || text.isBlank() ? null : text.trim();
	}

	boolean textIsCaseNumber() {
		return text != null && CASE_NUMBER.matcher(text).matches();
	}

	String textLower() {
		return text == null ? null : text.toLowerCase(Locale.ROOT);
	}

	String textUpper() {
		return text == null ? null : text.toUpperCase(Locale.ROOT);
	}

	String textPhoneKey() {
		String key = phoneKey(text);
		return key != null && key.length() >= 6 ? key : null;
	}

	/** Digits only, UK numbers in national form, as the customers module keys them. */
	static String phoneKey(String phone) {
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
