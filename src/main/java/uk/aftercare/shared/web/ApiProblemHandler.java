package uk.aftercare.shared.web;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.NotFoundException;

/**
 * Turns every error raised by an API controller into RFC 9457 problem+json, listing each invalid field,
 * so tills and the web shop never see a stack trace or a 500 for bad input.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

	/**
	 * Spring's own exceptions (415, 406 from a handler, ...) arrive here without a body, which Spring fills in later:
	 * filled in here instead, so that every problem carries our {@code type} and a {@code title} (api.md, "Errors").
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse error) {
			body = error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (body instanceof ProblemDetail problem && status != null) {
			problem.setType(ApiProblems.type(status));
			if (problem.getTitle() == null) {
				problem.setTitle(status.getReasonPhrase());
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex,
				ApiProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemErrorController.SEND_JSON), headers, status,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(fieldProblems(ex));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(unreadable(ex)));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
		return invalid(List.of(new FieldProblem(field, "has an invalid value '" + ex.getValue() + "'")));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
			if (param != null && !param.name().isEmpty()) {
				name = param.name();
			}
			for (var error : result.getResolvableErrors()) {
				problems.add(new FieldProblem(name, error.getDefaultMessage()));
			}
		});
		return invalid(problems);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolated(ConstraintViolationException ex) {
		Map<String, ConstraintViolation<?>> first = new LinkedHashMap<>();
		ex.getConstraintViolations()
			.forEach(v -> first.merge(field(v), v,
					(kept, other) -> rank(constraint(other)) < rank(constraint(kept)) ? other : kept));
		return invalid(first.entrySet()
			.stream()
			.map(e -> new FieldProblem(e.getKey(), e.getValue().getMessage()))
			.toList());
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<Object> bindFailed(BindException ex) {
		return invalid(fieldProblems(ex));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.of(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblems.of(HttpStatus.CONFLICT, ex.getMessage()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ApiProblems.of(HttpStatus.CONFLICT, "Someone else changed this record first; reload and try again."));
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<Object> forbidden(ForbiddenException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiProblems.of(HttpStatus.FORBIDDEN, ex.getMessage()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(ApiProblems.of(HttpStatus.FORBIDDEN, "Your role does not allow this."));
	}

	private static String field(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString();
		return path.substring(path.lastIndexOf('.') + 1);
	}

	private static String constraint(ConstraintViolation<?> violation) {
		return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
	}

	/** One message per field, the first given; a client fixes one thing at a time anyway. */
	private static ResponseEntity<Object> invalid(List<FieldProblem> problems) {
		Map<String, FieldProblem> byField = new LinkedHashMap<>();
		problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem));
		ProblemDetail body = ApiProblems.of(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
		body.setProperty("errors", List.copyOf(byField.values()));
		return ResponseEntity.badRequest().body(body);
	}

	private static List<FieldProblem> fieldProblems(BindException ex) {
		Map<String, FieldError> first = new LinkedHashMap<>();
		ex.getFieldErrors()
			.forEach(e -> first.merge(e.getField(), e,
					(kept, other) -> rank(other.getCode()) < rank(kept.getCode()) ? other : kept));
		List<FieldProblem> problems = new ArrayList<>();
		first.forEach((field, e) -> problems.add(new FieldProblem(field, e.getDefaultMessage())));
		ex.getGlobalErrors().forEach(e -> problems.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
		return problems;
	}

	/**
	 * Which of a field's broken constraints to name, as Bean Validation gives them in no fixed order: a missing value
	 * first, then one too long or too large (a 300-character email is first of all too long), then its form.
	 */
	private static int rank(String constraint) {
		if (constraint == null) {
			return 2;
		}
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> 0;
			case "Size", "Max", "Min", "DecimalMax", "DecimalMin", "Digits" -> 1;
			default -> 2;
		};
	}

	/**
	 * What was wrong with a body Jackson could not read: not JSON at all, JSON but not an object, or a field whose JSON
	 * type is not the one api.md gives it (Jackson stops at the first such field).
	 */
	private static FieldProblem unreadable(HttpMessageNotReadableException ex) {
		JacksonException jackson = null;
		for (Throwable cause = ex.getCause(); cause != null && jackson == null; cause = cause.getCause()) {
			if (cause instanceof JacksonException j) {
				jackson = j;
			}
		}
		if (jackson == null) {
			// Spring found no body, or the JSON literal null, where an object was expected.
			return new FieldProblem("body", ex.getCause() == null ? "must be a JSON object" : "is not valid JSON");
		}
		if (jackson instanceof StreamReadException read && !(jackson instanceof InputCoercionException)) {
			return new FieldProblem("body", "is not valid JSON" + where(read.getLocation()));
		}
		String field = path(jackson);
		if (field.isEmpty()) {
			return new FieldProblem("body", "must be a JSON object");
		}
		if (jackson instanceof InputCoercionException) {
			return new FieldProblem(field, "is out of range");
		}
		String pattern = patternMessage(jackson);
		if (pattern != null) {
			return new FieldProblem(field, pattern);
		}
		return new FieldProblem(field,
				expected(jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null));
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	private static String path(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				field.append('[').append(ref.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	/**
	 * A request field read as text and checked by a {@link Pattern} (a code, a date) already says what it takes: the
	 * same words answer a value that is not even a string, e.g. {@code "channel": 0}.
	 */
	private static String patternMessage(JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		JacksonException.Reference last = path.get(path.size() - 1);
		Object from = last.from();
		Class<?> owner = from instanceof Class<?> type ? type : from == null ? null : from.getClass();
		if (owner == null || last.getPropertyName() == null) {
			return null;
		}
		try {
			Field field = owner.getDeclaredField(last.getPropertyName());
			Pattern pattern = field.getAnnotation(Pattern.class);
			return pattern == null || pattern.message().startsWith("{") ? null : pattern.message();
		}
		catch (NoSuchFieldException notARequestField) {
			return null;
		}
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "has a value of the wrong type";
		}
		if (type == String.class) {
			return "must be a string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class, BigInteger.class)
			.contains(type)) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
				|| type == BigDecimal.class) {
			return "must be a number";
		}
		if (type == LocalDate.class) {
			return "must be a date as YYYY-MM-DD";
		}
		if (type.isEnum()) {
			List<String> names = new ArrayList<>();
			for (Object constant : type.getEnumConstants()) {
				names.add(((Enum<?>) constant).name());
			}
			return "must be one of " + String.join(", ", names);
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "must be a list";
		}
		return "must be a JSON object";
	}

}
