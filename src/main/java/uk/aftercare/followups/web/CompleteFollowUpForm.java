package uk.aftercare.followups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Done": what came of the follow-up. */
public class CompleteFollowUpForm extends FinishFollowUpForm {

	@NotBlank(message = "{followUp.outcome.required}")
	@Size(max = 1000, message = "{followUp.outcome.tooLong}")
	private String outcome;

	@Override
	String text() {
		return outcome;
	}

	@Override
	String textField() {
		return "outcome";
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}
