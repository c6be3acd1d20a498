package uk.aftercare.followups.web;

import uk.aftercare.followups.PreferredChannel;

/**
 * The customer's contact preferences and consent, as staff record them. A box is {@code null} when the form sent
 * neither it nor its {@code _} marker (a hand-made request): what was stored stays, rather than reading "not sent" as
 * "consent withdrawn".
 */
public class PreferenceForm {

	private Boolean emailAllowed;

	private Boolean surveyConsent;

	private PreferredChannel preferredChannel;

	public Boolean getEmailAllowed() {
		return emailAllowed;
	}

	public void setEmailAllowed(Boolean emailAllowed) {
		this.emailAllowed = emailAllowed;
	}

	public Boolean getSurveyConsent() {
		return surveyConsent;
	}

	public void setSurveyConsent(Boolean surveyConsent) {
		this.surveyConsent = surveyConsent;
	}

	public PreferredChannel getPreferredChannel() {
		return preferredChannel;
	}

	public void setPreferredChannel(PreferredChannel preferredChannel) {
		this.preferredChannel = preferredChannel;
	}

}
