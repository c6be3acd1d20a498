package uk.aftercare.shared.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;

/**
 * Tomcat reads a request's parameters only when one is first asked for, and then throws
 * {@link InvalidParameterException} for the lot: a value that is not UTF-8 ({@code ?q=%C3%28}), too many parameters,
 * or a form larger than its limit (2 MB, a 413). That is bad input, not a fault: answered with a 400 (or the 413)
 * naming the parameter where the address shows which it is, never logged as an error.
 */
final class UnreadableParameters {

	/** What the API says of a parameter in the address that is not UTF-8. */
	static final String NOT_UTF8 = "is not valid text: send it percent-encoded UTF-8";

	static final String UNNAMED = "A parameter of the request could not be read: it is not percent-encoded UTF-8 "
			+ "text, or there are too many.";

	static final String TOO_LARGE = "The request is too large; nothing was done.";

	private UnreadableParameters() {
	}

	/** The exception, or the one it was caused by. */
	static Optional<InvalidParameterException> in(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				return Optional.of(invalid);
			}
		}
		return Optional.empty();
	}

	/** 413 for a form over the size Tomcat reads, else 400. */
	static HttpStatus status(InvalidParameterException ex) {
		return ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value() ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
	}

	/**
	 * The parameters in an address's query string (as sent, still percent-encoded) whose name or value is not UTF-8
	 * once decoded, by name (as far as it can be read). A form's body has been read by Tomcat and cannot be looked
	 * at again, so its parameters are not named.
	 */
	static List<String> notUtf8(String query) {
		if (query == null || query.isEmpty()) {
			return List.of();
		}
		Set<String> names = new LinkedHashSet<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String rawName = equals < 0 ? pair : pair.substring(0, equals);
			Optional<String> name = decode(rawName);
			Optional<String> value = equals < 0 ? Optional.of("") : decode(pair.substring(equals + 1));
			if (name.isEmpty() || value.isEmpty()) {
				names.add(name.orElse(rawName));
			}
		}
		return new ArrayList<>(names);
	}

	/** Percent-decoded as UTF-8, or nothing if the bytes are not UTF-8 (or a % is not followed by two hex digits). */
	private static Optional<String> decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
						|| !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
					return Optional.empty();
				}
				bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString());
		}
		catch (CharacterCodingException notUtf8) {
			return Optional.empty();
		}
	}

}
