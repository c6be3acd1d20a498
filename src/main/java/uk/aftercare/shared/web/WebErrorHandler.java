package uk.aftercare.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.ObjectUtils;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.NotFoundException;

/** Friendly pages for the browser UI: never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
public class WebErrorHandler {

	private final MessageSource messages;

	public WebErrorHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex, Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

	/**
	 * A parameter that could not be read. In the path (/customers/abc) it names no record: a page not found, as for
	 * an id no record has. In the query it is a bad value, named with its parameter.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		boolean inPath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		ModelAndView page = new ModelAndView("error", inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
		page.addObject("status", inPath ? 404 : 400);
		page.addObject("message", inPath
				? text("error.pathNotFound", ObjectUtils.nullSafeToString(ex.getValue()), ex.getName())
				: notValid(ex.getValue(), ex.getName()));
		return page;
	}

	/**
	 * A page's parameters that could not be read (a filter in the address naming no status, or no date), where the
	 * page itself does not show them beside their fields: each value named, with its parameter.
	 */
	@ExceptionHandler(BindException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameters(BindException ex, Model model) {
		model.addAttribute("status", 400);
		model.addAttribute("message", ex.getFieldErrors()
			.stream()
			.map(e -> notValid(e.getRejectedValue(), e.getField()))
			.collect(Collectors.joining(" ")));
		return "error";
	}

	/** A form or link that lost one of its fields (an old bookmark, a page edited by hand): named, not a bare 400. */
	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String missingParameter(MissingServletRequestParameterException ex, Model model) {
		model.addAttribute("status", 400);
		model.addAttribute("message",
				messages.getMessage("error.missingParameter", new Object[] { ex.getParameterName() }, Locale.UK));
		return "error";
	}

	/**
	 * A parameter Tomcat could not read: a value in the address that is not UTF-8 (named, where the address shows
	 * which), or a form over the size Tomcat reads (413). Bad input, so a short page and no error in the log.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ModelAndView unreadableParameter(InvalidParameterException ex, HttpServletRequest request) {
		HttpStatus status = UnreadableParameters.status(ex);
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		if (status == HttpStatus.BAD_REQUEST) {
			List<String> names = UnreadableParameters.notUtf8(request.getQueryString());
			page.addObject("message", names.isEmpty() ? text("error.unreadableParameter.unnamed")
					: text("error.unreadableParameter", String.join(", ", names)));
		}
		return page;
	}

	private String notValid(Object value, String parameter) {
		return messages.getMessage("error.badParameter",
				new Object[] { ObjectUtils.nullSafeToString(value), parameter }, Locale.UK);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(ForbiddenException ex, Model model) {
		model.addAttribute("status", 403);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

	/**
	 * Another change to the same record committed between reading it and writing (forms that can say so beside their
	 * fields catch this themselves). Nothing of this request was saved; a 409, not an error of the application.
	 */
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String changedMeanwhile(Model model) {
		model.addAttribute("status", 409);
		model.addAttribute("message", "Someone else changed this at the same moment, so your change was not saved. "
				+ "Go back, reload the page, check what changed and try again.");
		return "error";
	}

	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(ConflictException ex, Model model) {
		model.addAttribute("status", 409);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

}
