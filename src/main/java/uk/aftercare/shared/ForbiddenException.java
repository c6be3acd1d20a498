package uk.aftercare.shared;

/** The caller is signed in but may not do this (for example, decide their own request): 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
