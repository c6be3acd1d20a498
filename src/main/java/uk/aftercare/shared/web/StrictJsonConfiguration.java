package uk.aftercare.shared.web;

import java.time.LocalDate;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import uk.aftercare.shared.PlausibleDates;

/**
 * JSON is read as written: shop systems get a 400 naming the field instead of a silent guess. Out of the box Jackson
 * reads {@code 1} as the second constant of an enum, {@code "true"} and {@code 1} as true, {@code 0.9} as the whole
 * number 0, {@code 123} as the text "123", {@code "29.99"} as a number, and {@code 1}, {@code [2026,11,1]} or
 * {@code "2026-11-01T10:00:00Z"} as a date, and a key given twice as its last value: the API (api.md) takes codes and
 * text as JSON strings, flags as {@code true}/{@code false}, counts as whole JSON numbers, money as a JSON number,
 * dates as "YYYY-MM-DD" only, and each key once. A key the request does not have is refused too, not ignored: a
 * misspelt {@code "faulty "} would otherwise leave {@code faulty} false and change a legal decision without a word.
 * Public so that {@code @WebMvcTest}s, which leave plain configuration out, can {@code @Import} it.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJsonReading() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual,
					c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Enum, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float))
			.withCoercionConfig(LogicalType.Integer,
					c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean,
					c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float))
			.withCoercionConfig(LogicalType.DateTime,
					c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Array))
			.addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictLocalDateDeserializer()));
	}

	private static void refuse(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
	}

	/**
	 * Jackson's own reader also takes epoch days, {@code [y,m,d]} arrays and date-times whose time it drops, and trims
	 * spaces; a date in the API is exactly "YYYY-MM-DD" and a real day (no 30 February).
	 */
	static final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

		StrictLocalDateDeserializer() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString();
			return PlausibleDates.parseIsoDay(text)
				.orElseGet(() -> (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
						"expected a date as YYYY-MM-DD"));
		}

	}

}
