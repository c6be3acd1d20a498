package uk.aftercare.staff.web;

import java.beans.PropertyEditorSupport;

/**
 * Binds a password exactly as typed: never trimmed (spaces may be part of it), and an empty one is missing. Used by
 * every form that takes a password.
 */
final class PasswordEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		setValue(text == null || text.isEmpty() ? null : text);
	}

}
