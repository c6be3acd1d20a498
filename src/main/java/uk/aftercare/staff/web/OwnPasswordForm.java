package uk.aftercare.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Change your password": the current one, the new one typed twice, and whether to revoke one's API tokens too (they
 * survive the change unless asked, so a till keeps working).
 */
public class OwnPasswordForm {

	@NotBlank(message = "{password.current.required}")
	@Size(max = 200, message = "{password.current.tooLong}")
	private String currentPassword;

	@NotBlank(message = "{password.new.required}")
	@Size(min = 12, message = "{users.password.tooShort}")
	private String newPassword;

	@NotBlank(message = "{password.confirm.required}")
	@Size(max = 200, message = "{password.confirm.tooLong}")
	private String confirmPassword;

	private boolean revokeTokens;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public boolean isRevokeTokens() {
		return revokeTokens;
	}

	public void setRevokeTokens(boolean revokeTokens) {
		this.revokeTokens = revokeTokens;
	}

}
