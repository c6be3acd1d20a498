package uk.aftercare.followups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.followups.ClosingPolicy;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.RootCause;

/**
 * The closing page. The closing rules ({@code ClosingPolicy}) check it as a whole, so every missing item is shown
 * at once next to its field. The constraints below are not checked here (the form is not {@code @Valid}): they tell
 * the page which boxes are required and how much each takes ({@code FormLimits}). The complaint's fields and the
 * reason for open follow-ups are only on the page when they apply, and required there; their groups say so.
 */
public class ClosingForm {

	/** Required of a complaint only. */
	interface Complaint {
	}

	/** Required only while follow-ups on the case are open. */
	interface WithOpenFollowUps {
	}

	@NotBlank
	@Size(max = ClosingPolicy.MAX_OUTCOME)
	private String outcome;

	private boolean outcomeConfirmed;

	private boolean customerThanked;

	private boolean feedbackInvited;

	@NotNull(groups = Complaint.class)
	private RootCause rootCause;

	@NotBlank(groups = Complaint.class)
	@Size(max = ClosingPolicy.MAX_PREVENTIVE_MEASURE)
	private String preventiveMeasure;

	@NotBlank(groups = WithOpenFollowUps.class)
	@Size(max = ClosingPolicy.MAX_OPEN_FOLLOW_UPS_REASON)
	private String openFollowUpsReason;

	private boolean surveyByEmail;

	ClosingRequest toRequest() {
		return new ClosingRequest(outcome, outcomeConfirmed, customerThanked, feedbackInvited, rootCause,
				preventiveMeasure, openFollowUpsReason, surveyByEmail);
	}

	/** Whether anything was typed, chosen or ticked: nothing to show back otherwise. */
	boolean hasAnything() {
		return outcomeConfirmed || customerThanked || feedbackInvited || surveyByEmail || rootCause != null
				|| hasText(outcome) || hasText(preventiveMeasure) || hasText(openFollowUpsReason);
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
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
