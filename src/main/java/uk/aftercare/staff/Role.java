package uk.aftercare.staff;

/** What a member of staff may do. Each role can do everything the one before it can. */
public enum Role {

	STAFF, SUPERVISOR, MANAGER;

	public String authority() {
		return "ROLE_" + name();
	}

}
