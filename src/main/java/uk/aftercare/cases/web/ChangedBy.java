package uk.aftercare.cases.web;

import java.util.Optional;

import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;

/**
 * Who made the change a form met, by name, for the messages after a clash: "Harriet Jones changed this to High." Named
 * only when the change is surely theirs alone: the row moved on by exactly one change since the version the form was
 * opened at, and that change says who made it. Otherwise the messages say "someone else": a form without a version,
 * several changes since (perhaps by several people), a row last changed before anyone was recorded, or a change the
 * application made itself ("system": an SLA target missed, say).
 */
final class ChangedBy {

	private ChangedBy() {
	}

	static Optional<String> since(Optional<Long> openedAt, long versionNow, String updatedBy, StaffDirectory staff) {
		if (openedAt.isEmpty() || versionNow != openedAt.get() + 1 || updatedBy == null
				|| StaffAccounts.SYSTEM.equals(updatedBy)) {
			return Optional.empty();
		}
		return Optional.of(staff.displayName(updatedBy).orElse(updatedBy));
	}

	/** The message that names them ({@code key} + "By", with their name as its last argument), or {@code key}. */
	static String key(String key, Optional<String> by) {
		return by.isPresent() ? key + "By" : key;
	}

}
