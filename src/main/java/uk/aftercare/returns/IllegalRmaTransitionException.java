package uk.aftercare.returns;

import uk.aftercare.shared.ConflictException;

/** A step the return authorisation's lifecycle does not allow from where it is, such as REQUESTED to REFUNDED. */
public class IllegalRmaTransitionException extends ConflictException {

	private final String rmaNumber;

	private final RmaStatus from;

	private final RmaStatus to;

	public IllegalRmaTransitionException(String rmaNumber, RmaStatus from, RmaStatus to) {
		super(rmaNumber + " cannot move from " + from + " to " + to + "; allowed next: " + from.nextStatuses() + ".");
		this.rmaNumber = rmaNumber;
		this.from = from;
		this.to = to;
	}

	public String rmaNumber() {
		return rmaNumber;
	}

	public RmaStatus from() {
		return from;
	}

	public RmaStatus to() {
		return to;
	}

}
