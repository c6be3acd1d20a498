package uk.aftercare.customers;

public enum DataRequestOutcome {

	DONE,

	/** Erasure refused for now, for the reasons recorded (an open case, a refund not paid). */
	REFUSED,

	/** Erasure asked for again (or by two managers at once) once it was done: recorded, with nothing left to erase. */
	ALREADY_ERASED

}
