package uk.aftercare.shared.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import uk.aftercare.shared.FieldProblem;

/** Builds and writes problem+json bodies, including from filters that run before Spring MVC. */
public final class ApiProblems {

	/**
	 * What the API says of a header holding a character headers may not: a control character, or text that is not
	 * ASCII (UTF-8 sent in a header reaches the application read as ISO-8859-1, garbled).
	 */
	public static final String BAD_HEADER = "holds a character a header may not (a control character, or text that "
			+ "is not ASCII): send printable ASCII";

	private ApiProblems() {
	}

	public static ProblemDetail of(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(status));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	/**
	 * Whether an address (a request URI, with the context path) is the API's: {@code /api} itself or anything under it,
	 * which is answered in problem+json whatever its Accept header says.
	 */
	public static boolean isApi(String address, String contextPath) {
		String api = (contextPath == null ? "" : contextPath) + "/api";
		if (address == null || !address.startsWith(api)) {
			return false;
		}
		// The first segment is "api" itself, not "apiary": it ends there, or at a '/' or a path parameter's ';'.
		return address.length() == api.length() || address.charAt(api.length()) == '/'
				|| address.charAt(api.length()) == ';';
	}

	/** A stable problem type per status, e.g. {@code urn:aftercare:problem:bad-request}. */
	static URI type(HttpStatus status) {
		return URI.create("urn:aftercare:problem:" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/**
	 * Writes a minimal problem+json response; used by security entry points and the error dispatch, where no message
	 * converter runs. It looks as Spring MVC's do: the same media type (JSON is UTF-8, RFC 8259, so no charset), and
	 * the address the request was for as its {@code instance}.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		write(request, response, status, detail, List.of());
	}

	/** The same, listing invalid fields as every 400 does. */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail, List<FieldProblem> errors) throws IOException {
		byte[] body = json(status, detail, errors, instance(request)).getBytes(StandardCharsets.UTF_8);
		response.setStatus(status.value());
		// The error dispatch sets the response's locale, and with it a charset; none is wanted (RFC 8259 s.11).
		response.setCharacterEncoding((String) null);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The address a problem is about, as Spring MVC gives it: the request's path (in the error dispatch, the path
	 * that failed). {@code null} when it is not a URI reference: Tomcat passes on some addresses that are not.
	 */
	static String instance(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uriReference(failed instanceof String path ? path : request.getRequestURI());
	}

	/** The address, if it is a URI reference; {@code null} if not. */
	static String uriReference(String address) {
		if (address == null || address.isEmpty()) {
			return null;
		}
		try {
			URI.create(address);
			return address;
		}
		catch (IllegalArgumentException notAUri) {
			return null;
		}
	}

	/** A minimal problem+json body, for writers that run where no converter does; {@code instance} may be null. */
	static String json(HttpStatus status, String detail, List<FieldProblem> errors, String instance) {
		StringBuilder json = new StringBuilder("{\"type\":\"").append(type(status))
			.append("\",\"title\":\"")
			.append(status.getReasonPhrase())
			.append("\",\"status\":")
			.append(status.value())
			.append(",\"detail\":\"")
			.append(jsonString(detail))
			.append('"');
		if (instance != null) {
			json.append(",\"instance\":\"").append(jsonString(instance)).append('"');
		}
		if (!errors.isEmpty()) {
			json.append(",\"errors\":[");
			for (int i = 0; i < errors.size(); i++) {
				json.append(i == 0 ? "" : ",")
					.append("{\"field\":\"")
					.append(jsonString(errors.get(i).field()))
					.append("\",\"message\":\"")
					.append(jsonString(errors.get(i).message()))
					.append("\"}");
			}
			json.append(']');
		}
		return json.append('}').toString();
	}

	/**
	 * A detail may quote an address, which can hold any character: escaped so the body stays JSON, and in ASCII, so
	 * it reads the same whatever charset a writer that runs before the application's (Tomcat's own) encodes it in.
	 */
	private static String jsonString(String text) {
		StringBuilder json = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20 || c > 0x7e) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.toString();
	}

}
