package uk.aftercare.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

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

	/** Writes a minimal problem+json response; used by security entry points, where no message converter runs. */
	public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		write(response, status, detail, List.of());
	}

	/** The same, listing invalid fields as every 400 does. */
	public static void write(HttpServletResponse response, HttpStatus status, String detail, List<FieldProblem> errors)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json(status, detail, errors));
	}

	/** A minimal problem+json body, for writers that run where no message converter does. */
	static String json(HttpStatus status, String detail) {
		return json(status, detail, List.of());
	}

	static String json(HttpStatus status, String detail, List<FieldProblem> errors) {
		StringBuilder json = new StringBuilder("{\"type\":\"").append(type(status))
			.append("\",\"title\":\"")
			.append(status.getReasonPhrase())
			.append("\",\"status\":")
			.append(status.value())
			.append(",\"detail\":\"")
			.append(jsonString(detail))
			.append('"');
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

	/** A detail may quote an address, which can hold any character: escaped so the body stays JSON. */
	private static String jsonString(String text) {
		StringBuilder json = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
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
