package uk.aftercare.followups;

import java.util.EnumSet;
import java.util.Set;

/** Where a follow-up is: open until it is done or cancelled; both ends are final. */
public enum FollowUpStatus {

	OPEN, DONE, CANCELLED;

	public Set<FollowUpStatus> nextStatuses() {
		return this == OPEN ? EnumSet.of(DONE, CANCELLED) : EnumSet.noneOf(FollowUpStatus.class);
	}

	public boolean canMoveTo(FollowUpStatus target) {
		return nextStatuses().contains(target);
	}

}
