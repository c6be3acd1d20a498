package uk.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Five failed sign-ins within fifteen minutes lock a username for fifteen minutes; nothing else does. */
class SignInAttemptsTests {

	private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	private final SignInAttempts attempts = new SignInAttempts(
			new SignInSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)));

	@Test
	void theFifthFailureWithinFifteenMinutesLocksTheUsernameForFifteenMinutes() {
		for (int i = 1; i <= 4; i++) {
			assertThat(attempts.failed("sam", START.plusSeconds(i))).isEqualTo(new SignInAttempts.Outcome(i, false));
			assertThat(attempts.lockedFor("sam", START.plusSeconds(i))).isEmpty();
		}

		assertThat(attempts.failed("sam", START.plusSeconds(5))).isEqualTo(new SignInAttempts.Outcome(5, true));

		assertThat(attempts.lockedFor("sam", START.plusSeconds(5))).contains(Duration.ofMinutes(15));
		assertThat(attempts.lockedFor("sam", START.plusSeconds(5).plus(Duration.ofMinutes(14))))
			.contains(Duration.ofMinutes(1));
		assertThat(attempts.lockedFor("sam", START.plusSeconds(5).plus(Duration.ofMinutes(15)))).isEmpty();
	}

	@Test
	void liftingALockLetsTheUsernameSignInAtOnceAndStartsTheCountAgain() {
		failFiveTimes("sam", START);
		Instant soon = START.plus(Duration.ofMinutes(2));

		assertThat(attempts.lift("SAM ", soon)).isTrue();

		assertThat(attempts.lockedFor("sam", soon)).isEmpty();
		assertThat(attempts.failed("sam", soon)).isEqualTo(new SignInAttempts.Outcome(1, false));
	}

	@Test
	void aUsernameNotLockedHasNothingToLift() {
		for (int i = 0; i < 4; i++) {
			attempts.failed("sam", START);
		}
		failFiveTimes("kim", START);

		assertThat(attempts.lift("sam", START)).isFalse();
		assertThat(attempts.lift("kim", START.plus(Duration.ofMinutes(15)))).isFalse();
		assertThat(attempts.lift("nobody", START)).isFalse();
		// Lifting nothing forgets nothing: the fifth failure still locks.
		assertThat(attempts.failed("sam", START)).isEqualTo(new SignInAttempts.Outcome(5, true));
	}

	@Test
	void failuresMoreThanFifteenMinutesAgoAreNotCounted() {
		for (int i = 0; i < 4; i++) {
			attempts.failed("sam", START.plus(Duration.ofMinutes(i)));
		}

		// The first failure, at 09:00, is fifteen minutes old at 09:15.
		assertThat(attempts.failed("sam", START.plus(Duration.ofMinutes(15)))).isEqualTo(new SignInAttempts.Outcome(4, false));
		assertThat(attempts.lockedFor("sam", START.plus(Duration.ofMinutes(15)))).isEmpty();
	}

	@Test
	void countingStartsAfreshWhenALockEnds() {
		failFiveTimes("sam", START);
		Instant afterTheLock = START.plus(Duration.ofMinutes(16));

		assertThat(attempts.failed("sam", afterTheLock)).isEqualTo(new SignInAttempts.Outcome(1, false));
		assertThat(attempts.lockedFor("sam", afterTheLock)).isEmpty();
	}

	@Test
	void aFailureWhileLockedNeitherLengthensNorEndsTheLock() {
		failFiveTimes("sam", START);

		assertThat(attempts.failed("sam", START.plus(Duration.ofMinutes(5)))).extracting(SignInAttempts.Outcome::locked)
			.isEqualTo(false);

		assertThat(attempts.lockedFor("sam", START.plus(Duration.ofMinutes(5)))).contains(Duration.ofMinutes(10));
	}

	@Test
	void aSuccessForgetsTheFailures() {
		for (int i = 0; i < 4; i++) {
			attempts.failed("sam", START);
		}

		attempts.succeeded("sam");

		assertThat(attempts.failed("sam", START)).isEqualTo(new SignInAttempts.Outcome(1, false));
	}

	@Test
	void aUsernameIsCountedWhateverItsCaseAndTheSpacesAroundIt() {
		attempts.failed("Sam", START);
		attempts.failed(" sam ", START);
		attempts.failed("SAM", START);
		attempts.failed("sam", START);
		attempts.failed("sAm", START);

		assertThat(attempts.lockedFor("sam", START)).isPresent();
		assertThat(attempts.lockedFor("samantha", START)).isEmpty();
	}

	@Test
	void usernamesNoOneHasAreCountedAndLockedTheSame() {
		failFiveTimes("nobody-by-this-name", START);

		assertThat(attempts.lockedFor("nobody-by-this-name", START)).contains(Duration.ofMinutes(15));
	}

	@Test
	void keepsAtMostItsBoundForgettingUsernamesWhoseFailuresAreOverFirst() {
		SignInAttempts small = new SignInAttempts(new SignInSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
				3);
		small.failed("old", START);
		for (int i = 0; i < 5; i++) {
			small.failed("locked", START.plus(Duration.ofMinutes(10)));
		}
		small.failed("recent", START.plus(Duration.ofMinutes(10)));
		Instant now = START.plus(Duration.ofMinutes(16));

		small.failed("new", now);

		assertThat(small.usernamesKept()).isEqualTo(3);
		assertThat(small.lockedFor("locked", now)).contains(Duration.ofMinutes(9));
		assertThat(small.failed("recent", now).failures()).isEqualTo(2);
	}

	@Test
	void whenEveryUsernameKeptStillCountsTheOneThatFailedLongestAgoGoes() {
		SignInAttempts small = new SignInAttempts(new SignInSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
				2);
		small.failed("first", START);
		small.failed("second", START.plusSeconds(1));
		small.failed("first", START.plusSeconds(2));

		small.failed("third", START.plusSeconds(3));

		assertThat(small.usernamesKept()).isEqualTo(2);
		assertThat(small.failed("first", START.plusSeconds(4)).failures()).isEqualTo(3);
		assertThat(small.failed("second", START.plusSeconds(5)).failures()).as("forgotten").isEqualTo(1);
	}

	private void failFiveTimes(String username, Instant at) {
		for (int i = 0; i < 5; i++) {
			attempts.failed(username, at);
		}
	}

}
