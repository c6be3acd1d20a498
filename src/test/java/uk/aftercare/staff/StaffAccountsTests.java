package uk.aftercare.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The rules managers work under when changing accounts. */
class StaffAccountsTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final StaffUserRepository users = mock(StaffUserRepository.class);

	private final ApiTokens apiTokens = mock(ApiTokens.class);

	private final StaffSessions sessions = mock(StaffSessions.class);

	private final StaffAccountHistory history = mock(StaffAccountHistory.class);

	private final org.springframework.context.ApplicationEventPublisher events = mock(
			org.springframework.context.ApplicationEventPublisher.class);

	private final StaffAccounts accounts = new StaffAccounts(users, mock(PasswordEncoder.class),
			Clock.fixed(NOW, ZoneId.of("Europe/London")), apiTokens, sessions, history, events);

	private final StaffUser mo = user("mo", Role.MANAGER);

	private final StaffUser mia = user("mia", Role.MANAGER);

	private final StaffUser sam = user("sam", Role.STAFF);

	@BeforeEach
	void usersExist() {
		when(users.findByUsernameIgnoreCase("mo")).thenReturn(Optional.of(mo));
		when(users.findByUsernameIgnoreCase("mia")).thenReturn(Optional.of(mia));
		when(users.findByUsernameIgnoreCase("sam")).thenReturn(Optional.of(sam));
		when(users.countEnabledManagers()).thenReturn(2L);
	}

	@Test
	void keepsAUsernameTypedWithCapitalsInLowerCaseAsSignInReadsIt() {
		when(users.saveAndFlush(org.mockito.ArgumentMatchers.any())).thenAnswer(saved -> saved.getArgument(0));

		StaffMember added = accounts.create(" JSmith ", "Jo Smith", null, "twelve chars or more", Role.STAFF, "mo");

		assertThat(added.username()).isEqualTo("jsmith");
		verify(history).record("jsmith", StaffAccountEvent.Action.CREATED, Role.STAFF, null, "mo");
	}

	@Test
	void refusesToDisableTheLastEnabledManager() {
		// mo was disabled by mia a moment ago, in a transaction that committed while this one waited for the locks.
		when(users.countEnabledManagers()).thenReturn(1L);

		assertThatExceptionOfType(LastManagerException.class).isThrownBy(() -> accounts.disable("mia", "mo"));

		assertThat(mia.isEnabled()).isTrue();
		verify(apiTokens, never()).revokeAllOf(mia);
		verify(sessions, never()).endAllOf("mia");
		verifyNoInteractions(history);
	}

	@Test
	void refusesToDemoteTheLastEnabledManager() {
		when(users.countEnabledManagers()).thenReturn(1L);

		assertThatExceptionOfType(LastManagerException.class)
			.isThrownBy(() -> accounts.changeRole("mia", Role.SUPERVISOR, "mo"));

		assertThat(mia.getRole()).isEqualTo(Role.MANAGER);
	}

	@Test
	void disablesAManagerWhileAnotherRemains() {
		accounts.disable("mia", "mo");

		assertThat(mia.isEnabled()).isFalse();
	}

	@Test
	void aDisabledManagerDoesNotCountAsTheLastOne() {
		mia.disable();
		when(users.countEnabledManagers()).thenReturn(1L);

		accounts.changeRole("mia", Role.STAFF, "mo");

		assertThat(mia.getRole()).isEqualTo(Role.STAFF);
	}

	@Test
	void countsTheManagersOnlyAfterLockingTheirRowsAndReadingTheUser() {
		accounts.disable("mia", "mo");
		accounts.changeRole("mo", Role.MANAGER, "mo");

		InOrder order = inOrder(users);
		order.verify(users).lockManagerRows();
		order.verify(users).findByUsernameIgnoreCase("mia");
		order.verify(users).countEnabledManagers();
		order.verify(users).lockManagerRows();
		order.verify(users).findByUsernameIgnoreCase("mo");
	}

	@Test
	void managerCannotDisableTheirOwnAccount() {
		assertThatExceptionOfType(SelfLockoutException.class).isThrownBy(() -> accounts.disable("mo", "MO"));

		assertThat(mo.isEnabled()).isTrue();
		verify(apiTokens, never()).revokeAllOf(mo);
	}

	@Test
	void managerCannotLowerTheirOwnRole() {
		assertThatExceptionOfType(SelfLockoutException.class)
			.isThrownBy(() -> accounts.changeRole("mo", Role.SUPERVISOR, "mo"));

		assertThat(mo.getRole()).isEqualTo(Role.MANAGER);
	}

	@Test
	void managerMayKeepTheirOwnRoleWithoutBeingSignedOut() {
		accounts.changeRole("mo", Role.MANAGER, "mo");

		assertThat(mo.getRole()).isEqualTo(Role.MANAGER);
		verify(sessions, never()).endAllOf("mo");
		verifyNoInteractions(history);
	}

	@Test
	void changingSomebodysRoleSignsThemOut() {
		accounts.changeRole("sam", Role.SUPERVISOR, "mo");

		assertThat(sam.getRole()).isEqualTo(Role.SUPERVISOR);
		verify(sessions).endAllOf("sam");
		verify(history).record("sam", StaffAccountEvent.Action.ROLE_CHANGED, Role.SUPERVISOR, Role.STAFF, "mo");
	}

	@Test
	void disablingSomebodySignsThemOutAndRevokesAllTheirTokens() {
		accounts.disable("sam", "mo");

		assertThat(sam.isEnabled()).isFalse();
		verify(apiTokens).revokeAllOf(sam);
		verify(sessions).endAllOf("sam");
		verify(history).record("sam", StaffAccountEvent.Action.DISABLED, null, null, "mo");
		verify(events).publishEvent(new StaffDisabled("sam", "mo"));
	}

	@Test
	void enablingLetsSomebodySignInAgain() {
		sam.disable();

		assertThat(accounts.enable("sam", "mia")).isTrue();

		assertThat(sam.isEnabled()).isTrue();
		verify(history).record("sam", StaffAccountEvent.Action.ENABLED, null, null, "mia");
	}

	@Test
	void enablingSomebodyAlreadyActiveChangesNothing() {
		assertThat(accounts.enable("sam", "mia")).isFalse();

		assertThat(sam.isEnabled()).isTrue();
		verifyNoInteractions(history);
	}

	private static StaffUser user(String username, Role role) {
		return new StaffUser(username, username, null, "{bcrypt}x", role, NOW);
	}

}
