package uk.aftercare.returns;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version of the returns policy settings: the settings themselves, from when they apply, who made the
 * change, when and why, and who withdrew it before it took effect, if anyone did.
 */
public record PolicyVersionView(int number, LocalDate effectiveFrom, String reason, String createdBy,
		Instant createdAt, ReturnsPolicySettings settings, Instant withdrawnAt, String withdrawnBy) {

	/** A version nobody withdrew. */
	public PolicyVersionView(int number, LocalDate effectiveFrom, String reason, String createdBy, Instant createdAt,
			ReturnsPolicySettings settings) {
		this(number, effectiveFrom, reason, createdBy, createdAt, settings, null, null);
	}

	public String label() {
		return settings.versionLabel();
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/** Whether it is yet to take effect on {@code today}, and so may still be withdrawn. */
	public boolean scheduledAfter(LocalDate today) {
		return !withdrawn() && effectiveFrom.isAfter(today);
	}

}
