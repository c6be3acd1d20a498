package uk.aftercare.staff;

/** The current password given to change it is not the account's. */
public class WrongPasswordException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	WrongPasswordException() {
		super("The current password is not right.");
	}

}
