package uk.aftercare.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import uk.aftercare.shared.TextInput;

/**
 * Cleans every string a controller binds from a request (form fields, request parameters, path variables, headers)
 * with {@link TextInput#clean}, so a NUL never reaches PostgreSQL, a control character never reaches a PDF, and a
 * field of only no-break or zero-width spaces is refused by {@code @NotBlank} like an empty one. Empty text stays
 * empty, as it was bound before. A field sent twice keeps its first value, on every form (see {@link TextInputEditor}).
 * Tokens are letters, digits, '-' and '_', which cleaning never changes; the sign-in form and the CSRF token are read
 * by Spring Security's filters, not bound here.
 */
@ControllerAdvice
class TextInputBinding {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextInputEditor(false));
		// A password is a secret, not text to tidy: spaces and any other character typed may be part of it.
		binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text);
			}

			@Override
			public void setValue(Object value) {
				// Sent twice, the first, as every other field (TextInputEditor).
				super.setValue(value instanceof String[] values ? (values.length == 0 ? null : values[0]) : value);
			}
		});
	}

}
