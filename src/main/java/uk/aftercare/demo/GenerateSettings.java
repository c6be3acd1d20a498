package uk.aftercare.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Volume for load tests: {@code aftercare.generate.cases=1000000} tops the database up to that many cases at start-up
 * (0, the default, generates nothing), spread over the last {@code days} days, reproducibly from {@code seed}.
 */
@ConfigurationProperties("aftercare.generate")
record GenerateSettings(@DefaultValue("0") int cases, @DefaultValue("730") int days, @DefaultValue("2026") long seed) {

	GenerateSettings {
		if (cases < 0 || days < 1) {
			throw new IllegalArgumentException("aftercare.generate.cases must be 0 or more and days at least 1");
		}
	}

}
