package uk.aftercare.customers;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a customer's personal data is kept ({@code aftercare.privacy.*}).
 *
 * @param retention how long after a customer's last case was closed their data is erased: six years by default,
 *                  the time within which a claim in contract can be brought (Limitation Act 1980 s.5)
 * @param batchSize how many customers one run of the retention check erases at most, so one run never holds a
 *                  transaction for long; the next run takes the rest
 */
@ConfigurationProperties("aftercare.privacy")
public record PrivacySettings(@DefaultValue("P6Y") Period retention, @DefaultValue("200") int batchSize) {

	public PrivacySettings {
		if (retention == null || retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("aftercare.privacy.retention must be positive, e.g. P6Y");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("aftercare.privacy.batch-size must be at least 1");
		}
	}

}
