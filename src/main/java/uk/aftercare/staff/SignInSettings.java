package uk.aftercare.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords a username may take before it is locked, and for how long.
 *
 * @param maxFailures failed sign-ins that lock a username ({@code aftercare.security.sign-in.max-failures}, e.g. 5)
 * @param failureWindow how far back they are counted ({@code aftercare.security.sign-in.failure-window}, e.g. 15m)
 * @param lockDuration how long the username is then refused ({@code aftercare.security.sign-in.lock-duration})
 */
@ConfigurationProperties("aftercare.security.sign-in")
record SignInSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockDuration) {

	SignInSettings {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("aftercare.security.sign-in.max-failures must be at least 1");
		}
		if (failureWindow == null || failureWindow.isNegative() || failureWindow.isZero()) {
			throw new IllegalArgumentException(
					"aftercare.security.sign-in.failure-window must be a positive duration, e.g. 15m");
		}
		if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException(
					"aftercare.security.sign-in.lock-duration must be a positive duration, e.g. 15m");
		}
	}

}
