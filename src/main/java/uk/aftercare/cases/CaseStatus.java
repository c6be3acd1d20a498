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

	/** Active statuses whose SLA clock runs: all but {@code AWAITING_CUSTOMER}, where it is paused. */
	public static final Set<CaseStatus> SLA_CLOCK_RUNS = EnumSet.of(OPEN, IN_PROGRESS, AWAITING_APPROVAL, REOPENED);

	public Set<CaseStatus> nextStatuses() {
		return switch (this) {
			case OPEN, REOPENED -> EnumSet.of(IN_PROGRESS, AWAITING_CUSTOMER, AWAITING_APPROVAL, RESOLVED);
			case IN_PROGRESS -> EnumSet.of(AWAITING_CUSTOMER, AWAITING_APPROVAL, RESOLVED);
			case AWAITING_CUSTOMER, AWAITING_APPROVAL -> EnumSet.of(IN_PROGRESS, RESOLVED);
			case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
			case CLOSED -> EnumSet.of(REOPENED);
		};
	}

	/**
	 * The moves staff make by hand: a case waits for approval only while a request for one (a refund or goodwill
	 * exception above their authority) waits, and moves on with its decision. Set by hand it would wait for nobody.
	 */
	public Set<CaseStatus> nextStatusesByHand() {
		Set<CaseStatus> next = EnumSet.noneOf(CaseStatus.class);
		next.addAll(nextStatuses());
		next.remove(AWAITING_APPROVAL);
		return next;
	}

	/**
	 * The moves left while a refund or goodwill exception waits for a supervisor's or manager's decision: the case
	 * stays AWAITING_APPROVAL until the decision moves it on, and cannot be resolved or closed before it, so nobody
	 * settles with the customer what someone with more authority has still to decide.
	 */
	public Set<CaseStatus> nextStatusesWhileApprovalPending() {
		if (this == AWAITING_APPROVAL) {
			return EnumSet.noneOf(CaseStatus.class);
		}
		Set<CaseStatus> next = EnumSet.noneOf(CaseStatus.class);
		next.addAll(nextStatuses());
		next.removeAll(EnumSet.of(RESOLVED, CLOSED));
		return next;
	}

	public boolean canMoveTo(CaseStatus target) {
		return nextStatuses().contains(target);
	}

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

}
