package uk.aftercare.feedback;

/**
 * Whether a survey link can still be answered. WITHDRAWN: never answered, and the customer's personal data has since
 * been erased, which ends the link whatever its expiry (an answer would be new words from someone the shop no longer
 * knows). TAKEN_BY_STAFF: never answered, and staff have since recorded the customer's feedback by phone or in store,
 * which ends the link so the closing's feedback is counted once. The customer's copy of their data calls both
 * WITHDRAWN, with when ({@link FeedbackPersonalData}): the page tells a holder of the link only what it may.
 */
public enum SurveyState { OPEN, EXPIRED, USED, WITHDRAWN, TAKEN_BY_STAFF, UNKNOWN }
