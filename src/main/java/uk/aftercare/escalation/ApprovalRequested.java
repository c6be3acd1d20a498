package uk.aftercare.escalation;

/** A new request for approval is waiting in the supervisors' queue. */
public record ApprovalRequested(ApprovalView approval) {
}
