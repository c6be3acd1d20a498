package uk.aftercare.staff;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.aftercare.shared.JdbcRows;

/**
 * Keeps what was done to each staff account (added, role changed, disabled, enabled, sign-in lock lifted, password
 * set or changed, API tokens revoked by their owner), by whom and when, in {@code staff_account_event}, and logs it:
 * who made someone a manager, or disabled them, can always be told. Written in the transaction of the change it
 * records, so a change that is rolled back leaves no entry.
 */
@Component
class StaffAccountHistory {

	private static final Logger log = LoggerFactory.getLogger(StaffAccountHistory.class);

	/** The most entries a user's page shows, newest first. */
	static final int SHOWN = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffAccountHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String username, StaffAccountEvent.Action action, Role role, Role previousRole, String actor) {
		jdbc.sql("""
				insert into staff_account_event (username, action, role, previous_role, actor, happened_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(username, action.name(), role == null ? null : role.name(),
					previousRole == null ? null : previousRole.name(), actor, JdbcRows.utc(clock.instant()))
			.update();
		log.info("Staff account '{}': {}{}{} by '{}'", username, action,
				previousRole == null ? "" : " from " + previousRole,
				role == null ? "" : (previousRole == null ? " as " : " to ") + role, actor);
	}

	List<StaffAccountEvent> of(String username) {
		return jdbc.sql("""
				select action, role, previous_role, actor, happened_at from staff_account_event
				where username = ? order by happened_at desc, id desc fetch first %d rows only""".formatted(SHOWN))
			.param(username)
			.query((rs, row) -> new StaffAccountEvent(StaffAccountEvent.Action.valueOf(rs.getString(1)),
					rs.getString(2) == null ? null : Role.valueOf(rs.getString(2)),
					rs.getString(3) == null ? null : Role.valueOf(rs.getString(3)), rs.getString(4),
					JdbcRows.instant(rs, "happened_at")))
			.list();
	}

}
