package uk.aftercare.feedback;

/** The survey link cannot be answered (any more): it expired, was used or withdrawn, or never existed. */
public class SurveyUnavailableException extends RuntimeException {

	private final SurveyState state;

	public SurveyUnavailableException(SurveyState state) {
		super("Survey link is " + state);
		this.state = state;
	}

	public SurveyState state() {
		return state;
	}

}
