package uk.aftercare.shared.web;

import static uk.aftercare.shared.web.FormTypes.elementType;
import static uk.aftercare.shared.web.FormTypes.raw;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.thymeleaf.spring6.util.DetailedError;
import org.thymeleaf.spring6.util.FieldUtils;

/**
 * {@code #errorSummary.entries(#object, #fields.detailedErrors())} in a template: a rejected form's errors for the
 * summary at its top, as GOV.UK's error summary pattern has them. The form's own errors (not tied to one field) come
 * first and link nowhere; then each field's message, in the order the form class declares its fields (so, on every
 * form built from its class in order, the order of the page) rather than the order the validator happened to find
 * them, with a link to the field's control: the id {@code th:field} gives it, numbered for check boxes and radio
 * buttons ({@code byEmail1}), as Thymeleaf numbers those. Public, as Thymeleaf's expressions call it.
 */
public final class ErrorSummary {

	static final ErrorSummary INSTANCE = new ErrorSummary();

	private ErrorSummary() {
	}

	/** One line of the summary: its message, and the {@code #id} of the field's control, or null for none. */
	public record Entry(String message, String href) {
	}

	public List<Entry> entries(Object form, List<DetailedError> errors) {
		List<Entry> global = new ArrayList<>();
		List<Located> fields = new ArrayList<>();
		for (DetailedError error : errors) {
			if (error.isGlobal() || error.getFieldName() == null) {
				global.add(new Entry(error.getMessage(), null));
			}
			else {
				Class<?> type = form == null ? Object.class : form.getClass();
				fields.add(new Located(position(type, error.getFieldName()),
						new Entry(error.getMessage(), "#" + controlId(type, error.getFieldName()))));
			}
		}
		fields.sort(Comparator.comparing(Located::position, ErrorSummary::compare));
		List<Entry> entries = new ArrayList<>(global);
		fields.forEach(located -> entries.add(located.entry()));
		return entries;
	}

	private record Located(List<Integer> position, Entry entry) {
	}

	/**
	 * Where the field at {@code path} ({@code note}, {@code lines[1].sku}) comes in the form: for each step, its place
	 * among the declared fields (the class's own before those it inherits, such as the version), then its index in a
	 * list. An unknown field goes last.
	 */
	private static List<Integer> position(Class<?> form, String path) {
		List<Integer> position = new ArrayList<>();
		Type current = form;
		for (String step : path.split("\\.")) {
			boolean element = step.endsWith("]");
			String name = element ? step.substring(0, step.indexOf('[')) : step;
			List<Field> declared = declaredFields(raw(current));
			Field field = declared.stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
			if (field == null) {
				position.add(Integer.MAX_VALUE);
				return position;
			}
			position.add(declared.indexOf(field));
			if (element) {
				position.add(index(step));
				current = elementType(field.getGenericType());
			}
			else {
				current = field.getGenericType();
			}
		}
		return position;
	}

	private static int index(String step) {
		try {
			return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
		}
		catch (NumberFormatException keyed) {
			return Integer.MAX_VALUE;
		}
	}

	private static int compare(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = Integer.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	/** The id {@code th:field} gives the (first) control of the field at {@code path}. */
	private static String controlId(Class<?> form, String path) {
		String id = FieldUtils.idFromName(path);
		Field field = leaf(form, path);
		return field != null && numbered(field) ? id + "1" : id;
	}

	/** Check boxes and radio buttons: Thymeleaf numbers their ids, as a page may show several for one field. */
	private static boolean numbered(Field field) {
		Class<?> type = field.getType();
		if (field.isAnnotationPresent(RadioButtons.class) || type == boolean.class || type == Boolean.class) {
			return true;
		}
		if (type.isArray()) {
			return simple(type.getComponentType());
		}
		return Collection.class.isAssignableFrom(type) && simple(raw(elementType(field.getGenericType())));
	}

	/** A value a check box can stand for (a list of such is a group of check boxes), not a nested form. */
	private static boolean simple(Class<?> type) {
		return type.isEnum() || type.isPrimitive() || type.getName().startsWith("java.");
	}

	private static Field leaf(Class<?> form, String path) {
		Type current = form;
		Field field = null;
		for (String step : path.split("\\.")) {
			boolean element = step.endsWith("]");
			String name = element ? step.substring(0, step.indexOf('[')) : step;
			field = declaredFields(raw(current)).stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
			if (field == null) {
				return null;
			}
			current = element ? elementType(field.getGenericType()) : field.getGenericType();
		}
		return element(path) ? null : field;
	}

	/** A path ending in an index ({@code lines[0]}) names one element, shown as its own control. */
	private static boolean element(String path) {
		return path.endsWith("]");
	}

	/** The instance fields of the class and then of its superclasses, each in declaration order. */
	private static List<Field> declaredFields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
					fields.add(field);
				}
			}
		}
		return fields;
	}



}
