package uk.aftercare.escalation;

/**
 * A supervisor or manager decided a request. Modules that raised it (e.g. returns, for a return authorisation named
 * by {@code subjectRef}) listen to move their own work on.
 */
public record ApprovalDecided(ApprovalView approval) {

	public boolean approved() {
		return approval.status() == ApprovalStatus.APPROVED;
	}

}
