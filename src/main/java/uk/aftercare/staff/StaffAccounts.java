package uk.aftercare.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.NotFoundException;

/** Creating and changing staff accounts: used by managers in the UI and by the start-up set-ups. */
@Service
@Transactional
public class StaffAccounts {

	/** Who the start-up set-ups act as in an account's history. */
	public static final String SYSTEM = "system";

	private final StaffUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ApiTokens apiTokens;

	private final StaffSessions sessions;

	private final StaffAccountHistory history;

	private final ApplicationEventPublisher events;

	StaffAccounts(StaffUserRepository users, PasswordEncoder passwordEncoder, Clock clock, ApiTokens apiTokens,
			StaffSessions sessions, StaffAccountHistory history, ApplicationEventPublisher events) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.apiTokens = apiTokens;
		this.sessions = sessions;
		this.history = history;
		this.events = events;
	}

	/** An account added by the start-up set-ups (the first manager, the demo users): its history says "system". */
	public StaffMember create(String username, String displayName, String email, String rawPassword, Role role) {
		return create(username, displayName, email, rawPassword, role, SYSTEM);
	}

	/** An account added by a manager, recorded in its history with who added it. */
	public StaffMember create(String username, String displayName, String email, String rawPassword, Role role,
			String createdBy) {
		if (users.existsByUsernameIgnoreCase(username)) {
			throw new ConflictException("The username '" + username + "' is already taken.");
		}
		// Kept lower-case, as sign-in reads a username, whoever adds the account.
		StaffUser user = new StaffUser(username.trim().toLowerCase(Locale.ROOT), displayName.trim(), email, passwordEncoder.encode(rawPassword),
				role, clock.instant());
		if (!SYSTEM.equals(createdBy)) {
			// A manager chose this password: its owner changes it at their first sign-in.
			user.requirePasswordChange();
		}
		try {
			StaffMember member = users.saveAndFlush(user).toMember();
			history.record(member.username(), StaffAccountEvent.Action.CREATED, role, null, createdBy);
			return member;
		}
		catch (DataIntegrityViolationException e) {
			// Another manager added the same username a moment ago.
			throw new ConflictException("The username '" + username + "' is already taken.");
		}
	}

	@Transactional(readOnly = true)
	public StaffMember get(String username) {
		return load(username).toMember();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return users.existsByUsernameIgnoreCase(username);
	}

	@Transactional(readOnly = true)
	public long count() {
		return users.count();
	}

	@Transactional(readOnly = true)
	public List<StaffMember> all() {
		return users.findAllByOrderByDisplayName().stream().map(StaffUser::toMember).toList();
	}

	/**
	 * Gives a member of staff another role. Managers cannot lower their own role, and the last enabled manager
	 * cannot be demoted. The person is signed out, so the new role applies from their next sign-in; their API tokens
	 * act with the new role from the next call.
	 * @throws SelfLockoutException if {@code changedBy} would demote themselves
	 * @throws LastManagerException if no enabled manager would be left
	 */
	public void changeRole(String username, Role role, String changedBy) {
		users.lockManagerRows();
		StaffUser user = load(username);
		if (user.getUsername().equalsIgnoreCase(changedBy) && role.compareTo(user.getRole()) < 0) {
			throw new SelfLockoutException("You cannot lower your own role; ask another manager.");
		}
		if (role != Role.MANAGER) {
			keepAnotherManagerThan(user);
		}
		if (role != user.getRole()) {
			Role previous = user.getRole();
			user.changeRole(role);
			sessions.endAllOf(user.getUsername());
			history.record(user.getUsername(), StaffAccountEvent.Action.ROLE_CHANGED, role, previous, changedBy);
			events.publishEvent(new StaffRoleChanged(user.getUsername(), role, previous, changedBy));
		}
	}

	/**
	 * Stops a member of staff signing in, signs them out and revokes all their API tokens; their open follow-ups pass
	 * to others ({@link StaffDisabled}). Managers cannot disable themselves, and the last enabled manager cannot be
	 * disabled.
	 * @throws SelfLockoutException if {@code disabledBy} is the user
	 * @throws LastManagerException if no enabled manager would be left
	 */
	public void disable(String username, String disabledBy) {
		users.lockManagerRows();
		StaffUser user = load(username);
		if (user.getUsername().equalsIgnoreCase(disabledBy)) {
			throw new SelfLockoutException("You cannot disable your own account; ask another manager.");
		}
		keepAnotherManagerThan(user);
		user.disable();
		apiTokens.revokeAllOf(user);
		sessions.endAllOf(user.getUsername());
		history.record(user.getUsername(), StaffAccountEvent.Action.DISABLED, null, null, disabledBy);
		events.publishEvent(new StaffDisabled(user.getUsername(), disabledBy));
	}

	/**
	 * Refuses to take away the last enabled manager. Only the self-checks stopped this before, and two managers
	 * disabling each other at the same moment passed both; the callers now hold every manager row's lock (taken
	 * before the user was read), so the count here includes whatever a concurrent change committed.
	 */
	private void keepAnotherManagerThan(StaffUser user) {
		if (user.getRole() == Role.MANAGER && user.isEnabled() && users.countEnabledManagers() <= 1) {
			throw new LastManagerException(
					"'" + user.getUsername() + "' is the last active manager; make someone else a manager first.");
		}
	}

	/**
	 * Lets a disabled member of staff sign in again (their old API tokens stay revoked).
	 * @return false if they were already active, and nothing changed
	 */
	public boolean enable(String username) {
		return enable(username, SYSTEM);
	}

	/**
	 * Lets a disabled member of staff sign in again (their old API tokens stay revoked), recorded in their history
	 * with who did it.
	 * @return false if they were already active, and nothing changed
	 */
	public boolean enable(String username, String enabledBy) {
		StaffUser user = load(username);
		if (user.isEnabled()) {
			return false;
		}
		user.enable();
		history.record(user.getUsername(), StaffAccountEvent.Action.ENABLED, null, null, enabledBy);
		return true;
	}

	/**
	 * A manager sets a new password for a member of staff who forgot theirs: they are signed out everywhere, and must
	 * change it at their next sign-in, so that the manager does not go on knowing it. Their API tokens are revoked:
	 * whoever held the old password may hold them too.
	 * Managers change their own password on their account page, like everyone else.
	 * @throws SelfLockoutException if {@code setBy} is the user
	 */
	public void setPassword(String username, String rawPassword, String setBy) {
		StaffUser user = load(username);
		if (user.getUsername().equalsIgnoreCase(setBy)) {
			throw new SelfLockoutException("Change your own password on your account page.");
		}
		user.setPassword(passwordEncoder.encode(rawPassword), true);
		// Taking the account back: whoever held its old password may also hold its tokens (a till's ones too; its
		// owner issues new ones after choosing their own password).
		apiTokens.revokeAllOf(user);
		sessions.endAllOf(user.getUsername());
		history.record(user.getUsername(), StaffAccountEvent.Action.PASSWORD_SET, null, null, setBy);
	}

	/**
	 * A member of staff changes their own password, giving the current one: every session of theirs is ended (this
	 * one too: they sign in again with the new password). Their API tokens keep working, so that a till is not cut
	 * off by a routine change, unless they ask to revoke them too (after a password they fear someone knows).
	 * @throws WrongPasswordException if {@code currentPassword} is not their password
	 */
	public void changeOwnPassword(String username, String currentPassword, String newPassword, boolean revokeTokens) {
		StaffUser user = load(username);
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		user.setPassword(passwordEncoder.encode(newPassword), false);
		sessions.endAllOf(user.getUsername());
		history.record(user.getUsername(), StaffAccountEvent.Action.PASSWORD_CHANGED, null, null, user.getUsername());
		if (revokeTokens && apiTokens.revokeAllOf(user) > 0) {
			history.record(user.getUsername(), StaffAccountEvent.Action.API_TOKENS_REVOKED, null, null,
					user.getUsername());
		}
	}

	/** What was done to the account, newest first (at most the latest 50). */
	@Transactional(readOnly = true)
	public List<StaffAccountEvent> history(String username) {
		return history.of(load(username).getUsername());
	}

	private StaffUser load(String username) {
		return users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new NotFoundException("No member of staff called '" + username + "'."));
	}

}
