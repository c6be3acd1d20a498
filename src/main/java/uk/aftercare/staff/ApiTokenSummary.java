package uk.aftercare.staff;

import java.time.Instant;

/** What an owner may see about one of their API tokens: never the token itself. */
public record ApiTokenSummary(long id, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, ApiTokenStatus status) {

	public boolean active() {
		return status == ApiTokenStatus.ACTIVE;
	}

}
