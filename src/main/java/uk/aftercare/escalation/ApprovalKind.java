package uk.aftercare.escalation;

/** What a supervisor (or manager) is asked to decide. */
public enum ApprovalKind {

	/** Money back above the front-line authority limit. */
	REFUND,
	/** More than the goodwill policy allows. */
	GOODWILL_EXCEPTION,
	/**
	 * A case a supervisor must look at and own: escalated for what the customer said or the case's history (safety,
	 * legal, social media, vulnerable customer, repeat contact), for a missed SLA target, or because staff asked.
	 */
	REVIEW

}
