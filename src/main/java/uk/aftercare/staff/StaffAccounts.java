package uk.aftercare.staff;

import java.time.Clock;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.NotFoundException;

/** Creating and changing staff accounts: used by managers in the UI and by the start-up set-ups. */
@Service
@Transactional
public class StaffAccounts {

	private final StaffUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	StaffAccounts(StaffUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public StaffMember create(String username, String displayName, String email, String rawPassword, Role role) {
		if (users.existsByUsernameIgnoreCase(username)) {
			throw new ConflictException("The username '" + username + "' is already taken.");
		}
		StaffUser user = new StaffUser(username.trim(), displayName.trim(), email, passwordEncoder.encode(rawPassword),
				role, clock.instant());
		return users.save(user).toMember();
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

	public void changeRole(String username, Role role) {
		load(username).changeRole(role);
	}

	public void setEnabled(String username, boolean enabled) {
		StaffUser user = load(username);
		if (enabled) {
			user.enable();
		}
		else {
			user.disable();
		}
	}

	private StaffUser load(String username) {
		return users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new NotFoundException("No member of staff called '" + username + "'."));
	}

}
