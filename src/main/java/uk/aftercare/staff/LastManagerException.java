package uk.aftercare.staff;

import uk.aftercare.shared.ConflictException;

/**
 * A change would leave no enabled manager, and so nobody who could manage users, the returns policy or the e-mail
 * texts. Refused: another manager must be appointed first.
 */
public class LastManagerException extends ConflictException {

	public LastManagerException(String message) {
		super(message);
	}

}
