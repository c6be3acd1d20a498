package uk.aftercare.staff.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.aftercare.staff.PasswordRules;
import uk.aftercare.staff.Role;

/** "Add a user", kept apart from the entity so a rejected form keeps everything typed. */
public class NewUserForm {

	static final int MAX_PASSWORD_BYTES = PasswordRules.MAX_PASSWORD_BYTES;

	@NotBlank(message = "{users.username.required}")
	@Size(min = 3, max = 60, message = "{users.username.size}")
	@Pattern(regexp = "^$|^[A-Za-z0-9._-]+$", message = "{users.username.pattern}")
	private String username;

	@NotBlank(message = "{users.displayName.required}")
	@Size(max = 120, message = "{users.displayName.tooLong}")
	private String displayName;

	@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email.invalid}")
	@Size(max = 200, message = "{users.email.tooLong}")
	private String email;

	@NotNull(message = "{users.role.required}")
	private Role role = Role.STAFF;

	@NotBlank(message = "{users.password.required}")
	@Size(min = 12, message = "{users.password.tooShort}")
	private String password;

	/**
	 * The username as it is kept and signed in with: read as lower-case, as sign-in reads it, so {@code JSmith} is
	 * {@code jsmith}. The form keeps what was typed, for the page shown again after a refusal.
	 */
	String account() {
		return username == null ? null : username.toLowerCase(Locale.ROOT);
	}

	/** What is wrong with the password beyond its length, as a message code. */
	Optional<String> passwordProblem() {
		return PasswordRules.problem(username, displayName, password);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
