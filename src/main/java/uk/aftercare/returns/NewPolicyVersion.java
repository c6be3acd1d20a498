package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A manager's change to the returns policy: the whole set of settings for the new version, the day it takes
 * effect and why.
 */
public record NewPolicyVersion(int goodwillDays, Set<ProofOfPurchase> acceptedGoodwillProofs,
		boolean excludePersonalised, boolean excludePerishable, boolean excludeUnsealedHygiene,
		boolean excludeUnsealedMedia, BigDecimal frontLineRefundLimit, BigDecimal supervisorRefundLimit,
		LocalDate effectiveFrom, String reason) {

	ReturnsPolicySettings settings(String label) {
		return new ReturnsPolicySettings(label, goodwillDays, acceptedGoodwillProofs == null ? Set.of()
				: acceptedGoodwillProofs, excludePersonalised, excludePerishable, excludeUnsealedHygiene,
				excludeUnsealedMedia, frontLineRefundLimit, supervisorRefundLimit);
	}

}
