package uk.aftercare.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in its life. The allowed moves are listed here, once: anything else is refused.
 */
public enum CaseStatus {

	OPEN, IN_PROGRESS, AWAITING_CUSTOMER, AWAITING_APPROVAL, RESOLVED, CLOSED, REOPENED;

	/** Statuses in which the case still needs work from the shop or the customer. */
	public static final Set<CaseStatus> ACTIVE = EnumSet.of(OPEN, IN_PROGRESS, AWAITING_CUSTOMER, AWAITING_APPROVAL,
			REOPENED);

	public Set<CaseStatus> nextStatuses() {
		return switch (this) {
			case OPEN, REOPENED -> EnumSet.of(IN_PROGRESS, AWAITING_CUSTOMER, AWAITING_APPROVAL, RESOLVED);
			case IN_PROGRESS -> EnumSet.of(AWAITING_CUSTOMER, AWAITING_APPROVAL, RESOLVED);
			case AWAITING_CUSTOMER, AWAITING_APPROVAL -> EnumSet.of(IN_PROGRESS, RESOLVED);
			case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
			case CLOSED -> EnumSet.of(REOPENED);
		};
	}

	public boolean canMoveTo(CaseStatus target) {
		return nextStatuses().contains(target);
	}

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

}
