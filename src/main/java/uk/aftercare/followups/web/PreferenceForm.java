package uk.aftercare.followups.web;

import uk.aftercare.followups.PreferredChannel;

/** The customer's contact preferences and consent, as staff record them. */
public class PreferenceForm {

	private boolean emailAllowed;

	private boolean surveyConsent;

	private PreferredChannel preferredChannel;

	public boolean isEmailAllowed() {
		return emailAllowed;
	}

	public void setEmailAllowed(boolean emailAllowed) {
		this.emailAllowed = emailAllowed;
	}

	public boolean isSurveyConsent() {
		return surveyConsent;
	}

	public void setSurveyConsent(boolean surveyConsent) {
		this.surveyConsent = surveyConsent;
	}

	public PreferredChannel getPreferredChannel() {
		return preferredChannel;
	}

	public void setPreferredChannel(PreferredChannel preferredChannel) {
		this.preferredChannel = preferredChannel;
	}

}
