package uk.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.support.MutableClock;

/**
 * Guessing passwords, through the real security chains: five failed sign-ins for a username within fifteen minutes
 * lock it for fifteen minutes, on the sign-in page and on the API's token request alike, the right password too, and
 * for usernames no one has just the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInLockoutJourneyTests {

	private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	private static final String PASSWORD = "correct horse battery";

	private static final String WRONG = "Tr0ub4dor&3";

	private static final String LOCKED = "Too many failed sign-ins for this username: try again in 15 minutes.";

	private static final AtomicInteger USERS = new AtomicInteger();

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START, ZoneId.of("Europe/London"));
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void startTheClock() {
		clock.set(START);
	}

	@Test
	void fiveWrongPasswordsLockTheSignInPageEvenForTheRightOneUntilFifteenMinutesHavePassed() throws Exception {
		String sam = newUser(Role.STAFF);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(sam).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(sam).password(WRONG)).andExpect(redirectedUrl("/login?error"));

		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(sam).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked=15"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/login").param("locked", "15").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(LOCKED + " A manager can lift the lock sooner.")))
			.andExpect(content().string(containsString("value=\"" + sam + "\"")))
			.andExpect(content().string(not(containsString("Wrong username or password"))));

		clock.advance(Duration.ofMinutes(14));
		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/login?locked=1"));
		clock.advance(Duration.ofMinutes(1));
		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	/** H2's and PostgreSQL's upper() turn the long s into S and the dotless i into I; the lock's key does not. */
	@Test
	void aLockedUsernameSpelledWithLettersThatTheDatabaseFoldsOntoItsOwnIsStillRefused() throws Exception {
		String sam = newUser(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(sam).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}

		for (String lookalike : List.of(sam.replace('s', '\u017f'), sam.replace("ss", "\u00df"),
				sam.toUpperCase(java.util.Locale.ROOT).replace('S', '\u017f'))) {
			mvc.perform(formLogin("/login").user(lookalike).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
			mvc.perform(post("/api/v1/tokens").with(httpBasic(lookalike, PASSWORD))).andExpect(status().isUnauthorized());
		}
		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/login?locked=15"));
	}

	@Test
	void aUsernameNoOneHasIsLockedWithTheSameAnswer() throws Exception {
		String nobody = "nobody-" + USERS.incrementAndGet();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(nobody).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin("/login").user(nobody).password(PASSWORD)).andExpect(redirectedUrl("/login?locked=15"));
		mvc.perform(post("/api/v1/tokens").with(httpBasic(nobody, PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(LOCKED));
	}

	@Test
	void aDisabledAccountIsLockedLikeAnyOther() throws Exception {
		String manager = newUser(Role.MANAGER);
		String gone = newUser(Role.STAFF);
		accounts.disable(gone, manager);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(gone).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin("/login").user(gone).password(WRONG)).andExpect(redirectedUrl("/login?locked=15"));
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		String sam = newUser(Role.STAFF);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(sam).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/"));

		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(sam).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void theTokenRequestIsRefusedWithA401SayingWhenToTryAgain() throws Exception {
		String till = newUser(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/tokens").with(httpBasic(till, WRONG))).andExpect(status().isUnauthorized());
		}

		mvc.perform(post("/api/v1/tokens").with(httpBasic(till, PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "900"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Aftercare\""))
			.andExpect(jsonPath("$.type").value("urn:aftercare:problem:unauthorized"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(LOCKED));

		clock.advance(Duration.ofMinutes(15));
		mvc.perform(post("/api/v1/tokens").with(httpBasic(till, PASSWORD))).andExpect(status().isCreated());
	}

	@Test
	void theSignInPageAndTheApiCountTogether() throws Exception {
		String sam = newUser(Role.STAFF);
		for (int i = 0; i < 3; i++) {
			mvc.perform(formLogin("/login").user(sam).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/tokens").with(httpBasic(sam, WRONG))).andExpect(status().isUnauthorized());
		}

		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/login?locked=15"));
	}

	@Test
	void eachFailureAndEachLockIsLoggedWithTheUsernameAndAddressButNotThePassword(CapturedOutput output)
			throws Exception {
		String sam = newUser(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(sam).password(WRONG));
		}
		mvc.perform(formLogin("/login").user(sam).password(PASSWORD));

		assertThat(output).contains("Failed sign-in for username '" + sam + "' from 127.0.0.1 (1 of 5 within PT15M)")
			.contains("Failed sign-in for username '" + sam + "' from 127.0.0.1 (5 of 5 within PT15M)")
			.contains("Username '" + sam + "' locked for PT15M after 5 failed sign-ins within PT15M, the last from "
					+ "127.0.0.1")
			.contains("Sign-in refused for username '" + sam + "' from 127.0.0.1: locked for 15 more minute(s)")
			.doesNotContain(WRONG)
			.doesNotContain(PASSWORD);
	}

	@Test
	void aManagerSeesTheLockAndLiftsItAndTheUsernameSignsInAtOnce(CapturedOutput output) throws Exception {
		String mo = newUser(Role.MANAGER);
		String sam = newUser(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(sam).password(WRONG));
		}
		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/login?locked=15"));
		clock.advance(Duration.ofMinutes(3));

		mvc.perform(get("/admin/users").with(user(mo).roles("MANAGER")))
			.andExpect(content().string(containsString("Sign-in locked")));
		mvc.perform(get("/admin/users/" + sam).with(user(mo).roles("MANAGER")))
			.andExpect(content().string(containsString("after too many failed sign-ins, for 12 more minutes.")))
			.andExpect(content().string(containsString("id=\"unlock-form\"")));

		mvc.perform(post("/admin/users/" + sam + "/unlock").with(user(mo).roles("MANAGER")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + sam))
			.andExpect(flash().attribute("success", sam + " can sign in again: the sign-in lock is lifted."));

		assertThat(output).contains("Staff account '" + sam + "': SIGN_IN_LOCK_LIFTED by '" + mo + "'");
		mvc.perform(get("/admin/users/" + sam).with(user(mo).roles("MANAGER")))
			.andExpect(content().string(not(containsString("id=\"unlock-form\""))))
			.andExpect(content().string(containsString("Sign-in lock lifted")));
		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void liftingALockThatHasEndedChangesNothingAndSaysSo() throws Exception {
		String mo = newUser(Role.MANAGER);
		String sam = newUser(Role.STAFF);

		mvc.perform(post("/admin/users/" + sam + "/unlock").with(user(mo).roles("MANAGER")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + sam))
			.andExpect(flash().attribute("warning", sam + " was not locked (the lock may have just ended); nothing changed."));
	}

	@Test
	void onlyAManagerLiftsALock() throws Exception {
		String sue = newUser(Role.SUPERVISOR);
		String sam = newUser(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(sam).password(WRONG));
		}

		mvc.perform(post("/admin/users/" + sam + "/unlock").with(user(sue).roles("SUPERVISOR")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + sam + "/unlock").with(user(sam).roles("STAFF")).with(csrf()))
			.andExpect(status().isForbidden());

		mvc.perform(formLogin("/login").user(sam).password(PASSWORD)).andExpect(redirectedUrl("/login?locked=15"));
	}

	@Test
	void theSignInPageIgnoresALockedTimeItDidNotWrite() throws Exception {
		mvc.perform(get("/login").param("locked", "many"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Too many failed sign-ins"))));
	}

	private String newUser(Role role) {
		String username = "guessed-" + USERS.incrementAndGet();
		accounts.create(username, "Test " + username, null, PASSWORD, role);
		return username;
	}

}
