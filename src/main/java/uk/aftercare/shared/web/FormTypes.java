package uk.aftercare.shared.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * How a form's field types read, for what walks a form's fields by their path: {@link FormLimits} and
 * {@link ErrorSummary}.
 */
final class FormTypes {

	private FormTypes() {
	}

	/** What a list or array holds (a form's {@code List<ItemLineForm> lines}); {@code Object} for anything else. */
	static Type elementType(Type type) {
		if (type instanceof Class<?> array && array.isArray()) {
			return array.getComponentType();
		}
		if (type instanceof ParameterizedType generic && Collection.class.isAssignableFrom(raw(generic))) {
			return generic.getActualTypeArguments()[0];
		}
		return Object.class;
	}

	/** The class of a type, without its type arguments; {@code Object} for a type variable or wildcard. */
	static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> c) {
			return c;
		}
		return Object.class;
	}

}
