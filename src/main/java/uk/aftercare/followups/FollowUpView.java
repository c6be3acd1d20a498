package uk.aftercare.followups;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up as pages and other modules see it. */
public record FollowUpView(Long id, String caseNumber, FollowUpPurpose purpose, FollowUpOrigin origin,
		LocalDate dueDate, String owner, String note, FollowUpStatus status, String outcome, String createdBy,
		Instant createdAt, String finishedBy, Instant finishedAt, long version) {

	/** Still open and due before {@code today} (the shop's today). */
	public boolean overdueOn(LocalDate today) {
		return status == FollowUpStatus.OPEN && dueDate.isBefore(today);
	}

	public boolean dueOn(LocalDate today) {
		return status == FollowUpStatus.OPEN && dueDate.isEqual(today);
	}

	public boolean isOpen() {
		return status == FollowUpStatus.OPEN;
	}

	/**
	 * A supervisor's call-back after a low feedback score: only a supervisor or manager finishes it or passes it on
	 * ({@code FollowUpService.refusalFor}).
	 */
	public boolean forSupervisor() {
		return origin == FollowUpOrigin.LOW_FEEDBACK_SCORE;
	}

}
