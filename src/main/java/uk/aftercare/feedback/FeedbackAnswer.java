package uk.aftercare.feedback;

/** What the customer said: satisfaction 1 (very dissatisfied) to 5 (very satisfied), resolved or not, a comment. */
public record FeedbackAnswer(Integer score, Boolean resolved, String comment) {

	public FeedbackAnswer {
		comment = comment == null || comment.isBlank() ? null : comment.strip();
	}

}
