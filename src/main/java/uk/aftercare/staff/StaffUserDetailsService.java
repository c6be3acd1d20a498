package uk.aftercare.staff;

import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Staff accounts as Spring Security reads them. Not a bean: {@link SignInGuard} checks passwords with it, after its
 * own check, and is the only way to sign in.
 */
final class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	StaffUserDetailsService(StaffUserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffUser user = users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		java.util.List<String> authorities = new java.util.ArrayList<>(List.of("ROLE_" + user.getRole().name()));
		if (user.isPasswordChangeRequired()) {
			authorities.add(PasswordChange.REQUIRED);
		}
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.authorities(authorities.toArray(String[]::new))
			.disabled(!user.isEnabled())
			.build();
	}

}
