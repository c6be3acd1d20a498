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
 * managers lift locks (user administration); each lift goes into the account's history with who lifted it.
 * <p>
 * Like the count itself, a lock lives in this application instance's memory: lifting it here does not lift it on
 * another instance.
 */
@Component
public class SignInLocks {

	private static final Logger log = LoggerFactory.getLogger(SignInLocks.class);

	private final SignInAttempts attempts;

	private final Clock clock;

	private final StaffAccountHistory history;

	SignInLocks(SignInSettings settings, Clock clock, StaffAccountHistory history) {
		this.attempts = new SignInAttempts(settings);
		this.clock = clock;
		this.history = history;
	}

	/** How much longer sign-ins with this username are refused, if they are. */
	public Optional<Duration> lockedFor(String username) {
		return attempts.lockedFor(username, clock.instant());
	}

	/** How many whole minutes longer, rounded up and at least 1, as the sign-in page says it. */
	public Optional<Long> lockedForMinutes(String username) {
		return lockedFor(username).map(left -> TooManyFailedSignInsException.minutes(left));
	}

	/**
	 * Lets a member of staff sign in again at once, and forgets their failed sign-ins; recorded in their account's
	 * history (and the log) with who lifted it.
	 * @return whether it was locked (false: nothing changed)
	 */
	public boolean lift(String username, String liftedBy) {
		boolean lifted = attempts.lift(username, clock.instant());
		if (lifted) {
			history.record(username, StaffAccountEvent.Action.SIGN_IN_LOCK_LIFTED, null, null, liftedBy);
		}
		return lifted;
	}

	/**
	 * A wrong password given somewhere other than the sign-in (the current password, to change it): counted like a
	 * failed sign-in, so that a session left open cannot be used to guess the password either.
	 * @return whether this failure locked the username
	 */
	public boolean countFailure(String username) {
		SignInAttempts.Outcome outcome = attempts.failed(username, clock.instant());
		log.info("Wrong current password to change the password of '{}' ({} failure(s) counted){}", username,
				outcome.failures(), outcome.locked() ? ": username locked" : "");
		return outcome.locked();
	}

	SignInAttempts attempts() {
		return attempts;
	}

}
