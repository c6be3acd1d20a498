package uk.aftercare.returns;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a return authorisation is in its life. The allowed moves are listed here, once; the named transitions of
 * {@link ReturnAuthorisation} refuse anything else.
 */
public enum RmaStatus {

	REQUESTED, AUTHORISED, DENIED, RECEIVED, INSPECTED, REFUNDED, EXCHANGED, REPAIRED, REPLACED, CLOSED;

	/** How a return can end once the goods have been inspected. */
	public static final Set<RmaStatus> OUTCOMES = EnumSet.of(REFUNDED, EXCHANGED, REPAIRED, REPLACED);

	public Set<RmaStatus> nextStatuses() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(AUTHORISED, DENIED);
			case AUTHORISED -> EnumSet.of(RECEIVED);
			case RECEIVED -> EnumSet.of(INSPECTED);
			case INSPECTED -> EnumSet.copyOf(OUTCOMES);
			case DENIED, REFUNDED, EXCHANGED, REPAIRED, REPLACED -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(RmaStatus.class);
		};
	}

	public boolean canMoveTo(RmaStatus target) {
		return nextStatuses().contains(target);
	}

	/** Authorised, and the goods or the money have not yet been dealt with. */
	public boolean inProgress() {
		return this == AUTHORISED || this == RECEIVED || this == INSPECTED;
	}

	/**
	 * Denied, or ended with an outcome: nothing is left to do for the customer, though staff may not have closed it
	 * yet (closing only files it).
	 */
	public boolean finished() {
		return this == DENIED || this == CLOSED || OUTCOMES.contains(this);
	}

}
