package uk.aftercare.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in. In the demo set-up: the users staff, supervisor and manager with the password
 * "demo" (and a loud warning). In production: the first manager from the environment, once, when there are no users.
 */
@Component
@Order(0)
class StaffSetUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StaffSetUp.class);

	static final String DEMO_PASSWORD = "demo";

	private final StaffAccounts accounts;

	/** What NewUserForm accepts as a username. */
	private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._-]{3,60}");

	private final boolean demo;

	private final String adminUsername;

	private final String adminPassword;

	StaffSetUp(StaffAccounts accounts, @Value("${aftercare.demo:false}") boolean demo,
			@Value("${aftercare.admin.username:${AFTERCARE_ADMIN_USERNAME:}}") String adminUsername,
			@Value("${aftercare.admin.password:${AFTERCARE_ADMIN_PASSWORD:}}") String adminPassword) {
		this.accounts = accounts;
		this.demo = demo;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo) {
			createDemoUser("staff", "Sam Staff", Role.STAFF);
			createDemoUser("staff2", "Priya Patel", Role.STAFF);
			createDemoUser("supervisor", "Sue Pervisor", Role.SUPERVISOR);
			createDemoUser("manager", "Mo Manager", Role.MANAGER);
			log.warn("DEMO USERS ARE ENABLED: staff, supervisor and manager can sign in with the password '{}'. "
					+ "Never run the demo set-up with real customer data (set aftercare.demo=false).", DEMO_PASSWORD);
		}
		else if (accounts.count() == 0) {
			if (adminUsername.isBlank() || adminPassword.length() < 12) {
				log.error("No users exist and no first manager is configured: set AFTERCARE_ADMIN_USERNAME and "
						+ "AFTERCARE_ADMIN_PASSWORD (at least 12 characters) and restart.");
				return;
			}
			// The same rules as a manager adding someone: a username anyone can type (and the sign-in lock counts
			// exactly, see SignInGuard), a password not easily guessed (PasswordRules).
			// Read as the sign-in page reads what is typed: spaces around it dropped, capitals as small letters.
			String username = adminUsername.strip().toLowerCase(java.util.Locale.ROOT);
			if (!USERNAME.matcher(username).matches()) {
				log.error("AFTERCARE_ADMIN_USERNAME must be 3 to 60 lower-case letters, digits, dots, hyphens or "
						+ "underscores; no first manager was created. Correct it and restart.");
				return;
			}
			var weak = PasswordRules.problem(username, null, adminPassword);
			if (weak.isPresent()) {
				log.error("AFTERCARE_ADMIN_PASSWORD is refused ({}): choose another, of at least 12 characters, not "
						+ "the username, and hard to guess (a few unrelated words together work well); no first "
						+ "manager was created.", weak.get());
				return;
			}
			accounts.create(username, username, null, adminPassword, Role.MANAGER);
			log.info("Created the first manager '{}' from the environment.", username);
		}
	}

	private void createDemoUser(String username, String displayName, Role role) {
		if (!accounts.exists(username)) {
			accounts.create(username, displayName, username + "@aftercare.example", DEMO_PASSWORD, role);
		}
	}

}
