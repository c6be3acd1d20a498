package uk.aftercare.cases.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's request to erase their data, as a manager records it: how the customer asked and how the manager
 * checked it was them, and that they understand it cannot be undone. Its fields are named apart from the copy form's,
 * which shares the page.
 */
public class ErasureForm {

	@NotBlank(message = "{privacy.note.required}")
	@Size(max = 1000, message = "{privacy.note.tooLong}")
	private String erasureNote;

	@AssertTrue(message = "{privacy.erase.confirm.required}")
	private boolean confirmed;

	public String getErasureNote() {
		return erasureNote;
	}

	public void setErasureNote(String erasureNote) {
		this.erasureNote = erasureNote;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
