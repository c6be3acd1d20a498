package uk.aftercare.customers;

import java.time.Instant;

/**
 * A customer's record as the customer page shows it: what is held (the postal address null when none was given),
 * since when, and whether it was erased; {@code updatedBy} who made the change that moved it to {@code version} (a
 * username, "system", or null when nobody was recorded).
 */
public record CustomerRecord(long id, String name, String email, String phone, PostalAddress address,
		Instant createdAt, Instant erasedAt, long version, String updatedBy) {

	public boolean erased() {
		return erasedAt != null;
	}

}
