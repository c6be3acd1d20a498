package uk.aftercare.escalation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A request for approval as the queue, the decision page and the API show it. */
public record ApprovalView(Long id, String caseNumber, ApprovalKind kind, String subjectRef, BigDecimal amount,
		String remedy, String legalBasis, List<EscalationReason> reasons, String summary,
		EscalationDecision.Approver requiredApprover, boolean urgent, String owner, String requestedBy,
		Instant requestedAt, ApprovalStatus status, String decidedBy, Instant decidedAt, String decisionNote,
		long version, List<String> widenedBy) {

	/** A request nobody widened. */
	public ApprovalView(Long id, String caseNumber, ApprovalKind kind, String subjectRef, BigDecimal amount,
			String remedy, String legalBasis, List<EscalationReason> reasons, String summary,
			EscalationDecision.Approver requiredApprover, boolean urgent, String owner, String requestedBy,
			Instant requestedAt, ApprovalStatus status, String decidedBy, Instant decidedAt, String decisionNote,
			long version) {
		this(id, caseNumber, kind, subjectRef, amount, remedy, legalBasis, reasons, summary, requiredApprover, urgent,
				owner, requestedBy, requestedAt, status, decidedBy, decidedAt, decisionNote, version, List.of());
	}

	/**
	 * Whether this member of staff asked for it, or widened it with a reason of their own: either way, they may not
	 * decide it.
	 */
	public boolean askedBy(String username) {
		return requestedBy.equalsIgnoreCase(username) || widenedBy.stream().anyMatch(username::equalsIgnoreCase);
	}

	public boolean pending() {
		return status == ApprovalStatus.PENDING;
	}

	/** How long the request has waited (until now, or until it was decided). */
	public Duration age(Instant now) {
		return Duration.between(requestedAt, decidedAt == null ? now : decidedAt);
	}

}
