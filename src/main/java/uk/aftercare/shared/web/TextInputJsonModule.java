package uk.aftercare.shared.web;

import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import uk.aftercare.shared.TextInput;

/**
 * Cleans every string the API reads from JSON with {@link TextInput#clean}, as {@link TextInputBinding} does for
 * forms, so a description of only a NUL (U+0000) or a no-break space is refused by {@code @NotBlank} with a 400
 * naming the field instead of failing the insert on PostgreSQL. Spring Boot adds every {@code JacksonModule} bean to
 * its {@code JsonMapper}.
 */
@Component
class TextInputJsonModule extends SimpleModule {

	TextInputJsonModule() {
		super("aftercare-text-input");
		addDeserializer(String.class, new CleanStringDeserializer());
	}

	/** Jackson's own reading of a string (with whatever coercion the mapper allows), then cleaned. */
	private static final class CleanStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return TextInput.clean(super.deserialize(parser, context));
		}

	}

}
