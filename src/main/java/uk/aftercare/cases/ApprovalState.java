package uk.aftercare.cases;

/** Where the case's latest request for approval stands, so the requester sees it on their case list. */
public enum ApprovalState { PENDING, APPROVED, REJECTED }
