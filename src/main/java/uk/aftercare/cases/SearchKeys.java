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
	static final int NAME_KEY_LENGTH = ContactDetails.NAME_KEY_LENGTH;

	private SearchKeys() {
	}

	/** The folded name, for prefix search: the same key the customer table keeps ({@link ContactDetails#nameKey}). */
	public static String nameKey(String name) {
		return ContactDetails.nameKey(name);
	}

	/**
	 * The last word of the folded name, so a search for a surname is a prefix search too; a surname of more than one
	 * word is found through it as well ({@link CaseQuery#textLastWordNameKey}).
	 */
	public static String surnameKey(String name) {
		return name == null ? null : ContactDetails.nameKey(name.substring(name.lastIndexOf(' ') + 1));
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

}
