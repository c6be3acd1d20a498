package uk.aftercare.escalation;

/**
 * Whether rejecting an approval request puts its note in front of the customer. The module whose record the request
 * is for knows: a refund or goodwill exception refused for a return authorisation denies the return, and the customer's
 * copy of the return form prints the note as the reason; a refused deduction for use leaves the return open and the
 * note stays with staff. The decision page words its note box from this, so supervisors write for whoever reads it.
 */
public interface RejectionNotes {

	boolean printedForCustomer(ApprovalView approval);

}
