package uk.aftercare.staff;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.ReferenceCache;

/** Who works here: the module's read API for other modules. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final StaffUserRepository users;

	private final ReferenceCache<String, String> displayNames = new ReferenceCache<>(Duration.ofHours(1));

	StaffDirectory(StaffUserRepository users) {
		this.users = users;
	}

	public List<StaffMember> activeStaff() {
		return users.findByEnabledTrueOrderByDisplayName().stream().map(StaffUser::toMember).toList();
	}

	public Optional<StaffMember> find(String username) {
		return users.findByUsernameIgnoreCase(username).map(StaffUser::toMember);
	}

	/**
	 * The name a member of staff signs with (in e-mails to customers, say), kept in memory: every case logged needs
	 * it, and display names are set when an account is created and never change.
	 */
	public Optional<String> displayName(String username) {
		return Optional.ofNullable(displayNames.get(username,
				u -> users.findByUsernameIgnoreCase(u).map(StaffUser::toMember).map(StaffMember::displayName).orElse(null)));
	}

	public List<StaffMember> withRoleAtLeast(Role role) {
		return activeStaff().stream().filter(m -> m.role().compareTo(role) >= 0).toList();
	}

}
