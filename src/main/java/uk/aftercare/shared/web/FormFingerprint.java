package uk.aftercare.shared.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What a form was sent with, for {@link SubmissionGuard} to tell a resend of the same values from one with changed
 * values: a SHA-256 (hex, 64 characters) of its parameters sorted by name, each value in the order sent. Left out:
 * the CSRF field and the one-time token, which may differ between two sendings of the same values (the token instead
 * salts the digest, so equal forms sent from two pages never share one). Parameters only: a multipart form's files are
 * not parameters, so they are neither read nor part of it (no form sends files today). The parameters of a form POST
 * have been read by then (the guard asked for the token), and the handler still gets them.
 */
final class FormFingerprint {

	/** The CSRF field's name when the request does not say (Spring Security's default). */
	private static final String CSRF_FIELD = "_csrf";

	private FormFingerprint() {
	}

	static String of(HttpServletRequest request, String token) {
		Set<String> leftOut = Set.of(SubmissionTokens.FIELD, csrfField(request));
		MessageDigest sha = sha256();
		add(sha, token);
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
			if (leftOut.contains(parameter.getKey())) {
				continue;
			}
			add(sha, parameter.getKey());
			sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(parameter.getValue().length).array());
			for (String value : parameter.getValue()) {
				add(sha, value);
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/** Length first, so that no two different lists of names and values give the same bytes. */
	private static void add(MessageDigest sha, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		sha.update(bytes);
	}

	private static String csrfField(HttpServletRequest request) {
		return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf ? csrf.getParameterName()
				: CSRF_FIELD;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
