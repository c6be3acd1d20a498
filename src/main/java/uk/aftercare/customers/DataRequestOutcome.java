package uk.aftercare.customers;

public enum DataRequestOutcome {

	DONE,

	/** Erasure refused for now, for the reasons recorded (an open case, a refund not paid). */
	REFUSED

}
