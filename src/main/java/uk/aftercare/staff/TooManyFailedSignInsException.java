package uk.aftercare.staff;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was looked at: its username has had too many failed sign-ins
 * ({@link SignInAttempts}). Everyone gets the same answer, whether or not the username exists.
 */
final class TooManyFailedSignInsException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	TooManyFailedSignInsException(Duration retryAfter) {
		this(retryAfter.plusNanos(999_999_999).getSeconds());
	}

	private TooManyFailedSignInsException(long retryAfterSeconds) {
		super("Too many failed sign-ins for this username: try again in "
				+ (minutes(retryAfterSeconds) == 1 ? "1 minute" : minutes(retryAfterSeconds) + " minutes")
				+ ".");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** Whole seconds until the lock ends, rounded up (for {@code Retry-After}). */
	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/** Whole minutes until the lock ends, rounded up: at least 1. */
	long minutes() {
		return minutes(retryAfterSeconds);
	}

	/** Whole minutes until a lock that ends {@code left} from now ends, rounded up: at least 1. */
	static long minutes(Duration left) {
		return minutes(left.plusNanos(999_999_999).getSeconds());
	}

	private static long minutes(long seconds) {
		return Math.max(1, (seconds + 59) / 60);
	}

}
