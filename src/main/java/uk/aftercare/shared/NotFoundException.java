package uk.aftercare.shared;

/** Something asked for by its identifier does not exist (or is not visible to the caller): 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
