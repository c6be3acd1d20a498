package uk.aftercare.staff.web;

import jakarta.validation.constraints.NotNull;

import uk.aftercare.staff.Role;

/** "Change role" on a user's page. */
public class RoleForm {

	@NotNull(message = "{users.role.required}")
	private Role role;

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
