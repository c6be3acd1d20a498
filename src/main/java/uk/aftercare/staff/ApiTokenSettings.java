package uk.aftercare.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API token settings.
 *
 * @param tokenValidity how long a new token works ({@code aftercare.api.token-validity}, e.g. {@code 30d})
 */
@ConfigurationProperties("aftercare.api")
record ApiTokenSettings(@DefaultValue("30d") Duration tokenValidity) {

	ApiTokenSettings {
		if (tokenValidity == null || tokenValidity.isNegative() || tokenValidity.isZero()) {
			throw new IllegalArgumentException("aftercare.api.token-validity must be a positive duration, e.g. 30d");
		}
	}

}
