package uk.aftercare.returns;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the customer asks for, in their words. The law lets a customer choose a lesser remedy than the one they are
 * entitled to (a repair instead of a refund, say), so staff may offer it only when it is what the customer wants.
 */
public enum CustomerWish {

	REFUND(EnumSet.of(Remedy.FULL_REFUND, Remedy.CANCELLATION_REFUND, Remedy.GOODWILL_REFUND,
			Remedy.FINAL_REJECT_OR_PRICE_REDUCTION)),
	REPAIR(EnumSet.of(Remedy.REPAIR_OR_REPLACEMENT, Remedy.REPEAT_PERFORMANCE)),
	REPLACEMENT(EnumSet.of(Remedy.REPAIR_OR_REPLACEMENT)),
	EXCHANGE(EnumSet.of(Remedy.GOODWILL_EXCHANGE)),
	PRICE_REDUCTION(EnumSet.of(Remedy.PRICE_REDUCTION, Remedy.FINAL_REJECT_OR_PRICE_REDUCTION));

	private final Set<Remedy> remedies;

	CustomerWish(Set<Remedy> remedies) {
		this.remedies = remedies;
	}

	/** Whether offering {@code remedy} gives the customer what they asked for. */
	public boolean isMetBy(Remedy remedy) {
		return remedies.contains(remedy);
	}

}
