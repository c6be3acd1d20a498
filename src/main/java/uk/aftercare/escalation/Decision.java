package uk.aftercare.escalation;

/** A supervisor's answer. For a review, APPROVE means "reviewed, the handling is agreed". */
public enum Decision { APPROVE, REJECT }
