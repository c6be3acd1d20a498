package uk.aftercare.cases;

/**
 * Where the case's requests for approval stand, so the requester sees it on their case list: waiting, or how the
 * requests the case last waited for were decided (all approved, none, or some of them).
 */
public enum ApprovalState { PENDING, APPROVED, REJECTED, PARTLY }
