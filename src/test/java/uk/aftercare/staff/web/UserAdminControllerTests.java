package uk.aftercare.staff.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.staff.LastManagerException;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.SelfLockoutException;
import uk.aftercare.staff.SignInLocks;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffMember;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(UserAdminController.class)
@WebTestSupport
class UserAdminControllerTests {

	private static final StaffMember MO = new StaffMember("mo", "Mo Manager", "mo@aftercare.example", Role.MANAGER,
			true);

	private static final StaffMember MIA = new StaffMember("mia", "Mia Manager", null, Role.MANAGER, true);

	private static final StaffMember SAM = new StaffMember("sam", "Sam Staff", null, Role.STAFF, true);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private StaffAccounts accounts;

	@MockitoBean
	private SignInLocks locks;

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void staffMemberIsForbiddenFromUserAdministration() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/sam/role").with(csrf()).param("role", "MANAGER"))
			.andExpect(status().isForbidden());
		verify(accounts, never()).changeRole(anyString(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void supervisorIsForbiddenFromUserAdministration() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void marksTheFieldsThatMustBeFilledInOnScreenAndForScreenReaders() throws Exception {
		String page = mvc.perform(get("/admin/users/new")).andReturn().getResponse().getContentAsString();

		assertThat(box(page, "username")).contains("aria-required=\"true\"");
		assertThat(box(page, "displayName")).contains("aria-required=\"true\"");
		assertThat(box(page, "email")).doesNotContain("aria-required");
		assertThat(Markup.label(page, "username")).contains("(required)").contains("aria-hidden=\"true\"");
		assertThat(Markup.label(page, "displayName")).contains("(required)");
		assertThat(Markup.label(page, "email")).doesNotContain("(required)");
	}

	private static String box(String page, String id) {
		java.util.regex.Matcher box = java.util.regex.Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
		assertThat(box.find()).as("a box with id " + id).isTrue();
		return box.group();
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void managerSeesEveryUserWithRoleAndStatus() throws Exception {
		when(accounts.all()).thenReturn(List.of(MO, new StaffMember("sam", "Sam Staff", null, Role.STAFF, false)));

		mvc.perform(get("/admin/users"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/user-list"))
			.andExpect(content().string(allOf(containsString("Mo Manager"), containsString("mo@aftercare.example"),
					containsString("Sam Staff"), containsString("Manager"), containsString("Disabled"))));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void invalidNewUserShowsEveryErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.param("username", "Sam Smith")
			.param("displayName", "")
			.param("email", "sam-at-example")
			.param("role", "SUPERVISOR")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/user-new"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "username", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "displayName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "email", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "password", "Size"))
			.andExpect(content().string(allOf(containsString("value=\"Sam Smith\""),
					containsString("value=\"sam-at-example\""), containsString("Use only letters a to z"),
					containsString("Enter the person’s name"), containsString("Use at least 12 characters"),
					containsString("Enter an email address like name@example.co.uk"),
					containsString("<option value=\"SUPERVISOR\" selected=\"selected\">"),
					containsString("is-invalid"))))
			.andExpect(content().string(not(containsString("value=\"short\""))))
			.andExpect(content().string(not(containsString("type=\"checkbox\""))));
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void invalidNewUserSumsUpEveryErrorAtTheTopAsALinkToItsFieldInTheOrderOfTheForm() throws Exception {
		String html = mvc.perform(post("/admin/users").with(csrf())
			.param("username", "Sam Smith")
			.param("displayName", "")
			.param("email", "sam-at-example")
			.param("role", "SUPERVISOR")
			.param("password", "short")).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).containsExactly(
				Markup.SummaryLine.linked("Use only letters a to z, digits, dots (.), hyphens (-) and underscores (_)",
						"username"),
				Markup.SummaryLine.linked("Enter the person\u2019s name", "displayName"),
				Markup.SummaryLine.linked("Enter an email address like name@example.co.uk", "email"),
				Markup.SummaryLine.linked("Use at least 12 characters", "password"));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void aNameTooLongIsNamedInItsOwnSentenceAndKeptAsTyped() throws Exception {
		String name = "N".repeat(121);
		String html = mvc.perform(post("/admin/users").with(csrf())
			.param("username", "sam")
			.param("displayName", name)
			.param("email", "")
			.param("role", "STAFF")
			.param("password", "twelve chars or more")).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).containsExactly(
				Markup.SummaryLine.linked("The name is too long: shorten it to at most 120 characters.", "displayName"));
		assertThat(html).contains("value=\"" + name + "\"");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void emptyNewUserFormAsksForEachRequiredFieldOnce() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.param("username", "  ")
			.param("displayName", "")
			.param("email", "")
			.param("role", "STAFF")
			.param("password", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("newUser", 3))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "username", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "password", "NotBlank"));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void duplicateUsernameIsReportedNextToTheField() throws Exception {
		when(accounts.exists("sam")).thenReturn(true);

		mvc.perform(newUser("sam"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/user-new"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "username", "users.username.taken"))
			.andExpect(content().string(containsString("This username is already taken")));
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void usernameTakenAtTheLastMomentIsReportedNextToTheField() throws Exception {
		when(accounts.create(anyString(), anyString(), any(), anyString(), any(), anyString()))
			.thenThrow(new ConflictException("taken"));

		mvc.perform(newUser("sam"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "username", "users.username.taken"));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void passwordLongerThanBcryptAcceptsIsRefused() throws Exception {
		mvc.perform(newUser("sam", "STAFF", "é".repeat(37)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "password", "users.password.tooLong"));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void unknownRoleIsAFieldErrorNotAServerError() throws Exception {
		mvc.perform(newUser("sam", "OWNER", "twelve chars or more"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/user-new"))
			.andExpect(model().attributeHasFieldErrors("newUser", "role"));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void newUserIsCreatedAndTheListSaysSo() throws Exception {
		mvc.perform(newUser(" sam.smith "))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "User sam.smith added."));
		verify(accounts).create("sam.smith", "Sam Smith", null, "twelve chars or more", Role.STAFF, "mo");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void aUsernameTypedWithCapitalsIsAddedInLowerCase() throws Exception {
		mvc.perform(newUser("JSmith"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "User jsmith added."));
		verify(accounts).exists("jsmith");
		verify(accounts).create("jsmith", "Sam Smith", null, "twelve chars or more", Role.STAFF, "mo");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void aUsernameTypedWithCapitalsIsRefusedAsTakenWhenItsLowerCaseIsAndKeepsWhatWasTyped() throws Exception {
		when(accounts.exists("jsmith")).thenReturn(true);

		mvc.perform(newUser("JSmith"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "username", "users.username.taken"))
			.andExpect(content().string(containsString("value=\"JSmith\"")));
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void addingAUserWithoutCsrfTokenIsForbidden() throws Exception {
		mvc.perform(post("/admin/users").param("username", "sam")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void managerChangesSomebodysRole() throws Exception {
		mvc.perform(post("/admin/users/sam/role").with(csrf()).param("role", "SUPERVISOR"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "sam is now Supervisor."));
		verify(accounts).changeRole("sam", Role.SUPERVISOR, "mo");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void managerCannotLowerTheirOwnRole() throws Exception {
		when(accounts.get("mo")).thenReturn(MO);
		doThrow(new SelfLockoutException("no")).when(accounts).changeRole("mo", Role.STAFF, "mo");

		mvc.perform(post("/admin/users/mo/role").with(csrf()).param("role", "STAFF"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/user-page"))
			.andExpect(model().attributeHasFieldErrorCode("roleForm", "role", "users.role.ownRole"))
			.andExpect(content().string(allOf(containsString("You cannot lower your own role"),
					containsString("<option value=\"STAFF\" selected=\"selected\">"))));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void managerCannotDisableTheirOwnAccount() throws Exception {
		doThrow(new SelfLockoutException("no")).when(accounts).disable("mo", "mo");

		mvc.perform(post("/admin/users/mo/disable").with(csrf()))
			.andExpect(redirectedUrl("/admin/users/mo"))
			.andExpect(flash().attribute("disableError", "You cannot disable your own account; ask another manager."));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void theLastActiveManagerCannotBeDisabledAndThePageSaysSoBesideTheButton() throws Exception {
		doThrow(new LastManagerException("last")).when(accounts).disable("mia", "mo");
		when(accounts.get("mia")).thenReturn(MIA);

		String refusal = (String) mvc.perform(post("/admin/users/mia/disable").with(csrf()))
			.andExpect(redirectedUrl("/admin/users/mia"))
			.andReturn()
			.getFlashMap()
			.get("disableError");

		assertThat(refusal).startsWith("This is the last active manager");
		mvc.perform(get("/admin/users/mia").flashAttr("disableError", refusal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<div id=\"disable-error\" class=\"text-danger mt-2\" role=\"alert\">This is the last active manager")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void theLastActiveManagerCannotBeDemoted() throws Exception {
		when(accounts.get("mia")).thenReturn(MIA);
		doThrow(new LastManagerException("last")).when(accounts).changeRole("mia", Role.SUPERVISOR, "mo");

		mvc.perform(post("/admin/users/mia/role").with(csrf()).param("role", "SUPERVISOR"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/user-page"))
			.andExpect(model().attributeHasFieldErrorCode("roleForm", "role", "users.role.lastManager"))
			.andExpect(content().string(containsString("This is the last active manager")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void aRoleChangeKeptWaitingByAnotherManagerIsRefusedBesideTheRoleKeepingTheChoice() throws Exception {
		when(accounts.get("sam")).thenReturn(SAM);
		// What H2 raises, through Hibernate, when its lock timeout passes while another change holds the manager rows.
		doThrow(new CannotAcquireLockException("Timeout trying to lock table")).when(accounts)
			.changeRole("sam", Role.SUPERVISOR, "mo");

		mvc.perform(post("/admin/users/sam/role").with(csrf()).param("role", "SUPERVISOR"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/user-page"))
			.andExpect(model().attributeHasFieldErrorCode("roleForm", "role", "users.busy"))
			.andExpect(content().string(allOf(containsString(
					"Another manager is changing staff accounts right now. Nothing was saved: try again."),
					containsString("<option value=\"SUPERVISOR\" selected=\"selected\">"))));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void disablingKeptWaitingByAnotherManagerIsRefusedBesideTheButton() throws Exception {
		doThrow(new CannotAcquireLockException("Timeout trying to lock table")).when(accounts).disable("sam", "mo");

		mvc.perform(post("/admin/users/sam/disable").with(csrf()))
			.andExpect(redirectedUrl("/admin/users/sam"))
			.andExpect(flash().attribute("disableError",
					"Another manager is changing staff accounts right now. Nothing was saved: try again."));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void enablingKeptWaitingByAnotherManagerIsRefusedBesideTheButton() throws Exception {
		doThrow(new CannotAcquireLockException("Timeout trying to lock table")).when(accounts).enable("mia", "mo");
		when(accounts.get("mia")).thenReturn(new StaffMember("mia", "Mia Manager", null, Role.MANAGER, false));

		String refusal = (String) mvc.perform(post("/admin/users/mia/enable").with(csrf()))
			.andExpect(redirectedUrl("/admin/users/mia"))
			.andReturn()
			.getFlashMap()
			.get("enableError");

		mvc.perform(get("/admin/users/mia").flashAttr("enableError", refusal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div id=\"enable-error\" class=\"text-danger mt-2\" role=\"alert\">"
					+ "Another manager is changing staff accounts right now. Nothing was saved: try again.</div>")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void managerDisablesSomebodyElse() throws Exception {
		mvc.perform(post("/admin/users/sam/disable").with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", containsString("sam is disabled")));
		verify(accounts).disable("sam", "mo");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void managerEnablesSomebodyAgain() throws Exception {
		when(accounts.enable("sam", "mo")).thenReturn(true);

		mvc.perform(post("/admin/users/sam/enable").with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "sam can sign in again."));
		verify(accounts).enable("sam", "mo");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void enablingSomebodyAlreadyActiveSaysSo() throws Exception {
		when(accounts.enable("sam", "mo")).thenReturn(false);

		mvc.perform(post("/admin/users/sam/enable").with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("warning", "sam was already active; nothing changed."))
			.andExpect(flash().attributeCount(1));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void twoRolesForANewUserAreRefusedNotNarrowedToTheFirst() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.param("username", "sam")
			.param("displayName", "Sam Smith")
			.param("role", "STAFF", "MANAGER")
			.param("password", "twelve chars or more"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/user-new"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "role", "typeMismatch"))
			.andExpect(content().string(containsString("Choose one role from the list")));
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void twoRolesInARoleChangeAreRefused() throws Exception {
		when(accounts.get("sam")).thenReturn(SAM);

		mvc.perform(post("/admin/users/sam/role").with(csrf()).param("role", "STAFF", "MANAGER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("roleForm", "role", "typeMismatch"))
			.andExpect(content().string(containsString("Choose one role from the list")));
		verify(accounts, never()).changeRole(anyString(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void passwordsEasyToGuessAreRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
		for (String password : List.of("abcdefghijkl", "Password1234", "aaaaaaaaaaaa", "123456789012", "qwerty123456",
				"Password2026", "Summer2026!!", "Manchester2026")) {
			String html = mvc.perform(newUser("sam.smith", "STAFF", password))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("newUser", "password", "users.password.common"))
				.andReturn().getResponse().getContentAsString();
			assertThat(Markup.errorSummary(html)).containsExactly(Markup.SummaryLine.linked(
					"Too easy to guess: avoid common words, names, dates and patterns. A few unrelated words together "
							+ "work well.", "password"));
			assertThat(html).contains("value=\"sam.smith\"", "value=\"Sam Smith\"");
		}
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void thePersonsOwnNameWithAYearIsRefusedAsTooEasyToGuess() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.param("username", "sue")
			.param("displayName", "Sue Supervisor")
			.param("email", "sue@shop.example")
			.param("role", "SUPERVISOR")
			.param("password", "Sue Supervisor 2026"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "password", "users.password.common"))
			.andExpect(content().string(containsString("value=\"sue@shop.example\"")));
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void aPassphraseOfUnrelatedWordsIsAccepted() throws Exception {
		mvc.perform(newUser("sam.smith", "STAFF", "violet kettle harbour jam"))
			.andExpect(redirectedUrl("/admin/users"));
		verify(accounts).create("sam.smith", "Sam Smith", null, "violet kettle harbour jam", Role.STAFF, "mo");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void aPasswordSetForSomeoneIsRefusedWhenEasyToGuessFromTheirName() throws Exception {
		when(accounts.get("sam")).thenReturn(SAM);

		mvc.perform(post("/admin/users/sam/password").with(csrf()).param("password", "SamStaff2026!"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("setPassword", "password", "users.password.common"))
			.andExpect(content().string(containsString("Too easy to guess")));
		verify(accounts, never()).setPassword(anyString(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void theUsernameIsRefusedAsThePassword() throws Exception {
		mvc.perform(newUser("samuel.smith", "STAFF", "Samuel.Smith"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "password", "users.password.username"));
		verify(accounts, never()).create(anyString(), anyString(), any(), anyString(), any(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void userPageOffersRoleChangeAndDisabling() throws Exception {
		when(accounts.get("sam")).thenReturn(SAM);

		mvc.perform(get("/admin/users/sam"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sam Staff"), containsString("id=\"disable-form\""),
					containsString("<option value=\"STAFF\" selected=\"selected\">"))));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void unknownUserIsNotFound() throws Exception {
		when(accounts.get("nobody")).thenThrow(new NotFoundException("No member of staff called 'nobody'."));

		mvc.perform(get("/admin/users/nobody")).andExpect(status().isNotFound());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newUser(
			String username) {
		return newUser(username, "STAFF", "twelve chars or more");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newUser(
			String username, String role, String password) {
		return post("/admin/users").with(csrf())
			.param("username", username)
			.param("displayName", "Sam Smith")
			.param("email", "")
			.param("role", role)
			.param("password", password);
	}

}
