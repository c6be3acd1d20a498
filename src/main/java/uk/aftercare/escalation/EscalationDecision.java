package uk.aftercare.escalation;

import java.util.List;

/** Whether to escalate, to whom, how urgently, and why in plain English. */
public record EscalationDecision(boolean required, Approver escalateTo, boolean urgent, List<EscalationReason> reasons) {

	public static EscalationDecision none() {
		return new EscalationDecision(false, null, false, List.of());
	}

	public String explanation() {
		return String.join(" ", reasons.stream().map(EscalationReason::explanation).toList());
	}

	/** Who must look at an escalated case. */
	public enum Approver { SUPERVISOR, MANAGER }

}
