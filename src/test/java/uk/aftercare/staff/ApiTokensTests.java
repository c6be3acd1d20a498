package uk.aftercare.staff;

import uk.aftercare.support.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Issuing and checking tokens, without Spring or a database. */
class ApiTokensTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final ApiTokenRepository repository = mock(ApiTokenRepository.class);

	private final StaffUserRepository users = mock(StaffUserRepository.class);

	private final MutableClock clock = new MutableClock(NOW, ZoneId.of("Europe/London"));

	private final ApiTokens tokens = new ApiTokens(repository, users, clock, new ApiTokenSettings(Duration.ofDays(7)));

	private final StaffUser sam = new StaffUser("sam", "Sam Staff", null, "{bcrypt}x", Role.STAFF, NOW);

	@BeforeEach
	void samExists() {
		when(users.findByUsernameIgnoreCase("sam")).thenReturn(Optional.of(sam));
		when(repository.save(any(ApiToken.class))).thenAnswer(call -> call.getArgument(0));
	}

	@Test
	void storesOnlyAHashOfTheTokenNeverTheTokenItself() {
		IssuedToken issued = tokens.issue("sam");

		ApiToken stored = saved();
		assertThat(stored.getTokenHash()).hasSize(64)
			.matches("[0-9a-f]{64}")
			.isEqualTo(ApiTokens.hash(issued.token()))
			.isNotEqualTo(issued.token())
			.doesNotContain(issued.token().substring(3));
		assertThat(stored.getTokenPrefix()).hasSize(11).isNotEqualTo(issued.token());
		assertThat(issued.token()).startsWith(stored.getTokenPrefix());
	}

	@Test
	void tokensAreLongRandomAndUrlSafe() {
		String first = tokens.issue("sam").token();
		String second = tokens.issue("sam").token();

		assertThat(first).matches("ac_[A-Za-z0-9_-]{43}");
		assertThat(second).matches("ac_[A-Za-z0-9_-]{43}").isNotEqualTo(first);
	}

	@Test
	void newTokenExpiresAfterTheConfiguredValidity() {
		IssuedToken issued = tokens.issue("sam");

		assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
		assertThat(saved().getCreatedAt()).isEqualTo(NOW);
	}

	@Test
	void issuedTokenNeverShowsTheTokenInLogs() {
		IssuedToken issued = tokens.issue("sam");

		assertThat(issued.toString()).doesNotContain(issued.token());
	}

	@Test
	void tokenOfTheWrongShapeIsRefusedWithoutALookup() {
		assertThat(tokens.check("password123")).isInstanceOf(TokenCheck.Rejected.class);
		assertThat(tokens.check(null)).isInstanceOf(TokenCheck.Rejected.class);
		verifyNoInteractions(repository);
	}

	@Test
	void tokenIsLookedUpByItsHash() {
		String token = "ac_" + "b".repeat(43);
		when(repository.findWithOwnerByTokenHash(any())).thenReturn(Optional.empty());

		assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Rejected("Unknown token."));
		verify(repository).findWithOwnerByTokenHash(ApiTokens.hash(token));
	}

	@Test
	void tokenIsActiveUntilTheMomentItExpires() {
		ApiToken token = new ApiToken(sam, "h", "ac_12345678", NOW, Duration.ofDays(7));

		assertThat(token.statusAt(NOW.plus(Duration.ofDays(7)).minusMillis(1))).isEqualTo(ApiTokenStatus.ACTIVE);
		assertThat(token.statusAt(NOW.plus(Duration.ofDays(7)))).isEqualTo(ApiTokenStatus.EXPIRED);
	}

	@Test
	void revocationIsFinalAndKeepsItsFirstTime() {
		ApiToken token = new ApiToken(sam, "h", "ac_12345678", NOW, Duration.ofDays(7));

		token.revoke(NOW.plusSeconds(10));
		token.revoke(NOW.plusSeconds(20));

		assertThat(token.getRevokedAt()).isEqualTo(NOW.plusSeconds(10));
		assertThat(token.statusAt(NOW.plusSeconds(30))).isEqualTo(ApiTokenStatus.REVOKED);
	}

	@Test
	void validityMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiTokenSettings(Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiTokenSettings(Duration.ofDays(-1)));
	}

	private ApiToken saved() {
		ArgumentCaptor<ApiToken> captor = ArgumentCaptor.forClass(ApiToken.class);
		verify(repository, org.mockito.Mockito.atLeastOnce()).save(captor.capture());
		return captor.getValue();
	}

}
