package uk.aftercare.followups;

/**
 * A case just closed.
 *
 * @param recordFeedbackInstead the customer agreed to a survey by e-mail, but no mail server is configured to send
 *                              it: staff ask the survey questions themselves and record the answers
 */
public record ClosingResult(ClosureView closure, boolean recordFeedbackInstead) {
}
