package uk.aftercare.shared;

import java.util.regex.Pattern;

/**
 * Text fit for the log. Logs are kept and shipped more widely than the cases they mention, and erasure never reaches
 * them, so they carry no personal data (UK GDPR, data minimisation): a message is named by its id and subject, never
 * by its recipients or its body.
 */
public final class LogText {

	/** An e-mail address, as SMTP servers quote them in their refusals ("550 <jane@example.com>: no such user"). */
	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\]\"',;:]+@[^\\s<>()\\[\\]\"',;:]+");

	private LogText() {
	}

	/** The mail server's reason with any e-mail address in it blanked out. */
	public static String withoutAddresses(String reason) {
		return reason == null ? null : ADDRESS.matcher(reason).replaceAll("[address]");
	}

}
