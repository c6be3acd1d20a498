package uk.aftercare.followups;

import uk.aftercare.shared.ConflictException;

/** A follow-up that is already done or cancelled cannot be finished again. */
public class IllegalFollowUpTransitionException extends ConflictException {

	public IllegalFollowUpTransitionException(FollowUpStatus from, FollowUpStatus to) {
		super("A follow-up cannot move from " + from + " to " + to + "; it is already finished.");
	}

}
