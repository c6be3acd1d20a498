package uk.aftercare.customers;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a customer's personal data is kept ({@code aftercare.privacy.*}).
 *
 * @param retention how long after a customer's last case was finished (closed, or left resolved) their data is
 *                  erased: six years by default, the time within which a claim in contract can be brought (Limitation
 *                  Act 1980 s.5)
 * @param maxPerRun how many customers one night's retention check erases at most (each in a transaction of its own),
 *                  so a first run on years of records ends in good time; the next night takes the rest
 */
@ConfigurationProperties("aftercare.privacy")
public record PrivacySettings(@DefaultValue("P6Y") Period retention, @DefaultValue("10000") int maxPerRun) {

	public PrivacySettings {
		if (retention == null || retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("aftercare.privacy.retention must be positive, e.g. P6Y");
		}
		if (maxPerRun < 1) {
			throw new IllegalArgumentException("aftercare.privacy.max-per-run must be at least 1");
		}
	}

}
