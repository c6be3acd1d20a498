package uk.aftercare.cases;

/**
 * A case was given another customer record: one logged while its customer's data was being erased, moved to a
 * record of its own. Published inside the moving transaction, so what other modules keep by customer moves with it.
 */
public record CaseMovedToCustomer(String caseNumber, long fromCustomerId, long toCustomerId) {
}
