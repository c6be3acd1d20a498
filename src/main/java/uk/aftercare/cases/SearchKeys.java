package uk.aftercare.cases;

import uk.aftercare.customers.ContactDetails;

/**
 * The forms of what was typed that the case table keeps for search, and that searches compare with them: each is cut
 * to its column's width, so no name, however long or however it changes case, can make a case impossible to save.
 * Name keys are folded ({@link ContactDetails#fold}: lower case, no accents), so "Zoe" finds "Zoë" and "Zoë" finds
 * "Zoe". Public because whatever else writes case rows (the volume generator, migration V27) must make the same keys.
 */
public final class SearchKeys {

	/** The width of customer_name_key and customer_surname_key. */
	static final int NAME_KEY_LENGTH = 120;

	private SearchKeys() {
	}

	/** The folded name, for prefix search. */
	public static String nameKey(String name) {
		return name == null ? null : fit(ContactDetails.fold(name), NAME_KEY_LENGTH);
	}

	/** The last word of the folded name, so a search for a surname is a prefix search too. */
	public static String surnameKey(String name) {
		if (name == null) {
			return null;
		}
		String folded = ContactDetails.fold(name);
		return fit(folded.substring(folded.lastIndexOf(' ') + 1), NAME_KEY_LENGTH);
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
