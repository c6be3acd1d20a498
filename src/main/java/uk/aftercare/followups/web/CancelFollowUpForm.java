package uk.aftercare.followups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "No longer needed": why the follow-up is cancelled. */
public class CancelFollowUpForm extends FinishFollowUpForm {

	@NotBlank(message = "{followUp.reason.required}")
	@Size(max = 1000, message = "{followUp.reason.tooLong}")
	private String reason;

	@Override
	String text() {
		return reason;
	}

	@Override
	String textField() {
		return "reason";
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
