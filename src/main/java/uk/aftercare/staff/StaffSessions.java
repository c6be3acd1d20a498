package uk.aftercare.staff;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import uk.aftercare.shared.AfterCommit;

/**
 * Ends the signed-in sessions of a member of staff whose account was changed. A session keeps the rights its owner
 * had when signing in, so without this a disabled or demoted user could go on acting with their old role until the
 * session timed out. The web chain's concurrency control sends an ended session's next request to the sign-in page.
 *
 * <p>The registry lives in this application instance's memory, like the sessions themselves.
 */
@Component
class StaffSessions {

	private final SessionRegistry registry;

	StaffSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Ends every session of {@code username} once the change commits: a session ended earlier could sign in again at
	 * once and be given the account as it was before the change.
	 */
	void endAllOf(String username) {
		AfterCommit.run(() -> registry.getAllPrincipals()
			.stream()
			.filter(principal -> username.equalsIgnoreCase(nameOf(principal)))
			.flatMap(principal -> registry.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow));
	}

	private static String nameOf(Object principal) {
		if (principal instanceof UserDetails user) {
			return user.getUsername();
		}
		if (principal instanceof AuthenticatedPrincipal authenticated) {
			return authenticated.getName();
		}
		return String.valueOf(principal);
	}

}
