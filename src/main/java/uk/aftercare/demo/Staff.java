package uk.aftercare.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The people generated cases are assigned to: every enabled front-line account, plus generated ones up to a shop's
 * worth; and the supervisors and managers who decide approvals, with a generated one of each when there is none.
 * Generated accounts have no usable password (the hash matches nothing), so nobody can sign in as them.
 */
final class Staff {

	static final int FRONT_LINE = 24;

	/** Not a BCrypt hash: no password matches it. */
	private static final String NO_PASSWORD = "!generated-account-no-sign-in";

	private Staff() {
	}

	/** Usernames to assign cases to, creating generated front-line accounts when there are fewer than a shop's worth. */
	static List<String> ensure(Connection connection) throws SQLException {
		List<String> existing = frontLine(connection);
		if (existing.size() < FRONT_LINE) {
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into staff_user (username, display_name, email, password_hash, role, enabled, created_at,
					  version) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (int n = 1; n <= FRONT_LINE - existing.size(); n++) {
					String username = "gen.staff%02d".formatted(n);
					if (exists(connection, username)) {
						continue;
					}
					insert.setString(1, username);
					insert.setString(2, VolumeTexts.FIRST_NAMES[n * 5 % VolumeTexts.FIRST_NAMES.length] + " "
							+ VolumeTexts.LAST_NAMES[n * 3 % VolumeTexts.LAST_NAMES.length] + " (generated)");
					insert.setString(3, username + "@aftercare.example");
					insert.setString(4, NO_PASSWORD);
					insert.setString(5, "STAFF");
					insert.setBoolean(6, true);
					insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
					insert.setLong(8, 0);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			existing = frontLine(connection);
		}
		return existing;
	}

	/**
	 * Who decides approvals: every enabled supervisor and manager, in the order the staff directory lists them, with
	 * their display names.
	 */
	record Seniors(List<String> supervisors, List<String> managers, Map<String, String> displayNames) {

		/** A decider as the application names them in what it writes (StaffNames): by display name. */
		String named(String username) {
			return displayNames.getOrDefault(username, username);
		}

		/** The supervisor the application gives a call-back to (FollowUpService.scheduleForSupervisor). */
		String firstSupervisor() {
			return supervisors.get(0);
		}

		String supervisor(SplittableRandom random) {
			return supervisors.get(random.nextInt(supervisors.size()));
		}

		String manager(SplittableRandom random) {
			return managers.get(random.nextInt(managers.size()));
		}

	}

	/** The enabled supervisors and managers, creating a generated one of each when there is none. */
	static Seniors seniors(Connection connection) throws SQLException {
		for (String role : new String[] { "SUPERVISOR", "MANAGER" }) {
			if (usernames(connection, role).isEmpty()) {
				String username = "gen." + role.toLowerCase(java.util.Locale.ROOT) + "01";
				if (exists(connection, username)) {
					throw new IllegalStateException(username + " exists but is disabled or has another role; "
							+ "enable a " + role.toLowerCase(java.util.Locale.ROOT) + " to generate volume.");
				}
				try (PreparedStatement insert = connection.prepareStatement("""
						insert into staff_user (username, display_name, email, password_hash, role, enabled, created_at,
						  version) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
					insert.setString(1, username);
					insert.setString(2, (role.equals("MANAGER") ? "Grace Holloway" : "Victor Chen") + " (generated)");
					insert.setString(3, username + "@aftercare.example");
					insert.setString(4, NO_PASSWORD);
					insert.setString(5, role);
					insert.setBoolean(6, true);
					insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
					insert.setLong(8, 0);
					insert.executeUpdate();
				}
			}
		}
		Map<String, String> displayNames = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
				"select username, display_name from staff_user where role in ('SUPERVISOR', 'MANAGER')")) {
			while (rs.next()) {
				displayNames.put(rs.getString(1), rs.getString(2));
			}
		}
		return new Seniors(usernames(connection, "SUPERVISOR"), usernames(connection, "MANAGER"), displayNames);
	}

	private static List<String> frontLine(Connection connection) throws SQLException {
		List<String> usernames = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement
			.executeQuery("select username from staff_user where enabled = true and role = 'STAFF' order by username")) {
			while (rs.next()) {
				usernames.add(rs.getString(1));
			}
		}
		return usernames;
	}

	/** Enabled accounts with the role, ordered as StaffDirectory.activeStaff orders them (by display name). */
	private static List<String> usernames(Connection connection, String role) throws SQLException {
		List<String> usernames = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"select username from staff_user where enabled = true and role = ? order by display_name")) {
			query.setString(1, role);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					usernames.add(rs.getString(1));
				}
			}
		}
		return usernames;
	}

	private static boolean exists(Connection connection, String username) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select count(*) from staff_user where username = ?")) {
			query.setString(1, username);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1) > 0;
			}
		}
	}

}
