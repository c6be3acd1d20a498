package uk.aftercare.cases;

/** Staff marked the customer on a case as vulnerable after it was logged. */
public record CustomerMarkedVulnerable(String caseNumber, String actor) {
}
