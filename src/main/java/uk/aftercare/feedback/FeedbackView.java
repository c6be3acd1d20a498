package uk.aftercare.feedback;

import java.time.Instant;

/** Recorded feedback as pages show it. */
public record FeedbackView(Long id, String caseNumber, int score, boolean resolved, String comment,
		FeedbackSource source, String recordedBy, Instant recordedAt) {
}
