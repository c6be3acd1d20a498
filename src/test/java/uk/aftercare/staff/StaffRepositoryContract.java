package uk.aftercare.staff;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff queries with hand-written SQL, against H2 and a real PostgreSQL by the two subclasses. */
@org.springframework.transaction.annotation.Transactional
abstract class StaffRepositoryContract {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	StaffUserRepository users;

	private StaffUser save(String username, Role role, boolean enabled) {
		StaffUser user = new StaffUser(username, username, null, "{bcrypt}x", role, NOW);
		if (!enabled) {
			user.disable();
		}
		return users.saveAndFlush(user);
	}

	@Test
	void countsOnlyTheEnabledManagers() {
		save("mo", Role.MANAGER, true);
		save("mia", Role.MANAGER, false);
		save("sue", Role.SUPERVISOR, true);

		assertThat(users.countEnabledManagers()).isEqualTo(1);
	}

	@Test
	void locksTheRowOfEveryManagerEnabledOrNot() {
		StaffUser mo = save("mo", Role.MANAGER, true);
		StaffUser mia = save("mia", Role.MANAGER, false);
		save("sam", Role.STAFF, true);

		assertThat(users.lockManagerRows()).containsExactly(mo.getId(), mia.getId());
	}

}
