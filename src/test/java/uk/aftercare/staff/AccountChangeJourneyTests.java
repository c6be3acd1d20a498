package uk.aftercare.staff;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What happens to people who are signed in while a manager changes their account, through real sessions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class AccountChangeJourneyTests {

	private static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger USERS = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Test
	void aDisabledManagersOpenSessionIsSentToSignInAndCanChangeNothing() throws Exception {
		String manager = newUser(Role.MANAGER);
		String other = newUser(Role.MANAGER);
		String staff = newUser(Role.STAFF);
		MockHttpSession session = signIn(other);
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + other + "/disable").session(signIn(manager)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login?changed"));
		mvc.perform(post("/admin/users/" + staff + "/role").session(session).with(csrf()).param("role", "MANAGER"))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.get(staff).role()).isEqualTo(Role.STAFF);
	}

	@Test
	void aDemotedSupervisorsOpenSessionLosesTheApprovalsQueue() throws Exception {
		String manager = newUser(Role.MANAGER);
		String supervisor = newUser(Role.SUPERVISOR);
		MockHttpSession session = signIn(supervisor);
		mvc.perform(get("/approvals").session(session)).andExpect(status().isOk());

		accounts.changeRole(supervisor, Role.STAFF, manager);

		mvc.perform(get("/approvals").session(session)).andExpect(redirectedUrl("/login?changed"));
		mvc.perform(get("/approvals").session(signIn(supervisor))).andExpect(status().isForbidden());
	}

	@Test
	void theSignInPageSaysWhyTheSessionEnded() throws Exception {
		mvc.perform(get("/login").param("changed", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account was changed by a manager")));
	}

	@Test
	void otherPeoplesSessionsCarryOn() throws Exception {
		String manager = newUser(Role.MANAGER);
		String staff = newUser(Role.STAFF);
		String bystander = newUser(Role.STAFF);
		MockHttpSession session = signIn(bystander);

		accounts.disable(staff, manager);

		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
	}

	@Test
	void aFailedSignInKeepsTheUsernameTypedButNotThePassword() throws Exception {
		String staff = newUser(Role.STAFF);

		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user(staff).password("not the password"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getRequest()
			.getSession(false);

		mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + staff + "\"")))
			.andExpect(content().string(containsString("Wrong username or password")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("not the password"))));
		mvc.perform(get("/login").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"" + staff + "\""))));
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private String newUser(Role role) {
		String username = "changed-" + USERS.incrementAndGet();
		accounts.create(username, "Test " + username, null, PASSWORD, role);
		return username;
	}

}
