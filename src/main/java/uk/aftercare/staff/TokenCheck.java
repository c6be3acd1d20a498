package uk.aftercare.staff;

/** The outcome of checking a bearer token: whom it acts for, or why it was refused. */
sealed interface TokenCheck {

	record Accepted(long tokenId, String username, Role role, java.time.Instant expiresAt) implements TokenCheck {
	}

	record Rejected(String reason) implements TokenCheck {
	}

}
