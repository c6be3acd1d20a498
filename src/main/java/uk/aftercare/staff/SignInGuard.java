package uk.aftercare.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks usernames and passwords, for the sign-in form and for HTTP Basic on {@code POST /api/v1/tokens} alike, and
 * stops guessing: a username with too many failed sign-ins is refused before its password is looked at
 * ({@link SignInAttempts}). Spring Security's events say how each sign-in went. Every failed sign-in and every lock
 * is logged with the username typed and the address it came from, never the password. A manager can lift a lock
 * ({@link SignInLocks}).
 */
@Component
class SignInGuard implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

	/** Usernames have at most 60 characters; what someone typed beyond that is not worth logging. */
	private static final int LONGEST_LOGGED = 60;

	private final DaoAuthenticationProvider passwords;

	private final SignInAttempts attempts;

	private final SignInSettings settings;

	private final Clock clock;

	SignInGuard(StaffUserRepository users, PasswordEncoder passwordEncoder, SignInLocks locks, SignInSettings settings,
			Clock clock) {
		this.passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(users));
		this.passwords.setPasswordEncoder(passwordEncoder);
		// The password is checked before the account's state, so a disabled account takes as long to refuse as any
		// other: checked first (Spring Security's default), it was refused without hashing, and so told apart.
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.attempts = locks.attempts();
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Optional<Duration> locked = attempts.lockedFor(authentication.getName(), clock.instant());
		if (locked.isPresent()) {
			TooManyFailedSignInsException refusal = new TooManyFailedSignInsException(locked.get());
			log.info("Sign-in refused for username '{}' from {}: locked for {} more minute(s)",
					forLog(authentication.getName()), remoteAddress(authentication), refusal.minutes());
			throw refusal;
		}
		if (!ascii(authentication.getName())) {
			// Every username is ASCII (NewUserForm; the first manager's is checked at start-up). The databases'
			// upper() maps some other letters onto ASCII ones (the long s onto S, the dotless i onto I), so such a
			// spelling would reach an account under a name the lock does not count with it: it reaches none.
			throw new BadCredentialsException("Bad credentials");
		}
		return passwords.authenticate(authentication);
	}

	static boolean ascii(String username) {
		return username != null && username.chars().allMatch(c -> c < 0x80);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

	/** A wrong password, or a username no one has: the two are not told apart, here or to the person signing in. */
	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		failed(failure);
	}

	/** Counted like a wrong password, so that a disabled account is not told apart by never being locked. */
	@EventListener
	void on(AuthenticationFailureDisabledEvent failure) {
		failed(failure);
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		attempts.succeeded(success.getAuthentication().getName());
	}

	private void failed(AbstractAuthenticationFailureEvent failure) {
		Authentication attempt = failure.getAuthentication();
		SignInAttempts.Outcome outcome = attempts.failed(attempt.getName(), clock.instant());
		String username = forLog(attempt.getName());
		String from = remoteAddress(attempt);
		log.info("Failed sign-in for username '{}' from {} ({} of {} within {})", username, from, outcome.failures(),
				settings.maxFailures(), settings.failureWindow());
		if (outcome.locked()) {
			log.warn("Username '{}' locked for {} after {} failed sign-ins within {}, the last from {}", username,
					settings.lockDuration(), outcome.failures(), settings.failureWindow(), from);
		}
	}

	private static String remoteAddress(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "an unknown address";
	}

	/** What was typed, on one line (no control characters to forge log lines with) and not too long. */
	private static String forLog(String username) {
		if (username == null) {
			return "";
		}
		StringBuilder safe = new StringBuilder();
		username.codePoints()
			.limit(LONGEST_LOGGED)
			.forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return username.codePointCount(0, username.length()) > LONGEST_LOGGED ? safe + "…" : safe.toString();
	}

}
