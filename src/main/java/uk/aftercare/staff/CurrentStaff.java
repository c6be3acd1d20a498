package uk.aftercare.staff;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in member of staff, for services that record who did something. */
public final class CurrentStaff {

	private CurrentStaff() {
	}

	public static String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

	public static boolean hasRole(Role role) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return false;
		}
		return auth.getAuthorities().stream().anyMatch(a -> {
			String name = a.getAuthority();
			if (name == null || !name.startsWith("ROLE_")) {
				return false;
			}
			try {
				return Role.valueOf(name.substring(5)).compareTo(role) >= 0;
			}
			catch (IllegalArgumentException e) {
				return false;
			}
		});
	}

}
