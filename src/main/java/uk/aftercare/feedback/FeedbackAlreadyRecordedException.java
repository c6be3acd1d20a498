package uk.aftercare.feedback;

/** Feedback refused because the case's current period already has some: nothing more is recorded. */
public class FeedbackAlreadyRecordedException extends RuntimeException {

	private final CountedFeedback counted;

	public FeedbackAlreadyRecordedException(CountedFeedback counted) {
		super("Feedback already recorded on case " + counted.feedback().caseNumber() + " by "
				+ counted.feedback().recordedBy());
		this.counted = counted;
	}

	/** The feedback that counts, to say who recorded it and when. */
	public CountedFeedback counted() {
		return counted;
	}

}
