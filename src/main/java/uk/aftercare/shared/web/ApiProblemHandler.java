package uk.aftercare.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.apache.tomcat.util.http.InvalidParameterException;
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
		return invalid(List.of(JsonReadProblems.of(ex)));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
		// Said as a JSON body's field of the same type is ("must be one of PENDING, APPROVED, ..."), not echoed back.
		return invalid(List.of(new FieldProblem(field, JsonReadProblems.expected(ex.getRequiredType()))));
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

	/** A parameter Tomcat could not read (not UTF-8, say): named where the address shows which, never a 500. */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> unreadableParameter(InvalidParameterException ex, HttpServletRequest request) {
		HttpStatus status = UnreadableParameters.status(ex);
		if (status != HttpStatus.BAD_REQUEST) {
			return ResponseEntity.status(status).body(ApiProblems.of(status, UnreadableParameters.TOO_LARGE));
		}
		List<String> names = UnreadableParameters.notUtf8(request.getQueryString());
		if (names.isEmpty()) {
			return ResponseEntity.badRequest().body(ApiProblems.of(HttpStatus.BAD_REQUEST, UnreadableParameters.UNNAMED));
		}
		return invalid(names.stream().map(name -> new FieldProblem(name, UnreadableParameters.NOT_UTF8)).toList());
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<Object> bodyTooLarge(BodyTooLargeException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage()));
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

}
