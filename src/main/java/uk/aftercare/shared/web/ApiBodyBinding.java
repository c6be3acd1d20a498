package uk.aftercare.shared.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;

/**
 * Names every invalid field of an API request body at once (api.md, "Errors"), those of the wrong JSON type and
 * those the request does not have (a misspelt name) too.
 * Jackson stops at the first value it cannot read ({@code "description": 123}), which hid every other mistake in the
 * body. So a body it refuses is read again as a JSON tree and each field of the request record converted on its own
 * (nested records field by field): each that fails is named by its JSON path ({@code customer.name}) as Jackson
 * would have named it, and left out (null). What could be read is then bound and checked as any request body is:
 * bean validation, then the controller's own checks when it takes the {@code BindingResult}. A body that is not a
 * JSON object, or not JSON at all, is still refused as a whole, as before.
 * <p>
 * A body is read into memory only up to {@code aftercare.api.max-body-size} (1 MB unless set; the largest body the API
 * takes, a case with a 5,000-character description, is a few tens of KB): a larger one, by its Content-Length or as it
 * arrives chunked, is refused with a 413 ({@link BodyTooLargeException}) instead of being read whole, which answered a
 * 300 MB body and ran out of memory on a larger one.
 */
@Component
class ApiBodyBinding implements WebMvcRegistrations {

	private final ObjectProvider<JsonMapper> json;

	private final DataSize maxBodySize;

	ApiBodyBinding(ObjectProvider<JsonMapper> json, @Value("${aftercare.api.max-body-size:1MB}") DataSize maxBodySize) {
		if (maxBodySize == null || maxBodySize.toBytes() <= 0 || maxBodySize.toBytes() >= Integer.MAX_VALUE) {
			throw new IllegalArgumentException("aftercare.api.max-body-size must be more than 0 and under 2 GB, e.g. 1MB");
		}
		this.json = json;
		this.maxBodySize = maxBodySize;
	}

