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

	/**
	 * The moves open to a return authorisation that offered {@code remedy}: as {@link #nextStatuses()}, but ending
	 * only with the outcomes that give what was offered ({@link #outcomesFor}).
	 */
	public Set<RmaStatus> nextStatusesFor(Remedy remedy) {
		Set<RmaStatus> next = nextStatuses();
		if (next.removeAll(OUTCOMES)) {
			next.addAll(outcomesFor(remedy));
		}
		return next;
	}

	/**
	 * How a return authorisation that offered {@code remedy} can end: a remedy that pays money back (a refund, a
	 * cancellation, a final rejection or price reduction, a goodwill refund) only by paying it; the goods put right
	 * (a repair or replacement, or a service performed again) by a repair or a replacement; a goodwill exchange by an
	 * exchange. No remedy gives the customer nothing, so nothing stops it ending with any outcome but a refund, for
	 * which none was agreed.
	 */
	public static Set<RmaStatus> outcomesFor(Remedy remedy) {
		if (remedy.paysMoneyBack()) {
			return EnumSet.of(REFUNDED);
		}
		return switch (remedy) {
			case REPAIR_OR_REPLACEMENT, REPEAT_PERFORMANCE -> EnumSet.of(REPAIRED, REPLACED);
			case GOODWILL_EXCHANGE -> EnumSet.of(EXCHANGED);
			default -> EnumSet.of(EXCHANGED, REPAIRED, REPLACED);
		};
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
