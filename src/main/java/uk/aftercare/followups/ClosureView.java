package uk.aftercare.followups;

import java.time.Instant;

import uk.aftercare.classification.CaseType;

/** A recorded closing of a case. */
public record ClosureView(String caseNumber, CaseType caseType, String outcome, boolean outcomeConfirmed,
		boolean customerThanked, boolean feedbackInvited, RootCause rootCause, String preventiveMeasure,
		int openFollowUps, String openFollowUpsReason, String closedBy, Instant closedAt) {
}
