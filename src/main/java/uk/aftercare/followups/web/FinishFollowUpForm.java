package uk.aftercare.followups.web;

import uk.aftercare.shared.web.VersionedForm;

/** Completing or cancelling a follow-up from its page: the version it was shown at, and where to go back to. */
public abstract class FinishFollowUpForm extends VersionedForm {

	private String returnTo;

	/** What staff wrote: the outcome, or the reason for cancelling. */
	abstract String text();

	/** The form field holding {@link #text()}. */
	abstract String textField();

	/**
	 * Whether {@link #expectedVersion()} can be read: a whole number. A form without one is out of date too:
	 * finishing the follow-up unchecked could act on a change nobody on this page saw.
	 */
	boolean hasReadableVersion() {
		return expectedVersion().isPresent();
	}

	public String getReturnTo() {
		return returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

}
