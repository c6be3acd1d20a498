package uk.aftercare.cases;

import uk.aftercare.shared.ConflictException;

/**
 * A move the case cannot make while a refund or goodwill exception waits for a decision: out of AWAITING_APPROVAL,
 * or to RESOLVED or CLOSED. The decision moves the case on.
 */
public class ApprovalPendingException extends ConflictException {

	private final CaseStatus to;

	public ApprovalPendingException(String caseNumber, CaseStatus to) {
		super(caseNumber + " waits for a decision on its approval request: it cannot move to " + to
				+ " until a supervisor or manager decides it.");
		this.to = to;
	}

	/** The status it was asked to move to. */
	public CaseStatus to() {
		return to;
	}

}
