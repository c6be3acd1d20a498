package uk.aftercare.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Errors that never reach a controller (an unknown address, a method an address does not take, a body too large)
 * go to Spring Boot's error page. Browsers still get the friendly {@code error} page; everything else, the JSON API
 * above all, gets RFC 9457 problem+json like every other API error (api.md, "Errors"), not Spring Boot's own JSON.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, new ErrorProperties(), List.copyOf(errorViewResolvers.orderedStream().toList()));
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ApiProblems.type(status).toString());
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(status, request));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String detail(HttpStatus status, HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return switch (status) {
			case NOT_FOUND -> "There is nothing at " + uri + "; see api.md for the API's addresses.";
			case METHOD_NOT_ALLOWED -> uri + " does not take this method; see api.md.";
			case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
			default -> status.value() >= 500 ? "Something went wrong on our side."
					: status.getReasonPhrase() + ".";
		};
	}

}
