package uk.aftercare.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in to Aftercare. The password is only ever stored as a BCrypt hash. */
@Entity
@Table(name = "staff_user")
class StaffUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 60)
	private String username;

	@Column(name = "display_name", nullable = false, length = 120)
	private String displayName;

	@Column(length = 200)
	private String email;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	/** The password was chosen by a manager: its owner must change it at their next sign-in. */
	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected StaffUser() {
	}

	StaffUser(String username, String displayName, String email, String passwordHash, Role role, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	boolean isEnabled() {
		return enabled;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	long getVersion() {
		return version;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** A password set by someone else than its owner (a manager), or by its owner ({@code required} false). */
	void setPassword(String passwordHash, boolean changeRequired) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = changeRequired;
	}

	/** The password was chosen by a manager (a new account's first one): its owner changes it at their next sign-in. */
	void requirePasswordChange() {
		this.passwordChangeRequired = true;
	}

	boolean isPasswordChangeRequired() {
		return passwordChangeRequired;
	}

	void rename(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	StaffMember toMember() {
		return new StaffMember(username, displayName, email, role, enabled);
	}

}
