package uk.aftercare.followups.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import uk.aftercare.followups.FollowUpPurpose;

/** "Add a follow-up" on a case's follow-ups page. */
public class FollowUpForm {

	@NotNull(message = "{followUp.purpose.required}")
	private FollowUpPurpose purpose;

	@NotNull(message = "{followUp.dueDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	@NotBlank(message = "{followUp.owner.required}")
	private String owner;

	@Size(max = 1000, message = "{followUp.note.tooLong}")
	private String note;

	public FollowUpPurpose getPurpose() {
		return purpose;
	}

	public void setPurpose(FollowUpPurpose purpose) {
		this.purpose = purpose;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
