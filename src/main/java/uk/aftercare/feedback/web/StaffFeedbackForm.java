package uk.aftercare.feedback.web;

import uk.aftercare.feedback.FeedbackSource;

/** Feedback staff took from the customer by phone or in store. */
public class StaffFeedbackForm extends SurveyForm {

	private FeedbackSource source = FeedbackSource.PHONE;

	public FeedbackSource getSource() {
		return source;
	}

	public void setSource(FeedbackSource source) {
		this.source = source;
	}

}
