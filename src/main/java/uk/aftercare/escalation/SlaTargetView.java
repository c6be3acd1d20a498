package uk.aftercare.escalation;

import java.time.Instant;

import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/** One SLA target as managers see and edit it. */
public record SlaTargetView(long id, CaseType caseType, Priority priority, int firstResponseHours,
		int resolutionHours, String updatedBy, Instant updatedAt, long version) {
}
