package uk.aftercare.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's request for a copy of their data, as staff record it: how the customer asked and how staff checked
 * it was them (UK GDPR asks the shop to be sure before it hands data over).
 */
public class DataRequestForm {

	@NotBlank(message = "{privacy.note.required}")
	@Size(max = 1000, message = "{privacy.note.tooLong}")
	private String note;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
