package uk.aftercare.escalation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A request for someone with more authority to decide, as another module (or the escalation rules) raises it.
 *
 * @param subjectRef what is to be approved, e.g. a return authorisation number; null for the case itself
 * @param amount money to be paid back, or null
 * @param requiredApprover who must decide, when the caller's own settings say (the returns policy's refund limits);
 * null to apply the default limits to {@code amount}
 */
public record NewApproval(String caseNumber, ApprovalKind kind, String subjectRef, BigDecimal amount, String remedy,
		String legalBasis, List<EscalationReason> reasons, String summary, String requestedBy,
		EscalationDecision.Approver requiredApprover) {

	public NewApproval {
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
	}

}
