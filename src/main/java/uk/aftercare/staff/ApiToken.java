package uk.aftercare.staff;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A bearer token for the JSON API. Only the SHA-256 hash of the token is kept: whoever reads the database cannot
 * call the API. Revoked and expired tokens stay for the owner's list; they never become usable again.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "staff_user_id", nullable = false)
	private StaffUser owner;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false, length = 16)
	private String tokenPrefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(StaffUser owner, String tokenHash, String tokenPrefix, Instant createdAt, Duration validity) {
		this.owner = owner;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = createdAt;
		this.expiresAt = createdAt.plus(validity);
	}

	Long getId() {
		return id;
	}

	StaffUser getOwner() {
		return owner;
	}

	String getTokenHash() {
		return tokenHash;
	}

	String getTokenPrefix() {
		return tokenPrefix;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getLastUsedAt() {
		return lastUsedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

	ApiTokenStatus statusAt(Instant now) {
		if (revokedAt != null) {
			return ApiTokenStatus.REVOKED;
		}
		return now.isBefore(expiresAt) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
	}

	/** Revoking is final and idempotent: the first revocation time is kept. */
	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	boolean lastUsedBefore(Instant instant) {
		return lastUsedAt == null || lastUsedAt.isBefore(instant);
	}

	ApiTokenSummary toSummary(Instant now) {
		return new ApiTokenSummary(id, tokenPrefix, createdAt, expiresAt, lastUsedAt, revokedAt, statusAt(now));
	}

}
