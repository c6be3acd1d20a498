package uk.aftercare.cases;

import uk.aftercare.shared.ConflictException;

/** A status move the lifecycle does not allow, such as CLOSED to IN_PROGRESS. */
public class IllegalTransitionException extends ConflictException {

	public IllegalTransitionException(CaseStatus from, CaseStatus to) {
		super("A case cannot move from " + from + " to " + to + "; allowed next: " + from.nextStatuses() + ".");
	}

}
