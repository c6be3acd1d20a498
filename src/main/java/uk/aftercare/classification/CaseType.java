package uk.aftercare.classification;

/** The three kinds of after-sale interaction, as defined in the API contract. */
public enum CaseType { COMPLAINT, QUERY, RETURN }
