package uk.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.staff.StaffAccountEvent.Action;
import uk.aftercare.support.Markup;

/**
 * Passwords through the real security chains: a password a manager chose (a new account's, or one set after the
 * person forgot theirs) must be changed at the next sign-in before anything else; everyone changes their own with
 * the current one, and is then signed out everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class PasswordJourneyTests {

	private static final String MANAGERS = "correct horse battery";

	private static final String CHOSEN = "staple tin lantern";

	private static final String OWN = "my very own secret words";

	private static final AtomicInteger USERS = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private ApiTokens apiTokens;

	@Test
	void aNewAccountsFirstPasswordMustBeChangedBeforeAnythingElseAndThenOnlyTheNewOneWorks() throws Exception {
		String mo = manager();
		String sam = "pw-sam-" + USERS.incrementAndGet();
		mvc.perform(post("/admin/users").session(signIn(mo, MANAGERS)).with(csrf())
			.param("username", sam)
			.param("displayName", "Sam Staff")
			.param("password", CHOSEN)
			.param("role", "STAFF")).andExpect(redirectedUrl("/admin/users"));

		MockHttpSession session = signIn(sam, CHOSEN);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password was set by a manager.")));
		mvc.perform(post("/api/v1/tokens").with(httpBasic(sam, CHOSEN)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("change it before asking for a token")));

		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", CHOSEN)
			.param("newPassword", OWN)
			.param("confirmPassword", OWN)).andExpect(redirectedUrl("/login?passwordChanged"));

		mvc.perform(formLogin("/login").user(sam).password(CHOSEN)).andExpect(redirectedUrl("/login?error"));
		MockHttpSession own = signIn(sam, OWN);
		mvc.perform(get("/cases").session(own)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/tokens").with(httpBasic(sam, OWN))).andExpect(status().isCreated());
		assertThat(accounts.history(sam)).extracting(StaffAccountEvent::action, StaffAccountEvent::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Action.PASSWORD_CHANGED, sam),
					org.assertj.core.groups.Tuple.tuple(Action.CREATED, mo));
	}

	@Test
	void eachWrongAnswerOnTheChangeFormIsSaidBesideItsFieldAndNothingChanges() throws Exception {
		String sam = "pw-samantha-" + USERS.incrementAndGet();
		accounts.create(sam, "Samantha Staff", null, MANAGERS, Role.STAFF);
		MockHttpSession session = signIn(sam, MANAGERS);

		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", "not my password")
			.param("newPassword", OWN)
			.param("confirmPassword", OWN))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.wrong"));
		String twoWrong = mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", MANAGERS)
			.param("newPassword", "abcdefghijklm")
			.param("confirmPassword", "something else entirely"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "users.password.common"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword",
					"password.confirm.different"))
			.andReturn().getResponse().getContentAsString();
		assertThat(Markup.errorSummary(twoWrong)).extracting(Markup.SummaryLine::href)
			.containsExactly("#newPassword", "#confirmPassword");
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", MANAGERS)
			.param("newPassword", MANAGERS)
			.param("confirmPassword", MANAGERS))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.new.same"));
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", MANAGERS)
			.param("newPassword", sam.toUpperCase())
			.param("confirmPassword", sam.toUpperCase()))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "users.password.username"));
		for (String easy : List.of("Summer2026!!", "SamanthaStaff2026!")) {
			mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", MANAGERS)
				.param("newPassword", easy)
				.param("confirmPassword", easy))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "users.password.common"))
				.andExpect(content().string(containsString("Too easy to guess")));
		}

		signIn(sam, MANAGERS);
		assertThat(accounts.history(sam)).extracting(StaffAccountEvent::action).containsExactly(Action.CREATED);
	}

	@Test
	void theChangePageSaysAPITokensKeepWorkingAndTheyDoUnlessTheBoxIsTicked() throws Exception {
		String sam = staff();
		String till = apiTokens.issue(sam).token();

		String page = mvc.perform(get("/account/password").session(signIn(sam, MANAGERS)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("keep working after the change unless you revoke them", "Also revoke my API tokens",
				"href=\"/account/tokens\"");
		assertThat(Markup.attribute(Markup.openingTag(page, "revokeTokens1"), "checked")).isNull();

		mvc.perform(post("/account/password").session(signIn(sam, MANAGERS)).with(csrf())
			.param("currentPassword", MANAGERS)
			.param("newPassword", OWN)
			.param("confirmPassword", OWN)).andExpect(redirectedUrl("/login?passwordChanged"));

		mvc.perform(get("/api/v1/tokens/current").header("Authorization", "Bearer " + till)).andExpect(status().isOk());
		assertThat(apiTokens.tokensOf(sam)).extracting(ApiTokenSummary::status).containsExactly(ApiTokenStatus.ACTIVE);
		assertThat(accounts.history(sam)).extracting(StaffAccountEvent::action)
			.containsExactly(Action.PASSWORD_CHANGED, Action.CREATED);
	}

	@Test
	void tickingTheBoxRevokesEveryAPITokenWithTheChangeAndTheAccountHistorySaysSo() throws Exception {
		String sam = staff();
		String till = apiTokens.issue(sam).token();
		String webShop = apiTokens.issue(sam).token();
		MockHttpSession session = signIn(sam, MANAGERS);

		String refused = mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", MANAGERS)
			.param("newPassword", OWN)
			.param("confirmPassword", "not the same words")
			.param("revokeTokens", "true"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword",
					"password.confirm.different"))
			.andReturn().getResponse().getContentAsString();
		assertThat(Markup.attribute(Markup.openingTag(refused, "revokeTokens1"), "checked")).isNotNull();
		mvc.perform(get("/api/v1/tokens/current").header("Authorization", "Bearer " + till)).andExpect(status().isOk());

		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", MANAGERS)
			.param("newPassword", OWN)
			.param("confirmPassword", OWN)
			.param("revokeTokens", "true")).andExpect(redirectedUrl("/login?passwordChanged"));

		for (String token : List.of(till, webShop)) {
			mvc.perform(get("/api/v1/tokens/current").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized());
		}
		assertThat(apiTokens.tokensOf(sam)).allSatisfy(token -> {
			assertThat(token.status()).isEqualTo(ApiTokenStatus.REVOKED);
			assertThat(token.revokedAt()).isNotNull();
		});
		assertThat(accounts.history(sam)).extracting(StaffAccountEvent::action, StaffAccountEvent::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Action.API_TOKENS_REVOKED, sam),
					org.assertj.core.groups.Tuple.tuple(Action.PASSWORD_CHANGED, sam),
					org.assertj.core.groups.Tuple.tuple(Action.CREATED, StaffAccounts.SYSTEM));
		mvc.perform(get("/admin/users/" + sam).session(signIn(manager(), MANAGERS)))
			.andExpect(content().string(containsString("All API tokens revoked by their owner, with a password change")));
		signIn(sam, OWN);
	}

	@Test
	void wrongCurrentPasswordsCountAsFailedSignInsSoAnOpenSessionCannotBeUsedToGuess() throws Exception {
		String sam = staff();
		MockHttpSession session = signIn(sam, MANAGERS);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", "guess number " + i)
				.param("newPassword", OWN)
				.param("confirmPassword", OWN))
				.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
						"password.current.wrong"));
		}

		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", MANAGERS)
			.param("newPassword", OWN)
			.param("confirmPassword", OWN))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.locked"));
		mvc.perform(formLogin("/login").user(sam).password(MANAGERS)).andExpect(redirectedUrl("/login?locked=15"));
		assertThat(accounts.history(sam)).extracting(StaffAccountEvent::action).containsExactly(Action.CREATED);
	}

	@Test
	void aManagerSetsANewPasswordForSomeoneWhoForgotTheirsWhoIsSignedOutAndMustChooseTheirOwn() throws Exception {
		String mo = manager();
		String sam = staff();
		MockHttpSession samsSession = signIn(sam, MANAGERS);
		String token = apiTokens.issue(sam).token();
		mvc.perform(get("/api/v1/tokens/current").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + sam + "/password").session(signIn(mo, MANAGERS)).with(csrf())
			.param("password", CHOSEN))
			.andExpect(redirectedUrl("/admin/users/" + sam));

		mvc.perform(get("/cases").session(samsSession)).andExpect(redirectedUrl("/login?changed"));
		mvc.perform(get("/api/v1/tokens/current").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user(sam).password(MANAGERS)).andExpect(redirectedUrl("/login?error"));
		MockHttpSession session = signIn(sam, CHOSEN);
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/account/password"));
		assertThat(accounts.history(sam)).extracting(StaffAccountEvent::action, StaffAccountEvent::actor)
			.startsWith(org.assertj.core.groups.Tuple.tuple(Action.PASSWORD_SET, mo));
	}

	@Test
	void aManagerSettingAPasswordIsRefusedBesideTheFieldForTheirOwnOrABadOne() throws Exception {
		String mo = manager();
		String sam = staff();
		MockHttpSession session = signIn(mo, MANAGERS);

		mvc.perform(post("/admin/users/" + sam + "/password").session(session).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("setPassword", "password", "Size"));
		mvc.perform(post("/admin/users/" + mo + "/password").session(session).with(csrf()).param("password", CHOSEN))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("setPassword", "password", "users.password.self"));

		signIn(sam, MANAGERS);
		signIn(mo, MANAGERS);
	}

	private String manager() {
		String username = "pw-mo-" + USERS.incrementAndGet();
		accounts.create(username, "Mo Manager", null, MANAGERS, Role.MANAGER);
		return username;
	}

	private String staff() {
		String username = "pw-sam-" + USERS.incrementAndGet();
		accounts.create(username, "Sam Staff", null, MANAGERS, Role.STAFF);
		return username;
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
