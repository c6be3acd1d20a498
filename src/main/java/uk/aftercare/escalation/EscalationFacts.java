package uk.aftercare.escalation;

import java.util.Set;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;

/**
 * What the rules look at: the classifier's flags, staff's own flags and the case history.
 *
 * @param customerContactsOnCase contacts from the customer on this case, the first one included
 * @param otherComplaintsWithin30Days other complaints by the same customer in the last 30 days
 */
public record EscalationFacts(CaseType type, Set<Flag> flags, boolean vulnerableFlaggedByStaff,
		int customerContactsOnCase, long otherComplaintsWithin30Days) {
}
