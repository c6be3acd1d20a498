package uk.aftercare.staff;

import java.time.Instant;

/**
 * One thing done to a staff account, for its history on the user's page.
 *
 * @param role the role given (added, role changed), else null
 * @param previousRole the role taken away (role changed), else null
 * @param actor who did it: a manager's username, or {@code system} for the start-up set-ups
 */
public record StaffAccountEvent(Action action, Role role, Role previousRole, String actor, Instant at) {

	/** What was done to the account. */
	public enum Action {

		CREATED, ROLE_CHANGED, DISABLED, ENABLED, SIGN_IN_LOCK_LIFTED, PASSWORD_SET, PASSWORD_CHANGED,

		/** The owner revoked all their API tokens with a password change. */
		API_TOKENS_REVOKED

	}

}
