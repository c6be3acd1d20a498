package uk.aftercare.feedback;

/**
 * Whether a survey link can still be answered. WITHDRAWN: never answered, and the customer's personal data has since
 * been erased, which ends the link whatever its expiry (an answer would be new words from someone the shop no longer
 * knows).
 */
public enum SurveyState { OPEN, EXPIRED, USED, WITHDRAWN, UNKNOWN }
