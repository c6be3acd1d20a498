package uk.aftercare.followups;

import java.time.LocalDate;

/**
 * A request for a follow-up. Other modules create automatic ones with an {@link FollowUpOrigin} other than
 * {@code MANUAL}, for example after an approval decision, when a refund is issued or when a repair is due back.
 */
public record ScheduleFollowUp(String caseNumber, FollowUpPurpose purpose, FollowUpOrigin origin, LocalDate dueDate,
		String owner, String note) {
}
