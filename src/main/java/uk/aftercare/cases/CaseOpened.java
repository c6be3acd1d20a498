package uk.aftercare.cases;

import java.util.Set;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;

/** A new case was logged. Published inside the opening transaction. */
public record CaseOpened(String caseNumber, Long customerId, CaseType type, Set<Flag> flags,
		boolean vulnerableCustomer, String openedBy) {
}
