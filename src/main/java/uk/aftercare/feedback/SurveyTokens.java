package uk.aftercare.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Survey link tokens: 256 random bits, URL-safe. Only the SHA-256 hash is stored, so a copy of the database does
 * not let anyone answer a survey in the customer's name.
 */
public final class SurveyTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SurveyTokens() {
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** Whether the text could be a token at all; anything else is refused before touching the database. */
	public static boolean looksLikeToken(String text) {
		return text != null && text.matches("[A-Za-z0-9_-]{43}");
	}

}
