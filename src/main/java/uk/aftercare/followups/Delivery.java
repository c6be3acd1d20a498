package uk.aftercare.followups;

/** What happened to a message to a customer. */
public enum Delivery {

	/** Waiting for the transaction that created it to commit. */
	PENDING,

	/** Handed to the SMTP server. */
	SENT,

	/** No SMTP server is configured: the message is kept here and written to the log, not e-mailed. */
	LOGGED,

	/** The SMTP server refused it or could not be reached; the text is kept here. */
	FAILED,

	/** A letter for staff to print and post; not e-mailed. */
	PRINT

}
