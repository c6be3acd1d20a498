package uk.aftercare.followups;

/**
 * A case was closed through the closing checklist. {@code surveyByEmail}: the customer agreed to a survey by
 * e-mail and can be e-mailed, so the feedback module may send one.
 */
public record CaseClosed(String caseNumber, Long customerId, boolean surveyByEmail, String closedBy) {
}
