package uk.aftercare.shared.web;

import java.beans.PropertyEditorSupport;

import uk.aftercare.shared.TextInput;

/**
 * Binds a form field's text through {@link TextInput#clean}; like Spring's {@code StringTrimmerEditor}, optionally
 * turning what is left empty into {@code null} for forms that treat a missing value as absent. A field sent twice (a
 * hand-made or doubled request) keeps its first value: Spring joins them with commas, which made "Dup,Dup2" a
 * customer's name. A line break comes as CRLF and is kept as LF: a browser counts it as one character against the box's
 * maxlength (the field's {@code @Size}) but sends two, so text that fitted the box was refused as too long.
 */
public class TextInputEditor extends PropertyEditorSupport {

	private final boolean emptyAsNull;

	public TextInputEditor(boolean emptyAsNull) {
		this.emptyAsNull = emptyAsNull;
	}

	@Override
	public void setAsText(String text) {
		String clean = TextInput.clean(text == null ? null : text.replace("\r\n", "\n"));
		setValue(emptyAsNull && clean != null && clean.isEmpty() ? null : clean);
	}

	@Override
	public void setValue(Object value) {
		if (value instanceof String[] values) {
			setAsText(values.length == 0 ? null : values[0]);
		}
		else {
			super.setValue(value);
		}
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}

}
