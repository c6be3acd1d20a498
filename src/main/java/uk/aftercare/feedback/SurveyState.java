package uk.aftercare.feedback;

/** Whether a survey link can still be answered. */
public enum SurveyState { OPEN, EXPIRED, USED, UNKNOWN }
