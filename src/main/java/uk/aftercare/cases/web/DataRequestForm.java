package uk.aftercare.cases.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's request about their data, as staff record it: how the customer asked and how staff checked it was
 * them (UK GDPR asks the shop to be sure before it hands data over or erases it). Erasure also asks staff to confirm.
 */
public class DataRequestForm {

	@NotBlank(message = "{privacy.note.required}")
	@Size(max = 1000, message = "{privacy.note.tooLong}")
	private String note;

	/** Only the erasure form shows the box; the export ignores it. */
	@AssertTrue(message = "{privacy.erase.confirm.required}", groups = Erasure.class)
	private boolean confirmed;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	/** Validation group of the erasure form. */
	public interface Erasure {
	}

}
