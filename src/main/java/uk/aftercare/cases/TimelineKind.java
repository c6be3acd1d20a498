package uk.aftercare.cases;

/** What a timeline entry records. Stored by name, so new kinds need no migration. */
public enum TimelineKind {

	OPENED, TYPE_CONFIRMED, TYPE_OVERRIDDEN, CONTACT, NOTE, STATUS_CHANGED, ASSIGNED, PRIORITY_CHANGED, ESCALATED,
	SLA_BREACHED,

	/** A flag found in what the customer said in a later contact (a safety concern, a legal threat...). */
	FLAGGED,

	/** Entries written by other modules through {@link CaseService#record}. */
	RETURN_AUTHORISATION, APPROVAL, FOLLOW_UP, CUSTOMER_UPDATE, COMPLAINT_HANDLING, CLOSING, FEEDBACK,

	/** What the customer told staff about being contacted: nothing was sent to them, so not an update. */
	CONTACT_PREFERENCES,

	/**
	 * The customer's details on the case: corrected on their page, or one given that is another customer's and so not
	 * taken. Which details, never their values.
	 */
	CUSTOMER_DETAILS

}
