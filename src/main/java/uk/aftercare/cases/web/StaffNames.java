package uk.aftercare.cases.web;

import uk.aftercare.staff.StaffDirectory;

/**
 * A member of staff as the case pages name them ({@code ${staffNames.of(c.assignee)}}): by the name the owner and
 * filter lists show, or by username for one no longer known. Public, as Thymeleaf's expressions call it.
 */
public final class StaffNames {

	private final StaffDirectory staff;

	StaffNames(StaffDirectory staff) {
		this.staff = staff;
	}

	public String of(String username) {
		return username == null ? "—" : staff.displayName(username).orElse(username);
	}

}
