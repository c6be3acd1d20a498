package uk.aftercare.feedback;

/**
 * The feedback counted for a case's current period ({@link FeedbackPolicy#periodStart}), and whether that period is a
 * closing's: {@code false} while the case has never been closed.
 */
public record CountedFeedback(FeedbackView feedback, boolean ofAClosing) {
}
