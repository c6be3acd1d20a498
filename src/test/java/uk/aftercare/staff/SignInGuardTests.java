package uk.aftercare.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What a sign-in with a disabled account costs and says: the same as any other. */
class SignInGuardTests {

	private final StaffUserRepository users = mock(StaffUserRepository.class);

	@SuppressWarnings("deprecation")
	private final PasswordEncoder passwords = spy(NoOpPasswordEncoder.getInstance());

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/London"));

	private final SignInSettings settings = new SignInSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	private final SignInGuard guard = new SignInGuard(users, passwords,
			new SignInLocks(settings, clock, mock(StaffAccountHistory.class)), settings, clock);

	@Test
	void aDisabledAccountsPasswordIsCheckedLikeAnyOtherBeforeItIsRefused() {
		StaffUser sam = new StaffUser("sam", "Sam Staff", null, "the right password", Role.STAFF, clock.instant());
		sam.disable();
		when(users.findByUsernameIgnoreCase(anyString())).thenReturn(Optional.of(sam));

		assertThatThrownBy(() -> guard.authenticate(new UsernamePasswordAuthenticationToken("sam", "a wrong one")))
			.isInstanceOf(BadCredentialsException.class);
		verify(passwords).matches("a wrong one", "the right password");
		assertThatThrownBy(() -> guard.authenticate(new UsernamePasswordAuthenticationToken("sam", "the right password")))
			.isInstanceOf(DisabledException.class);
	}

}
