package uk.aftercare.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manager sets a new password for a member of staff who forgot theirs. */
public class SetPasswordForm {

	@NotBlank(message = "{users.password.required}")
	@Size(min = 12, message = "{users.password.tooShort}")
	private String password;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
