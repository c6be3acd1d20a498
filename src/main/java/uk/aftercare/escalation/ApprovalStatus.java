package uk.aftercare.escalation;

/** Where a request for approval stands. */
public enum ApprovalStatus { PENDING, APPROVED, REJECTED }
