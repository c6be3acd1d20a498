package uk.aftercare.escalation;

import java.util.List;

/** Whether to escalate, to whom, how urgently, and why in plain English. */
public record EscalationDecision(boolean required, Approver escalateTo, Urgency urgency,
		List<EscalationReason> reasons) {

	public static EscalationDecision none() {
		return new EscalationDecision(false, null, null, List.of());
	}

	public boolean urgent() {
		return urgency == Urgency.URGENT;
	}

	/** The reasons as sentences staff and supervisors can read. */
	public String explanation() {
		return String.join(" ", reasons.stream().map(EscalationReason::explanation).toList());
	}

	/** Who must look at an escalated case or approve its refund. */
	public enum Approver { SUPERVISOR, MANAGER }

	/** How soon: safety and legal risk first, then everything else that needs more authority. */
	public enum Urgency { URGENT, HIGH }

}
