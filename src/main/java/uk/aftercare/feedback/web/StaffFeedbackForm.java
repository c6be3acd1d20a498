package uk.aftercare.feedback.web;

import jakarta.validation.constraints.NotNull;

import uk.aftercare.feedback.FeedbackSource;

/** Feedback staff took from the customer by phone or in store. */
public class StaffFeedbackForm extends SurveyForm {

	@NotNull
	private FeedbackSource source = FeedbackSource.PHONE;

	public FeedbackSource getSource() {
		return source;
	}

	public void setSource(FeedbackSource source) {
		this.source = source;
	}

}
