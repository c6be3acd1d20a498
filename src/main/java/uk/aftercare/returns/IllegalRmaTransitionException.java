package uk.aftercare.returns;

import java.util.Set;

import uk.aftercare.shared.ConflictException;

/** A step the return authorisation's lifecycle does not allow from where it is, such as REQUESTED to REFUNDED. */
public class IllegalRmaTransitionException extends ConflictException {

	private final String rmaNumber;

	private final RmaStatus from;

	private final RmaStatus to;

	private final Set<RmaStatus> allowed;

	public IllegalRmaTransitionException(String rmaNumber, RmaStatus from, RmaStatus to) {
		this(rmaNumber, from, to, from.nextStatuses());
	}

	/** @param allowed the moves open to this RMA from {@code from} (see {@link RmaStatus#nextStatusesFor}) */
	public IllegalRmaTransitionException(String rmaNumber, RmaStatus from, RmaStatus to, Set<RmaStatus> allowed) {
		super(rmaNumber + " cannot move from " + from + " to " + to + "; allowed next: " + allowed + ".");
		this.rmaNumber = rmaNumber;
		this.from = from;
		this.to = to;
		this.allowed = Set.copyOf(allowed);
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

	/** What the RMA could have moved to instead. */
	public Set<RmaStatus> allowed() {
		return allowed;
	}

}
