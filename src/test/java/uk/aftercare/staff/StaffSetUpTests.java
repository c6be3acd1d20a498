package uk.aftercare.staff;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Making sure somebody can sign in, in production and in the demo. */
class StaffSetUpTests {

	private final StaffAccounts accounts = mock(StaffAccounts.class);

	@Test
	void createsTheFirstManagerFromTheEnvironmentWhenThereAreNoUsers() {
		when(accounts.count()).thenReturn(0L);

		production("owner", "a long enough secret").run(new DefaultApplicationArguments());

		verify(accounts).create("owner", "owner", null, "a long enough secret", Role.MANAGER);
	}

	@Test
	void createsNobodyWhenUsersAlreadyExist() {
		when(accounts.count()).thenReturn(3L);

		production("owner", "a long enough secret").run(new DefaultApplicationArguments());

		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any());
	}

	@Test
	void createsNobodyWhenTheFirstManagersPasswordIsShorterThanTwelveCharacters() {
		when(accounts.count()).thenReturn(0L);

		production("owner", "too short").run(new DefaultApplicationArguments());

		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any());
	}

	@Test
	void createsNobodyWhenTheFirstManagersUsernameIsNotOneStaffCouldBeGiven() {
		when(accounts.count()).thenReturn(0L);

		for (String username : java.util.List.of("o\u017fwner", "shop owner", "ow")) {
			production(username, "a long enough secret").run(new DefaultApplicationArguments());
		}

		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any());
	}

	@Test
	void readsTheFirstManagersUsernameAsTheSignInPageReadsWhatIsTyped() {
		when(accounts.count()).thenReturn(0L);

		production(" Owner ", "a long enough secret").run(new DefaultApplicationArguments());

		verify(accounts).create("owner", "owner", null, "a long enough secret", Role.MANAGER);
	}

	@Test
	void createsNobodyWhenTheFirstManagersPasswordIsEasilyGuessed() {
		when(accounts.count()).thenReturn(0L);

		for (String password : java.util.List.of("password1234", "aaaaaaaaaaaa", "owner-of-the-shop", "Summer2026!!",
				"OwnerOfTheShop2026")) {
			production("owner-of-the-shop", password).run(new DefaultApplicationArguments());
		}

		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any());
	}

	@Test
	void createsNobodyWhenNoFirstManagerIsConfigured() {
		when(accounts.count()).thenReturn(0L);

		production("", "").run(new DefaultApplicationArguments());

		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any());
	}

	@Test
	void demoSetUpCreatesOnlyTheMissingDemoUsers() {
		when(accounts.exists(anyString())).thenReturn(false);
		when(accounts.exists("manager")).thenReturn(true);

		new StaffSetUp(accounts, true, "", "").run(new DefaultApplicationArguments());

		verify(accounts).create(eq("staff"), anyString(), anyString(), eq(StaffSetUp.DEMO_PASSWORD), eq(Role.STAFF));
		verify(accounts).create(eq("supervisor"), anyString(), anyString(), eq(StaffSetUp.DEMO_PASSWORD),
				eq(Role.SUPERVISOR));
		verify(accounts, never()).create(eq("manager"), anyString(), anyString(), anyString(), any());
	}

	private StaffSetUp production(String username, String password) {
		return new StaffSetUp(accounts, false, username, password);
	}

}