	/** Spring MVC's own adapter, with its request body resolver wrapped once everything else is set up. */
	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {
			@Override
			public void afterPropertiesSet() {
				super.afterPropertiesSet();
				List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(getArgumentResolvers());
				resolvers.replaceAll(resolver -> resolver instanceof RequestResponseBodyMethodProcessor body
						? new EveryFieldRead(body, json, maxBodySize) : resolver);
				setArgumentResolvers(resolvers);
			}
		};
	}

	/** A request record as far as it could be read, and the fields that could not. */
	record Reading(Object value, List<FieldProblem> problems) {
	}

	/**
	 * Reads a JSON object into the record type field by field; {@code null} when the body is not a JSON object (that
	 * is reported as a whole).
	 */
	static Reading read(JsonMapper mapper, byte[] body, Class<?> type) {
		JsonNode tree;
		try {
			tree = mapper.readTree(body);
		}
		catch (JacksonException notJson) {
			return null;
		}
		if (tree == null || !tree.isObject()) {
			return null;
		}
		List<FieldProblem> problems = new ArrayList<>();
		Object value = readRecord(mapper, tree, type, "", problems);
		return value == null ? null : new Reading(value, problems);
	}

	private static Object readValue(JsonMapper mapper, JsonNode node, JavaType type, String at, Class<?> owner,
			String property, List<FieldProblem> problems) {
		try {
			return mapper.readerFor(type).readValue(node);
		}
		catch (JacksonException ex) {
			if (type.getRawClass().isRecord() && node.isObject()) {
				int before = problems.size();
				Object value = readRecord(mapper, node, type.getRawClass(), at, problems);
				if (problems.size() > before) {
					return value;
				}
			}
			problems.add(JsonReadProblems.of(ex, at, owner, property));
			return null;
		}
	}

	/**
	 * Each component read on its own, those that could not be read left out, then every key the record does not have
	 * named; {@code null} if it cannot be made.
	 */
	private static Object readRecord(JsonMapper mapper, JsonNode node, Class<?> type, String at,
			List<FieldProblem> problems) {
		RecordComponent[] components = type.getRecordComponents();
		Set<String> known = new HashSet<>();
		Class<?>[] types = new Class<?>[components.length];
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			known.add(component.getName());
			types[i] = component.getType();
			JsonNode field = node.get(component.getName());
			if (field != null) {
				values[i] = readValue(mapper, field, mapper.constructType(component.getGenericType()),
						JsonReadProblems.join(at, component.getName()), type, component.getName(), problems);
			}
			if (values[i] == null && types[i].isPrimitive()) {
				values[i] = Array.get(Array.newInstance(types[i], 1), 0);
			}
		}
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				problems.add(new FieldProblem(JsonReadProblems.join(at, name), JsonReadProblems.UNKNOWN_FIELD));
			}
		}
		try {
			Constructor<?> canonical = type.getDeclaredConstructor(types);
			canonical.setAccessible(true);
			return canonical.newInstance(values);
		}
		catch (ReflectiveOperationException | RuntimeException cannotBeMade) {
			return null;
		}
	}

	/**
	 * Spring's {@code @RequestBody} resolver, given the body from memory so that it can be read a second time when
	 * Jackson refuses it.
	 */
	static final class EveryFieldRead implements HandlerMethodArgumentResolver {

		private final RequestResponseBodyMethodProcessor delegate;

		private final ObjectProvider<JsonMapper> json;

		private final DataSize maxBodySize;

		EveryFieldRead(RequestResponseBodyMethodProcessor delegate, ObjectProvider<JsonMapper> json,
				DataSize maxBodySize) {
			this.delegate = delegate;
			this.json = json;
			this.maxBodySize = maxBodySize;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
			Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			if (request == null) {
				return delegate.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
			}
			byte[] body = readAtMost(request, maxBodySize.toBytes());
			NativeWebRequest replayed = new ServletWebRequest(new BodyInMemory(request, body),
					webRequest.getNativeResponse(HttpServletResponse.class));
			if (!type.isRecord() || binderFactory == null) {
				return delegate.resolveArgument(parameter, mavContainer, replayed, binderFactory);
			}
			try {
				return delegate.resolveArgument(parameter, mavContainer, replayed, binderFactory);
			}
			catch (HttpMessageNotReadableException ex) {
				Reading reading = read(json.getObject(), body, type);
				if (reading == null) {
					FieldProblem whole = JsonReadProblems.ofWholeBody(json.getObject(), body);
					if (whole != null) {
						throw new InvalidInputException(List.of(whole));
					}
				}
				if (reading == null || reading.problems().isEmpty()) {
					throw ex;
				}
				return bind(reading, parameter, mavContainer, replayed, binderFactory);
			}
		}

		/**
		 * The body, refused unread when its Content-Length is over the limit, and refused once more than the limit has
		 * arrived when it has none (chunked) or it understated it.
		 */
		static byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
			if (request.getContentLengthLong() > limit) {
				throw new BodyTooLargeException(limit);
			}
			InputStream in = request.getInputStream();
			byte[] body = in.readNBytes((int) limit + 1);
			if (body.length > limit) {
				throw new BodyTooLargeException(limit);
			}
			return body;
		}

		/** What Spring's resolver does with a body it has read: validate, then refuse or hand over the errors. */
		private static Object bind(Reading reading, MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
			String name = Conventions.getVariableNameForParameter(parameter);
			WebDataBinder binder = binderFactory.createBinder(webRequest, reading.value(), name);
			BindingResult result = binder.getBindingResult();
			// As binding failures, which bean validation leaves alone: "description": 123 is not also called blank.
			for (FieldProblem problem : reading.problems()) {
				result.addError(new FieldError(name, problem.field(), null, true, new String[] { "typeMismatch" },
						null, problem.message()));
			}
			for (Annotation annotation : parameter.getParameterAnnotations()) {
				Object[] hints = ValidationAnnotationUtils.determineValidationHints(annotation);
				if (hints != null) {
					binder.validate(hints);
					break;
				}
			}
			if (!takesErrors(parameter)) {
				throw new MethodArgumentNotValidException(parameter, result);
			}
			if (mavContainer != null) {
				mavContainer.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
			}
			return parameter.getParameterType() == Optional.class ? Optional.of(reading.value()) : reading.value();
		}

		private static boolean takesErrors(MethodParameter parameter) {
			Class<?>[] types = parameter.getExecutable().getParameterTypes();
			int next = parameter.getParameterIndex() + 1;
			return next < types.length && Errors.class.isAssignableFrom(types[next]);
		}

	}

	/** The request with its body already read into memory, to be read from there (again). */
	private static final class BodyInMemory extends HttpServletRequestWrapper {

		private final byte[] body;

		BodyInMemory(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read already");
				}
			};
		}

		@Override
		public BufferedReader getReader() throws IOException {
			return new BufferedReader(new InputStreamReader(getInputStream(),
					getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
		}

	}

}
