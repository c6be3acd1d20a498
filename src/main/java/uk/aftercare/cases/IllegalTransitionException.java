package uk.aftercare.cases;

import uk.aftercare.shared.ConflictException;

/** A status move the lifecycle does not allow, such as CLOSED to IN_PROGRESS. */
public class IllegalTransitionException extends ConflictException {

	private final CaseStatus from;

	private final CaseStatus to;

	public IllegalTransitionException(CaseStatus from, CaseStatus to) {
		super("A case cannot move from " + from + " to " + to + "; allowed next: " + from.nextStatuses() + ".");
		this.from = from;
		this.to = to;
	}

	/** The status the case is in. */
	public CaseStatus from() {
		return from;
	}

	/** The status it was asked to move to. */
	public CaseStatus to() {
		return to;
	}

}
