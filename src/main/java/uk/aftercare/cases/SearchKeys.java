package uk.aftercare.cases;

import uk.aftercare.customers.ContactDetails;

/**
 * The forms of what was typed that the case table keeps for search, and that searches compare with them: each keeps
 * the length of the text it was made from and is cut to its column's width, so no name, however long or however it
 * changes case, can make a case impossible to save.
 */
final class SearchKeys {

	/** The width of customer_name_key and customer_surname_key. */
	static final int NAME_KEY_LENGTH = 120;

	private SearchKeys() {
	}

	/** The lower-cased name, for prefix search. */
	static String nameKey(String name) {
		return name == null ? null : fit(ContactDetails.lowerCase(name), NAME_KEY_LENGTH);
	}

	/** The last word of the lower-cased name, so a search for a surname is a prefix search too. */
	static String surnameKey(String name) {
		if (name == null) {
			return null;
		}
		String lower = ContactDetails.lowerCase(name);
		return fit(lower.substring(lower.lastIndexOf(' ') + 1), NAME_KEY_LENGTH);
	}

	/**
	 * Upper-cased one character at a time: {@code String.toUpperCase} makes some characters two ("ß" becomes "SS"),
	 * which would let a reference of the column's width outgrow it.
	 */
	static String upperCase(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder upper = new StringBuilder(text.length());
		text.codePoints().map(Character::toUpperCase).forEach(upper::appendCodePoint);
		return upper.toString();
	}

	/** At most {@code length} characters, never cutting a character that takes two UTF-16 units in half. */
	static String fit(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

}
