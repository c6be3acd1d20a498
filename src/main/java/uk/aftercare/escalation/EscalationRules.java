package uk.aftercare.escalation;

import java.util.ArrayList;
import java.util.List;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;

/**
 * The escalation rules for what the customer said and the case history (returns-policy.md, "Escalation raised by
 * the case"). Plain Java: facts in, decision out.
 */
public final class EscalationRules {

	/** The third contact from the customer on one case is a repeat contact. */
	static final int REPEAT_CONTACT_THRESHOLD = 3;

	public EscalationDecision evaluate(EscalationFacts facts) {
		List<EscalationReason> reasons = new ArrayList<>();
		if (facts.flags().contains(Flag.SAFETY_CONCERN)) {
			reasons.add(EscalationReason.SAFETY_CONCERN);
		}
		if (facts.flags().contains(Flag.LEGAL_THREAT)) {
			reasons.add(EscalationReason.LEGAL_THREAT);
		}
		if (facts.flags().contains(Flag.SOCIAL_MEDIA_THREAT)) {
			reasons.add(EscalationReason.SOCIAL_MEDIA_THREAT);
		}
		if (facts.vulnerableFlaggedByStaff() || facts.flags().contains(Flag.VULNERABLE_CUSTOMER)) {
			reasons.add(EscalationReason.VULNERABLE_CUSTOMER);
		}
		if (facts.customerContactsOnCase() >= REPEAT_CONTACT_THRESHOLD
				|| (facts.type() == CaseType.COMPLAINT && facts.otherComplaintsWithin30Days() >= 1)) {
			reasons.add(EscalationReason.REPEAT_CONTACT);
		}
		if (reasons.isEmpty()) {
			return EscalationDecision.none();
		}
		boolean urgent = reasons.stream().anyMatch(EscalationReason::isUrgent);
		return new EscalationDecision(true, EscalationDecision.Approver.SUPERVISOR, urgent, List.copyOf(reasons));
	}

}
