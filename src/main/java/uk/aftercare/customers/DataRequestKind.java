package uk.aftercare.customers;

/** What a data-protection record is about. */
public enum DataRequestKind {

	/** The customer asked for a copy of their data (UK GDPR art. 15); staff downloaded it for them. */
	ACCESS,

	/** The customer's name or contact details were corrected (art. 16). */
	RECTIFICATION,

	/** The customer asked for their data to be erased (art. 17). */
	ERASURE,

	/** The retention period ran out and the shop erased the data on its own account (art. 5(1)(e)). */
	RETENTION

}
