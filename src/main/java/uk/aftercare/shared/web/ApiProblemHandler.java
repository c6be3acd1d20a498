package uk.aftercare.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
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
import tools.jackson.databind.exc.InvalidFormatException;

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

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && HttpStatus.resolve(statusCode.value()) != null) {
			problem.setType(ApiProblems.type(HttpStatus.valueOf(statusCode.value())));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
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
		List<FieldProblem> problems = new ArrayList<>();
		ex.getConstraintViolations().forEach(v -> {
			String path = v.getPropertyPath().toString();
			problems.add(new FieldProblem(path.substring(path.lastIndexOf('.') + 1), v.getMessage()));
		});
		return invalid(problems);
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

	private static ResponseEntity<Object> invalid(List<FieldProblem> problems) {
		ProblemDetail body = ApiProblems.of(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
		body.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(body);
	}

	private static List<FieldProblem> fieldProblems(BindException ex) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getFieldErrors().forEach(e -> problems.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
		ex.getGlobalErrors().forEach(e -> problems.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
		return problems;
	}

	private static FieldProblem unreadable(HttpMessageNotReadableException ex) {
		JacksonException jackson = null;
		for (Throwable cause = ex.getCause(); cause != null && jackson == null; cause = cause.getCause()) {
			if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
				jackson = j;
			}
		}
		if (jackson != null) {
			String field = path(jackson);
			if (jackson instanceof InvalidFormatException format) {
				return new FieldProblem(field, "has an invalid value '" + format.getValue() + "'"
						+ allowedValues(format.getTargetType()));
			}
			return new FieldProblem(field, "has a value of the wrong type");
		}
		return new FieldProblem("body", "is not valid JSON");
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

	private static String allowedValues(Class<?> type) {
		if (type != null && type.isEnum()) {
			List<String> names = new ArrayList<>();
			for (Object constant : type.getEnumConstants()) {
				names.add(((Enum<?>) constant).name());
			}
			return "; expected one of " + String.join(", ", names);
		}
		if (type != null && type == java.time.LocalDate.class) {
			return "; expected a date as YYYY-MM-DD";
		}
		return "";
	}

}
