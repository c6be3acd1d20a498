package uk.aftercare.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Add a note" on the case page. */
public class NoteForm {

	@NotBlank(message = "{note.text.required}")
	@Size(max = 5000, message = "{note.text.tooLong}")
	private String text;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
