package uk.aftercare.shared;

/**
 * A change that cannot be made in the resource's current state: an illegal status move, a stale version,
 * a duplicate. Answered with 409 by the API and with a message on the page by the UI.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
