package uk.aftercare.feedback;

import java.util.List;

/** Feedback that breaks the feedback rules; each violation names its field. */
public class FeedbackRejectedException extends RuntimeException {

	private final List<FeedbackPolicy.Violation> violations;

	public FeedbackRejectedException(List<FeedbackPolicy.Violation> violations) {
		super("Invalid feedback: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<FeedbackPolicy.Violation> violations() {
		return violations;
	}

}
