package uk.aftercare.shared.web;

import static uk.aftercare.shared.web.FormTypes.elementType;
import static uk.aftercare.shared.web.FormTypes.raw;

import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code #formLimits.maxLength(#object, 'note')} in a template: the {@code @Size(max)} of a form field, written as
 * the box's {@code maxlength}; {@code #formLimits.required(#object, 'note')}: whether it must be filled in so that a browser stops where the server's check would, and cannot send a form so large
 * that Tomcat refuses it whole (losing everything typed). Read from the form class, so the two cannot drift apart.
 * Public, as Thymeleaf's expressions call it.
 */
public final class FormLimits {

	static final FormLimits INSTANCE = new FormLimits();

	private final Map<String, Optional<Field>> known = new ConcurrentHashMap<>();

	private FormLimits() {
	}

	/**
	 * The largest number of characters the field at {@code path} ({@code note}, {@code lines[0].sku}) of the form
	 * takes, or {@code null} (no {@code maxlength}) if it has no such limit.
	 */
	public Integer maxLength(Object form, String path) {
		Size size = fieldAt(form, path).map(field -> field.getAnnotation(Size.class)).orElse(null);
		return size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
	}

	/**
	 * Whether the field at {@code path} must be filled in ({@code @NotBlank}, {@code @NotNull} or {@code @NotEmpty}),
	 * written as the box's {@code aria-required} so that a screen reader says so before the form is sent.
	 */
	public boolean required(Object form, String path) {
		return fieldAt(form, path).filter(field -> field.isAnnotationPresent(NotBlank.class)
				|| field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotEmpty.class))
			.isPresent();
	}

	private Optional<Field> fieldAt(Object form, String path) {
		if (form == null || path == null) {
			return Optional.empty();
		}
		return known.computeIfAbsent(form.getClass().getName() + "#" + path, key -> find(form.getClass(), path));
	}

	private static Optional<Field> find(Class<?> type, String path) {
		Type current = type;
		Field field = null;
		for (String step : path.split("\\.")) {
			boolean element = step.endsWith("]");
			String name = element ? step.substring(0, step.indexOf('[')) : step;
			field = field(raw(current), name);
			if (field == null) {
				return Optional.empty();
			}
			current = element ? elementType(field.getGenericType()) : field.getGenericType();
		}
		return Optional.ofNullable(field);
	}

	private static Field field(Class<?> type, String name) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				return c.getDeclaredField(name);
			}
			catch (NoSuchFieldException notHere) {
				// a field of a superclass, such as VersionedForm's
			}
		}
		return null;
	}



}
