package uk.aftercare.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

import uk.aftercare.shared.FieldProblem;

/**
 * Errors that never reach a controller (an unknown address, a method an address does not take, an answer the client
 * does not accept, a body too large) go to Spring Boot's error page. /api and anything under it get RFC 9457
 * problem+json like every other API error (api.md, "Errors"), whatever its Accept header says; elsewhere browsers
 * still get the friendly {@code error} page, and everything else problem+json rather than Spring Boot's own JSON.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

	static final String SEND_JSON = "Send the body as application/json.";

	private final MessageSource messages;

	ProblemErrorController(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> errorViewResolvers,
			MessageSource messages) {
		super(errorAttributes, new ErrorProperties(), List.copyOf(errorViewResolvers.orderedStream().toList()));
		this.messages = messages;
	}

	/** Spring MVC picks this for an Accept naming text/html; a shop system's stray Accept gets no web page. */
	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!(uri instanceof String path && ApiProblems.isApi(path, request.getContextPath()))) {
			ModelAndView page = super.errorHtml(request, response);
			List<String> unreadable = unreadableParameters(request);
			if (page != null && unreadable != null) {
				page.addObject("message", unreadable.isEmpty()
						? messages.getMessage("error.unreadableParameter.unnamed", null, Locale.UK)
						: messages.getMessage("error.unreadableParameter",
								new Object[] { String.join(", ", unreadable) }, Locale.UK));
			}
			return page;
		}
		HttpStatus status = getStatus(request);
		String detail = detail(status, request);
		List<FieldProblem> errors = errors(request);
		return new ModelAndView((model, req, res) -> ApiProblems.write(req, res, status, detail, errors));
	}

	/** The answer's type is set, not negotiated, so no Accept header can turn it into a 406 with no body. */
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
		String instance = ApiProblems.instance(request);
		if (instance != null) {
			problem.put("instance", instance);
		}
		List<FieldProblem> errors = errors(request);
		if (!errors.isEmpty()) {
			problem.put("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * When a filter (the sign-in's saved request, the CSRF check) was the first to ask for a parameter Tomcat could
	 * not read, it comes here with a 400: the parameters of the address that are not UTF-8 (none if it cannot be
	 * told which). {@code null} for any other error.
	 */
	private static List<String> unreadableParameters(HttpServletRequest request) {
		Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (!(thrown instanceof Throwable throwable)) {
			return null;
		}
		return UnreadableParameters.in(throwable)
			.filter(ex -> UnreadableParameters.status(ex) == HttpStatus.BAD_REQUEST)
			.map(ex -> UnreadableParameters.notUtf8((String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)))
			.orElse(null);
	}

	/** The parameters named by {@link #unreadableParameters}, as a 400 lists invalid fields. */
	private static List<FieldProblem> errors(HttpServletRequest request) {
		List<String> unreadable = unreadableParameters(request);
		return unreadable == null ? List.of()
				: unreadable.stream().map(name -> new FieldProblem(name, UnreadableParameters.NOT_UTF8)).toList();
	}

	private static String detail(HttpStatus status, HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		List<String> unreadable = unreadableParameters(request);
		if (unreadable != null) {
			return unreadable.isEmpty() ? UnreadableParameters.UNNAMED : "The request has invalid fields.";
		}
		return switch (status) {
			case NOT_FOUND -> "There is nothing at " + uri + "; see api.md for the API's addresses.";
			case METHOD_NOT_ALLOWED -> uri + " does not take this method; see api.md.";
			case UNSUPPORTED_MEDIA_TYPE -> SEND_JSON;
			case CONTENT_TOO_LARGE -> UnreadableParameters.TOO_LARGE;
			case NOT_ACCEPTABLE -> "Answers are application/json (problems application/problem+json): "
					+ "send an Accept header that takes them, or none.";
			default -> status.value() >= 500 ? "Something went wrong on our side."
					: status.getReasonPhrase() + ".";
		};
	}

}
