package uk.aftercare.classification;

/** Case-level escalation triggers found in what the customer said. */
public enum Flag { SAFETY_CONCERN, LEGAL_THREAT, SOCIAL_MEDIA_THREAT, VULNERABLE_CUSTOMER }
