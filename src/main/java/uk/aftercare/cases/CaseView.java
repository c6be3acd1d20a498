package uk.aftercare.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;

/**
 * Everything the case page and the API show of one case; {@code personalDataErasedAt} is when the customer's personal
 * data was erased from it (null while it is held); {@code updatedBy} who made the change that moved it to
 * {@code version} (a username, "system", or null when nobody was recorded).
 */
public record CaseView(String caseNumber, Long customerId, String customerName, String customerEmail,
		String customerPhone, ContactChannel channel, String orderReference, String product, String description,
		boolean vulnerableCustomer, CaseType suggestedType, double suggestionConfidence, List<String> suggestionEvidence,
		Set<Flag> flags, CaseType type, boolean typeOverridden, String typeConfirmedBy, CaseStatus status,
		Priority priority, String assignee, String createdBy, Instant createdAt, Instant updatedAt, Instant resolvedAt,
		Instant closedAt, int customerContacts, boolean escalated, List<String> escalationReasons,
		ApprovalState approvalState, Instant responseDueAt, Instant resolutionDueAt, Instant firstResponseAt,
		boolean slaBreached, List<TimelineEntry> timeline, long version, Instant personalDataErasedAt,
		String updatedBy) {

	/**
	 * The statuses staff can move the case to now, by hand (none out of AWAITING_APPROVAL while the decision is
	 * pending, and never into it: see {@link CaseStatus#nextStatusesByHand()}).
	 */
	public Set<CaseStatus> nextStatuses() {
		Set<CaseStatus> next = java.util.EnumSet.noneOf(CaseStatus.class);
		next.addAll(approvalPending() ? status.nextStatusesWhileApprovalPending() : status.nextStatuses());
		next.retainAll(status.nextStatusesByHand());
		return next;
	}

	/**
	 * Whether the customer's personal data was erased from the case ({@code personalDataErasedAt}): it is archived, and
	 * takes nothing more that could carry personal data (see {@link CaseArchivedException}).
	 */
	public boolean archived() {
		return personalDataErasedAt != null;
	}

	/** Whether a refund or goodwill exception on the case waits for a decision. */
	public boolean approvalPending() {
		return approvalState == ApprovalState.PENDING;
	}

}
