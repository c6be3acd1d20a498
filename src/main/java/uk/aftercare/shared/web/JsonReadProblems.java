package uk.aftercare.shared.web;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import uk.aftercare.shared.FieldProblem;

/**
 * What was wrong with JSON that Jackson could not read, in the words of api.md: not JSON at all, JSON but not an
 * object, something after the object, a value longer than the reader takes, a key given twice, a key the request does
 * not have, a number out of range, or a field whose JSON type is not the one api.md gives it, named by its JSON path
 * ({@code customer.name}).
 */
final class JsonReadProblems {

	/** What is said of a key the request does not have (api.md and docs/api.md list each request's fields). */
	static final String UNKNOWN_FIELD = "is not a field of this request: check its spelling";

	static final String OUT_OF_RANGE = "is out of range";

	static final String AFTER_THE_OBJECT = "has something after the JSON object: send one JSON object only";

	/** Jackson's words for a key given twice, which it reports as unreadable JSON with no type of its own. */
	static final String DUPLICATE_KEY = "Duplicate Object property";

	private JsonReadProblems() {
	}

	/** The one problem Spring's reading of a body reported (Jackson stops at the first). */
	static FieldProblem of(HttpMessageNotReadableException ex) {
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
			String duplicate = duplicateKey(read);
			return duplicate != null ? new FieldProblem(duplicate, "is given more than once")
					: new FieldProblem("body", "is not valid JSON" + where(read.getLocation()));
		}
		String field = path(jackson);
		if (field.isEmpty()) {
			return new FieldProblem("body", "must be a JSON object");
		}
		return new FieldProblem(field, message(jackson, patternMessage(jackson)));
	}

	/**
	 * What is wrong with a body that could not be read even as JSON, where Jackson's own exception says it poorly:
	 * something after the JSON object (Jackson's "trailing token", or text that is no JSON at all), or a value longer
	 * than its reader takes (a number of 2,000 digits, named by its field), which it reports with no place in the
	 * body. {@code null} for anything else, which {@link #of(HttpMessageNotReadableException)} names.
	 */
	static FieldProblem ofWholeBody(JsonMapper mapper, byte[] body) {
		try (JsonParser parser = mapper.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			try {
				parser.skipChildren();
			}
			catch (StreamConstraintsException tooLong) {
				return tooLong(tooLong, parser);
			}
			try {
				if (parser.nextToken() == null) {
					return null;
				}
			}
			catch (StreamReadException notJson) {
				// Text after the object that is no JSON either: still something after the object.
			}
			return new FieldProblem("body", AFTER_THE_OBJECT);
		}
		catch (JacksonException otherwise) {
			return null;
		}
	}

	/**
	 * Which of the reader's limits a value broke, named where it is in the body. Jackson says which only in its
	 * message, by the name of the limit's getter.
	 */
	private static FieldProblem tooLong(StreamConstraintsException ex, JsonParser parser) {
		StreamReadConstraints limits = parser.streamReadConstraints();
		String message = ex.getMessage() == null ? "" : ex.getMessage();
		String field = pathOf(parser);
		if (message.contains("getMaxNumberLength")) {
			return new FieldProblem(field == null ? "body" : field, "is a number of more than "
					+ count(limits.getMaxNumberLength()) + " digits, more than can be read");
		}
		if (message.contains("getMaxNestingDepth")) {
			return new FieldProblem("body", "is nested more than " + count(limits.getMaxNestingDepth())
					+ " levels deep, more than can be read");
		}
		if (message.contains("getMaxNameLength")) {
			return new FieldProblem("body", "has a key of more than " + count(limits.getMaxNameLength())
					+ " characters, more than can be read");
		}
		return new FieldProblem(field == null ? "body" : field, "is too long to read");
	}

	private static String count(long n) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(n);
	}

	/**
	 * The problem with one value read on its own: {@code at} is its JSON path in the body, {@code owner} and
	 * {@code property} the request field it was read for.
	 */
	static FieldProblem of(JacksonException ex, String at, Class<?> owner, String property) {
		String within = path(ex);
		String field = within.isEmpty() ? at : join(at, within);
		return new FieldProblem(field, message(ex, within.isEmpty() ? patternMessage(owner, property) : patternMessage(ex)));
	}

	/** {@code customer} and {@code name} make {@code customer.name}; a list index follows without a dot. */
	static String join(String at, String name) {
		return at.isEmpty() ? name : name.startsWith("[") ? at + name : at + "." + name;
	}

	private static String message(JacksonException ex, String pattern) {
		if (ex instanceof UnrecognizedPropertyException) {
			return UNKNOWN_FIELD;
		}
		if (outOfRange(ex)) {
			return OUT_OF_RANGE;
		}
		if (pattern != null) {
			return pattern;
		}
		return expected(ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null);
	}

	/**
	 * A JSON number too large or too precise for the field's type: 1e9999999999 is a number, but no price. Jackson
	 * says so with an {@link InputCoercionException} (a whole number beyond a {@code Long}), a
	 * {@link NumberFormatException} within (beyond a {@code BigDecimal}), or, read from a tree, where it was kept as
	 * infinity, a {@link JsonNodeException}.
	 */
	private static boolean outOfRange(JacksonException ex) {
		return ex instanceof InputCoercionException || ex instanceof JsonNodeException
				|| !(ex instanceof MismatchedInputException) && ex.getCause() instanceof NumberFormatException;
	}

	/** The JSON path of the key given twice, when that is what Jackson refused; {@code null} otherwise. */
	private static String duplicateKey(StreamReadException ex) {
		String message = ex.getOriginalMessage();
		JsonParser parser = ex.processor();
		if (message == null || !message.startsWith(DUPLICATE_KEY) || parser == null) {
			return null;
		}
		return pathOf(parser);
	}

	/** Where the parser is in the body, as a JSON path; {@code null} at its top. */
	private static String pathOf(JsonParser parser) {
		String field = "";
		for (TokenStreamContext context = parser.streamReadContext(); context != null
				&& !context.inRoot(); context = context.getParent()) {
			String step = context.inArray() ? "[" + context.getCurrentIndex() + "]" : context.currentName();
			if (step != null) {
				field = field.isEmpty() ? step : join(step, field);
			}
		}
		return field.isEmpty() ? null : field;
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
		if (path.isEmpty()) {
			return null;
		}
		JacksonException.Reference last = path.get(path.size() - 1);
		Object from = last.from();
		return patternMessage(from instanceof Class<?> type ? type : from == null ? null : from.getClass(),
				last.getPropertyName());
	}

	private static String patternMessage(Class<?> owner, String property) {
		if (owner == null || property == null) {
			return null;
		}
		try {
			Field field = owner.getDeclaredField(property);
			Pattern pattern = field.getAnnotation(Pattern.class);
			return pattern == null || pattern.message().startsWith("{") ? null : pattern.message();
		}
		catch (NoSuchFieldException notARequestField) {
			return null;
		}
	}

	/** What a value of {@code type} must be, e.g. "must be a whole number" or "must be one of A, B". */
	static String expected(Class<?> type) {
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
