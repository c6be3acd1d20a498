package uk.aftercare.staff;

import java.util.HashMap;
import java.util.Map;

/**
 * A member of staff as every page and printed record names them ({@code ${staffNames.of(a.requestedBy)}}): by the
 * name the owner and filter lists show, or by username for an account no longer known ("system", a deleted account).
 * One per request or document, remembering what it looked up, so a page naming "system" on every row asks the
 * directory once.
 */
public final class StaffNames {

	private final StaffDirectory staff;

	private final Map<String, String> named = new HashMap<>();

	public StaffNames(StaffDirectory staff) {
		this.staff = staff;
	}

	public String of(String username) {
		if (username == null) {
			return "—";
		}
		return named.computeIfAbsent(username, u -> staff.displayName(u).orElse(u));
	}

}
