package uk.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.staff.StaffAccountEvent.Action;

/**
 * What managers do to a staff account is kept in its history, with who did it, through the real pages and database:
 * added, role changed, disabled, enabled; a change refused leaves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class StaffAccountHistoryJourneyTests {

	private static final AtomicInteger USERS = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Test
	void aManagersChangesToAnAccountAreListedOnItsPageNewestFirstWithWhoMadeThem() throws Exception {
		String mo = "history-mo-" + USERS.incrementAndGet();
		accounts.create(mo, "Mo Manager", null, "correct horse battery", Role.MANAGER);
		String sam = "history-sam-" + USERS.incrementAndGet();

		mvc.perform(post("/admin/users").with(user(mo).roles("MANAGER")).with(csrf())
			.param("username", sam)
			.param("displayName", "Sam Staff")
			.param("password", "correct horse battery")
			.param("role", "STAFF")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/users/" + sam + "/role").with(user(mo).roles("MANAGER")).with(csrf())
			.param("role", "SUPERVISOR")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/users/" + sam + "/disable").with(user(mo).roles("MANAGER")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/users/" + sam + "/enable").with(user(mo).roles("MANAGER")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(accounts.history(sam)).extracting(StaffAccountEvent::action, StaffAccountEvent::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Action.ENABLED, mo),
					org.assertj.core.groups.Tuple.tuple(Action.DISABLED, mo),
					org.assertj.core.groups.Tuple.tuple(Action.ROLE_CHANGED, mo),
					org.assertj.core.groups.Tuple.tuple(Action.CREATED, mo));
		assertThat(accounts.history(sam).get(2)).extracting(StaffAccountEvent::previousRole, StaffAccountEvent::role)
			.containsExactly(Role.STAFF, Role.SUPERVISOR);
		assertThat(accounts.history(mo)).singleElement()
			.extracting(StaffAccountEvent::action, StaffAccountEvent::role, StaffAccountEvent::actor)
			.containsExactly(Action.CREATED, Role.MANAGER, StaffAccounts.SYSTEM);

		String page = mvc.perform(get("/admin/users/" + sam).with(user(mo).roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(page)).containsExactly("Enabled: can sign in again " + mo,
				"Disabled: signed out, API tokens revoked " + mo, "Role changed from Staff to Supervisor " + mo,
				"Added as Staff " + mo);
	}

	@Test
	void aChangeRefusedLeavesNothingInTheHistory() {
		String mo = "history-mo-" + USERS.incrementAndGet();
		accounts.create(mo, "Mo Manager", null, "correct horse battery", Role.MANAGER);

		assertThatExceptionOfType(SelfLockoutException.class).isThrownBy(() -> accounts.disable(mo, mo));
		assertThatExceptionOfType(SelfLockoutException.class)
			.isThrownBy(() -> accounts.changeRole(mo, Role.STAFF, mo));
		assertThat(accounts.enable(mo, "someone")).isFalse();

		assertThat(accounts.history(mo)).extracting(StaffAccountEvent::action).containsExactly(Action.CREATED);
	}

	/** The history table's rows, each as "what by", its cells' text without the time. */
	private static java.util.List<String> rows(String page) {
		Matcher table = Pattern.compile("<table[^>]*id=\"account-history\".*?<tbody>(.*?)</tbody>", Pattern.DOTALL)
			.matcher(page);
		assertThat(table.find()).as("the account history table").isTrue();
		java.util.List<String> rows = new java.util.ArrayList<>();
		Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(1));
		while (row.find()) {
			Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
			java.util.List<String> cells = new java.util.ArrayList<>();
			while (cell.find()) {
				cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
			}
			rows.add(String.join(" ", cells.subList(1, cells.size())));
		}
		return rows;
	}

}
