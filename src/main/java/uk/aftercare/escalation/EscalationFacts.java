package uk.aftercare.escalation;

import java.math.BigDecimal;
import java.util.Set;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;

/**
 * Everything the escalation rules look at.
 *
 * @param type the case's confirmed type
 * @param flags the classifier's flags from what the customer said
 * @param vulnerableFlaggedByStaff staff flagged the customer as possibly vulnerable
 * @param goodwillExceptionRequested staff ask to go beyond the goodwill policy
 * @param customerContactsOnCase contacts from the customer on this case, the first one included
 * @param otherComplaintsWithin30Days other complaints by the same customer in the last 30 days
 * @param assessmentReasons escalation reason codes raised by the returns assessment
 * (REFUND_OVER_AUTHORITY_LIMIT, DEDUCTION_FOR_USE, COMPLIANCE_RISK, NO_PROOF_OF_PURCHASE)
 * @param refundAmount the money to be paid back, or null when none
 * @param slaBreached the case missed its response or resolution target
 * @param refundOverdue an agreed refund is not paid by its due date (CRA 2015 s.20(15), CCR 2013 reg 34)
 */
public record EscalationFacts(CaseType type, Set<Flag> flags, boolean vulnerableFlaggedByStaff,
		boolean goodwillExceptionRequested, int customerContactsOnCase, long otherComplaintsWithin30Days,
		Set<String> assessmentReasons, BigDecimal refundAmount, boolean slaBreached, boolean refundOverdue) {

	public EscalationFacts {
		flags = flags == null ? Set.of() : Set.copyOf(flags);
		assessmentReasons = assessmentReasons == null ? Set.of() : Set.copyOf(assessmentReasons);
	}

	/** Facts about a case as logged: what the customer said and the case history, nothing about money. */
	public static EscalationFacts ofCase(CaseType type, Set<Flag> flags, boolean vulnerableFlaggedByStaff,
			int customerContactsOnCase, long otherComplaintsWithin30Days) {
		return new EscalationFacts(type, flags, vulnerableFlaggedByStaff, false, customerContactsOnCase,
				otherComplaintsWithin30Days, Set.of(), null, false, false);
	}

}
