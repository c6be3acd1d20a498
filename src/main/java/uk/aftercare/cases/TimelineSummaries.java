package uk.aftercare.cases;

import java.util.List;
import java.util.Locale;

import uk.aftercare.classification.CaseType;

/**
 * The words of the timeline entries a case writes about itself (its type confirmed or changed, a move of status), so
 * that entries written another way (the volume generator's, over plain JDBC) read the same as the application's.
 */
public final class TimelineSummaries {

	/** The reasons a case gives itself for a move of status, kept when the customer's data is erased. */
	static final String CUSTOMER_REPLIED = "the customer replied";

	static final String APPROVED = "approved";

	static final String PARTLY_APPROVED = "partly approved";

	static final String NOT_APPROVED = "not approved";

	static final java.util.List<String> OWN_REASONS = java.util.List.of(CUSTOMER_REPLIED, APPROVED, PARTLY_APPROVED,
			NOT_APPROVED);

	private TimelineSummaries() {
	}

	/** "Suggested type Return confirmed." */
	public static String typeConfirmed(CaseType type) {
		return "Suggested type " + label(type) + " confirmed.";
	}

	/** "Suggested Query; changed to Return." */
	public static String typeOverridden(CaseType suggested, CaseType type) {
		return "Suggested " + label(suggested) + "; changed to " + label(type) + ".";
	}

	/** "Status In progress → Resolved." or, with a reason, "Status Resolved → Reopened: the fault came back". */
	public static String statusChanged(CaseStatus from, CaseStatus to, String reason) {
		return "Status " + label(from) + " → " + label(to) + (reason == null || reason.isBlank() ? "." : ": " + reason);
	}

	/** The two statuses of a move of status, as an entry written by {@link #statusChanged} names them. */
	record StatusMove(CaseStatus from, CaseStatus to) {
	}

	/**
	 * The move of status an entry written by {@link #statusChanged} records, read back from its words; null for any
	 * other wording. The timeline is the record of when a case waited for the customer.
	 */
	static StatusMove statusMove(String summary) {
		String prefix = "Status ";
		int arrow = summary.indexOf(" → ");
		if (!summary.startsWith(prefix) || arrow < 0) {
			return null;
		}
		String from = summary.substring(prefix.length(), arrow);
		String to = summary.substring(arrow + " → ".length());
		CaseStatus fromStatus = null;
		CaseStatus toStatus = null;
		for (CaseStatus status : CaseStatus.values()) {
			if (from.equals(label(status))) {
				fromStatus = status;
			}
			if (to.equals(label(status) + ".") || to.startsWith(label(status) + ": ")) {
				toStatus = status;
			}
		}
		return fromStatus == null || toStatus == null ? null : new StatusMove(fromStatus, toStatus);
	}

	/** Why an e-mail address given on logging the case is not on it ({@code CaseService}). */
	static final String ANOTHERS_EMAIL = "The e-mail address given is another customer's, so neither this case nor"
			+ " its customer's record has it.";

	/** Why a phone number given on logging the case is not on it. */
	static final String ANOTHERS_PHONE = "The phone number given is another customer's, so neither this case nor"
			+ " its customer's record has it.";

	/**
	 * "The customer's name and e-mail address were corrected on their customer page.": which details, not their
	 * values, which the case shows (and which an erasure must not find left on the timeline).
	 */
	static String detailsCorrected(boolean name, boolean email, boolean phone) {
		List<String> details = new java.util.ArrayList<>();
		if (name) {
			details.add("name");
		}
		if (email) {
			details.add("e-mail address");
		}
		if (phone) {
			details.add("phone number");
		}
		String last = details.remove(details.size() - 1);
		String all = details.isEmpty() ? last : String.join(", ", details) + " and " + last;
		return "The customer's " + all + (details.isEmpty() ? " was" : " were") + " corrected on their customer page.";
	}

	/** A code as words with a capital: IN_PROGRESS is "In progress". */
	static String label(Enum<?> code) {
		String words = code.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
