package uk.aftercare.cases;

import java.time.Instant;

import uk.aftercare.classification.CaseType;

/** One row of a case list. */
public record CaseListItem(String caseNumber, String customerName, String customerEmail, CaseType type,
		CaseStatus status, Priority priority, String assignee, String createdBy, Instant createdAt, Instant updatedAt,
		boolean escalated, ApprovalState approvalState, boolean slaBreached) {
}
