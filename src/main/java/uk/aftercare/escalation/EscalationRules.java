package uk.aftercare.escalation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;

/**
 * Decides what is beyond a front-line member of staff's authority (returns-policy.md, "Escalation raised by the
 * assessment" and "Escalation raised by the case"): whether to escalate, to whom, how urgently and why. Plain Java:
 * facts and settings in, a decision out.
 */
public final class EscalationRules {

	/** The third contact from the customer on one case is a repeat contact. */
	static final int REPEAT_CONTACT_THRESHOLD = 3;

	private final EscalationSettings settings;

	public EscalationRules(EscalationSettings settings) {
		this.settings = settings;
	}

	public EscalationRules() {
		this(EscalationSettings.DEFAULTS);
	}

	public EscalationDecision evaluate(EscalationFacts facts) {
		List<EscalationReason> reasons = new ArrayList<>();
		// Safety and legal risk first: they decide the urgency and lead the reasons.
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
		if (facts.slaBreached() || facts.refundOverdue()) {
			reasons.add(EscalationReason.SLA_BREACH);
		}
		if (facts.goodwillExceptionRequested()) {
			reasons.add(EscalationReason.GOODWILL_EXCEPTION);
		}
		for (EscalationReason fromAssessment : List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT,
				EscalationReason.DEDUCTION_FOR_USE, EscalationReason.COMPLIANCE_RISK,
				EscalationReason.NO_PROOF_OF_PURCHASE)) {
			if (facts.assessmentReasons().contains(fromAssessment.name())) {
				reasons.add(fromAssessment);
			}
		}
		if (facts.refundAmount() != null && facts.refundAmount().compareTo(settings.frontLineLimit()) > 0
				&& !reasons.contains(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT)) {
			reasons.add(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		}
		if (reasons.isEmpty()) {
			return EscalationDecision.none();
		}
		var urgency = reasons.stream().anyMatch(EscalationReason::isUrgent) ? EscalationDecision.Urgency.URGENT
				: EscalationDecision.Urgency.HIGH;
		return new EscalationDecision(true, approver(facts.refundAmount()), urgency, List.copyOf(reasons));
	}

	/** A supervisor decides up to their limit; above it, a manager. */
	public EscalationDecision.Approver approver(BigDecimal refundAmount) {
		return refundAmount != null && refundAmount.compareTo(settings.supervisorLimit()) > 0
				? EscalationDecision.Approver.MANAGER : EscalationDecision.Approver.SUPERVISOR;
	}

}
