package uk.aftercare.staff;

import java.time.Instant;

/** A newly created API token: the only moment the token itself is known. Field names are part of the API contract. */
public record IssuedToken(String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedToken[token=(hidden), expiresAt=" + expiresAt + "]";
	}

}
