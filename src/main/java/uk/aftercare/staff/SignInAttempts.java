package uk.aftercare.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

/**
 * Failed sign-ins counted per username typed, whether or not such a user exists, so that what happens never tells
 * which usernames do. {@link SignInSettings#maxFailures()} failures within {@link SignInSettings#failureWindow()}
 * lock the username for {@link SignInSettings#lockDuration()}: every sign-in with it is then refused before its
 * password is looked at, the right one too. A successful sign-in forgets the failures; when a lock ends, counting
 * starts afresh.
 *
 * <p>Kept in memory, so each application instance counts its own sign-ins, and a restart forgets them. At most
 * {@value #MOST_USERNAMES} usernames are kept: past that, usernames whose failures are over are forgotten first, then
 * those that failed longest ago (locked or not), so that a flood of made-up usernames cannot exhaust the memory.
 */
final class SignInAttempts {

	static final int MOST_USERNAMES = 10_000;

	/** Usernames have at most 60 characters; a longer one cannot exist, and is kept only this far to tell it apart. */
	private static final int LONGEST_KEPT = 61;

	/** What a failure led to: how many failures are now counted, and whether this one locked the username. */
	record Outcome(int failures, boolean locked) {
	}

	private static final class Failures {

		private final Deque<Instant> times = new ArrayDeque<>();

		private Instant lockedUntil;

		boolean lockedAt(Instant now) {
			return lockedUntil != null && now.isBefore(lockedUntil);
		}

	}

	private final SignInSettings settings;

	private final int mostUsernames;

	/** The username that failed longest ago first. */
	private final LinkedHashMap<String, Failures> byUsername = new LinkedHashMap<>();

	SignInAttempts(SignInSettings settings) {
		this(settings, MOST_USERNAMES);
	}

	SignInAttempts(SignInSettings settings, int mostUsernames) {
		this.settings = settings;
		this.mostUsernames = mostUsernames;
	}

	/** How much longer sign-ins with this username are refused, if they are. */
	synchronized Optional<Duration> lockedFor(String username, Instant now) {
		Failures failures = byUsername.get(key(username));
		if (failures == null || !failures.lockedAt(now)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, failures.lockedUntil));
	}

	/** Counts a failed sign-in; the one that reaches the limit locks the username. */
	synchronized Outcome failed(String username, Instant now) {
		String key = key(username);
		// Taken out and put back, so that the map stays in the order of the latest failure.
		Failures failures = byUsername.remove(key);
		if (failures == null || failures.lockedUntil != null && !failures.lockedAt(now)) {
			failures = new Failures();
		}
		Outcome outcome;
		if (failures.lockedAt(now)) {
			// Passed the check just before another request locked the username: the lock stands as it is.
			outcome = new Outcome(settings.maxFailures(), false);
		}
		else {
			forgetBefore(failures, now);
			failures.times.addLast(now);
			int count = failures.times.size();
			if (count >= settings.maxFailures()) {
				failures.lockedUntil = now.plus(settings.lockDuration());
				failures.times.clear();
			}
			outcome = new Outcome(count, failures.lockedUntil != null);
		}
		byUsername.put(key, failures);
		if (byUsername.size() > mostUsernames) {
			forgetSome(now);
		}
		return outcome;
	}

	/**
	 * Lifts the username's lock, if it has one, and forgets its failures.
	 * @return whether it was locked
	 */
	synchronized boolean lift(String username, Instant now) {
		String key = key(username);
		Failures failures = byUsername.get(key);
		if (failures == null || !failures.lockedAt(now)) {
			return false;
		}
		byUsername.remove(key);
		return true;
	}

	/** A successful sign-in: the username's failures are forgotten. */
	synchronized void succeeded(String username) {
		byUsername.remove(key(username));
	}

	synchronized int usernamesKept() {
		return byUsername.size();
	}

	private void forgetBefore(Failures failures, Instant now) {
		Instant start = now.minus(settings.failureWindow());
		while (!failures.times.isEmpty() && !failures.times.peekFirst().isAfter(start)) {
			failures.times.removeFirst();
		}
	}

	private void forgetSome(Instant now) {
		for (Iterator<Failures> it = byUsername.values().iterator(); it.hasNext();) {
			Failures failures = it.next();
			forgetBefore(failures, now);
			if (failures.times.isEmpty() && !failures.lockedAt(now)) {
				it.remove();
			}
		}
		for (Iterator<Failures> it = byUsername.values().iterator(); byUsername.size() > mostUsernames;) {
			it.next();
			it.remove();
		}
	}

	/** Usernames are found whatever their case (and the sign-in form strips spaces): so are their failures. */
	private static String key(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > LONGEST_KEPT ? key.substring(0, LONGEST_KEPT) : key;
	}

}
