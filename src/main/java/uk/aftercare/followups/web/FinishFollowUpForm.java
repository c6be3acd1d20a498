package uk.aftercare.followups.web;

/** Completing or cancelling a follow-up from its page: the version it was shown at, and where to go back to. */
public abstract class FinishFollowUpForm {

	private Long version;

	private String returnTo;

	/** What staff wrote: the outcome, or the reason for cancelling. */
	abstract String text();

	/** The form field holding {@link #text()}. */
	abstract String textField();

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReturnTo() {
		return returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

}
