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
		long version) {

	public boolean pending() {
		return status == ApprovalStatus.PENDING;
	}

	/** How long the request has waited (until now, or until it was decided). */
	public Duration age(Instant now) {
		return Duration.between(requestedAt, decidedAt == null ? now : decidedAt);
	}

}
