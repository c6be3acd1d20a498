package uk.aftercare.feedback;

/** How the feedback reached us. */
public enum FeedbackSource { SURVEY, PHONE, IN_STORE }
