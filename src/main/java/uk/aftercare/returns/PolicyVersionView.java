package uk.aftercare.returns;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version of the returns policy settings: the settings themselves, from when they apply, and who
 * made the change, when and why.
 */
public record PolicyVersionView(int number, LocalDate effectiveFrom, String reason, String createdBy,
		Instant createdAt, ReturnsPolicySettings settings) {

	public String label() {
		return settings.versionLabel();
	}

}
