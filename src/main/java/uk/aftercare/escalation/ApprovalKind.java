package uk.aftercare.escalation;

/** What a supervisor (or manager) is asked to decide. */
public enum ApprovalKind {

	/** Money back above the front-line authority limit. */
	REFUND,
	/** More than the goodwill policy allows. */
	GOODWILL_EXCEPTION,
	/** A safety, legal or vulnerable-customer case a supervisor must look at and own. */
	REVIEW

}
