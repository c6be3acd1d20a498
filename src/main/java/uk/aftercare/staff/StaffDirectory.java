package uk.aftercare.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works here: the module's read API for other modules. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final StaffUserRepository users;

	StaffDirectory(StaffUserRepository users) {
		this.users = users;
	}

	public List<StaffMember> activeStaff() {
		return users.findByEnabledTrueOrderByDisplayName().stream().map(StaffUser::toMember).toList();
	}

	public Optional<StaffMember> find(String username) {
		return users.findByUsernameIgnoreCase(username).map(StaffUser::toMember);
	}

	public List<StaffMember> withRoleAtLeast(Role role) {
		return activeStaff().stream().filter(m -> m.role().compareTo(role) >= 0).toList();
	}

}
