package uk.aftercare.feedback;

/** Feedback staff just recorded, and what became of the call-back a low score asks for. */
public record RecordedFeedback(FeedbackView feedback, CallBack callBack) {

	public enum CallBack {

		/** The score was not low. */
		NOT_NEEDED,

		/** A follow-up was given to a supervisor (or, in a shop without one, the case's owner). */
		GIVEN,

		/** Nobody who could take it can sign in: the case's timeline says so instead. */
		NOBODY_TO_GIVE

	}

}
