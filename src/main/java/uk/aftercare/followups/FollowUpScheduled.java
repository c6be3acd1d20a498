package uk.aftercare.followups;

import java.time.LocalDate;

/** A follow-up was created on a case, by hand or automatically. */
public record FollowUpScheduled(Long followUpId, String caseNumber, FollowUpPurpose purpose, FollowUpOrigin origin,
		LocalDate dueDate, String owner) {
}
