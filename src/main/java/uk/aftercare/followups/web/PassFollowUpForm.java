package uk.aftercare.followups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.aftercare.shared.web.VersionedForm;

/** Passing a follow-up to another member of staff from its page: who, and the version it was shown at. */
public class PassFollowUpForm extends VersionedForm {

	@NotBlank(message = "{followUp.owner.unknown}")
	@Size(max = 60, message = "{followUp.owner.unknown}")
	private String owner;

	private String returnTo;

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getReturnTo() {
		return returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

}
