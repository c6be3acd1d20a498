package uk.aftercare.followups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The final (deadlock) response: the outcome to state, and whether to e-mail it as well as print it. */
public class FinalResponseForm {

	@NotBlank(message = "{customerUpdate.details.required.FINAL_RESPONSE}")
	@Size(max = 2000, message = "{finalResponse.outcome.tooLong}")
	private String outcome;

	private boolean byEmail;

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public boolean isByEmail() {
		return byEmail;
	}

	public void setByEmail(boolean byEmail) {
		this.byEmail = byEmail;
	}

}
