package uk.aftercare.followups.web;

import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.RootCause;

/**
 * The closing page. The closing rules ({@code ClosingPolicy}) check it as a whole, so every missing item is shown
 * at once next to its field.
 */
public class ClosingForm {

	private String outcome;

	private boolean outcomeConfirmed;

	private boolean customerThanked;

	private boolean feedbackInvited;

	private RootCause rootCause;

	private String preventiveMeasure;

	private String openFollowUpsReason;

	private boolean surveyByEmail;

	ClosingRequest toRequest() {
		return new ClosingRequest(outcome, outcomeConfirmed, customerThanked, feedbackInvited, rootCause,
				preventiveMeasure, openFollowUpsReason, surveyByEmail);
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public boolean isOutcomeConfirmed() {
		return outcomeConfirmed;
	}

	public void setOutcomeConfirmed(boolean outcomeConfirmed) {
		this.outcomeConfirmed = outcomeConfirmed;
	}

	public boolean isCustomerThanked() {
		return customerThanked;
	}

	public void setCustomerThanked(boolean customerThanked) {
		this.customerThanked = customerThanked;
	}

	public boolean isFeedbackInvited() {
		return feedbackInvited;
	}

	public void setFeedbackInvited(boolean feedbackInvited) {
		this.feedbackInvited = feedbackInvited;
	}

	public RootCause getRootCause() {
		return rootCause;
	}

	public void setRootCause(RootCause rootCause) {
		this.rootCause = rootCause;
	}

	public String getPreventiveMeasure() {
		return preventiveMeasure;
	}

	public void setPreventiveMeasure(String preventiveMeasure) {
		this.preventiveMeasure = preventiveMeasure;
	}

	public String getOpenFollowUpsReason() {
		return openFollowUpsReason;
	}

	public void setOpenFollowUpsReason(String openFollowUpsReason) {
		this.openFollowUpsReason = openFollowUpsReason;
	}

	public boolean isSurveyByEmail() {
		return surveyByEmail;
	}

	public void setSurveyByEmail(boolean surveyByEmail) {
		this.surveyByEmail = surveyByEmail;
	}

}
