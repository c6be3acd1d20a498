package uk.aftercare.cases;

import java.time.Duration;

/** The SLA views of the case list: cases that missed a target, and running cases whose next target is close. */
public enum SlaFilter {

	/** Marked as having missed its first-response or resolution target. */
	BREACHED,

	/**
	 * Not (yet) marked as breached, its clock running (not waiting for the customer), and its resolution target, or
	 * its first-response target while nobody has answered, falls within {@link #DUE_SOON_WINDOW}.
	 */
	DUE_SOON;

	public static final Duration DUE_SOON_WINDOW = Duration.ofHours(24);

}
