package uk.aftercare.cases;

/** A contact was recorded on a case; {@code customerContacts} counts the customer's contacts so far. */
public record ContactRecorded(String caseNumber, ContactDirection direction, int customerContacts, String actor) {
}
