package uk.aftercare.shared.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The version of a record that a page was shown at, read from the form's hidden field. Forms bind it as text: a
 * missing, blank, garbled or over-long value (a form made by hand or left over from an older page) is then told
 * apart from version 0 and answered as an out-of-date page, not as a field error nobody can see.
 */
public final class FormVersion {

	/** At most 18 digits: every such number fits in a {@code long}. */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");

	private FormVersion() {
	}

	/** The version the text holds, or empty when it holds none that can be read. */
	public static Optional<Long> parse(String text) {
		if (text == null || !WHOLE_NUMBER.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		return Optional.of(Long.valueOf(text.strip()));
	}

}
