package uk.aftercare.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which usernames are locked after too many failed sign-ins ({@link SignInAttempts}), and lifting a lock: a member
 * of staff who mistyped their password five times, and has since been identified, need not wait out the lock. Only
 * managers lift locks (user administration); each lift is logged with who lifted it.
 * <p>
 * Like the count itself, a lock lives in this application instance's memory: lifting it here does not lift it on
 * another instance.
 */
@Component
public class SignInLocks {

	private static final Logger log = LoggerFactory.getLogger(SignInLocks.class);

	private final SignInAttempts attempts;

	private final Clock clock;

	SignInLocks(SignInSettings settings, Clock clock) {
		this.attempts = new SignInAttempts(settings);
		this.clock = clock;
	}

	/** How much longer sign-ins with this username are refused, if they are. */
	public Optional<Duration> lockedFor(String username) {
		return attempts.lockedFor(username, clock.instant());
	}

	/**
	 * Lets the username sign in again at once, and forgets its failed sign-ins.
	 * @return whether it was locked (false: nothing changed)
	 */
	public boolean lift(String username, String liftedBy) {
		boolean lifted = attempts.lift(username, clock.instant());
		if (lifted) {
			log.info("Sign-in lock on username '{}' lifted by manager '{}'", username, liftedBy);
		}
		return lifted;
	}

	SignInAttempts attempts() {
		return attempts;
	}

}
