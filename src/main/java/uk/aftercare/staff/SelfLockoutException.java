package uk.aftercare.staff;

import uk.aftercare.shared.ConflictException;

/**
 * A manager tried to disable or demote their own account. Refused so that there is always a manager who can
 * manage users: only another manager may do it.
 */
public class SelfLockoutException extends ConflictException {

	public SelfLockoutException(String message) {
		super(message);
	}

}
