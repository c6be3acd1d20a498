package uk.aftercare.feedback;

/**
 * Feedback was recorded on a case; {@code callBackScheduled} when it was low enough for a supervisor call-back and
 * someone could be given it.
 */
public record FeedbackRecorded(String caseNumber, int score, boolean resolved, FeedbackSource source,
		boolean callBackScheduled) {
}
