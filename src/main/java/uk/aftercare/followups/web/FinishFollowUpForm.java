package uk.aftercare.followups.web;

import java.util.Optional;

import uk.aftercare.shared.web.FormVersion;

/** Completing or cancelling a follow-up from its page: the version it was shown at, and where to go back to. */
public abstract class FinishFollowUpForm {

	/**
	 * Text, not a number: a hidden field that does not hold a number was tampered with or garbled, and is answered
	 * as an out-of-date form rather than as a field error nobody can see.
	 */
	private String version;

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

	/** The version the follow-up was shown at, if the form says so in a way that can be read. */
	Optional<Long> expectedVersion() {
		return FormVersion.parse(version);
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getReturnTo() {
		return returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

}
