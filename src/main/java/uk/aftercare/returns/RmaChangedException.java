package uk.aftercare.returns;

import uk.aftercare.shared.ConflictException;

/** The return authorisation moved on since the member of staff looked at it, so their step may no longer fit. */
public class RmaChangedException extends ConflictException {

	private final String rmaNumber;

	public RmaChangedException(String rmaNumber) {
		super(rmaNumber + " was changed by someone else; reload and try again.");
		this.rmaNumber = rmaNumber;
	}

	public String rmaNumber() {
		return rmaNumber;
	}

}
