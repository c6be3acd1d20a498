package uk.aftercare.returns;

import uk.aftercare.shared.ConflictException;

/**
 * A return authorisation raised, or moved on, on a closed case. A closed case is finished: it keeps its owner,
 * priority and type, and it was closed only once every return on it was finished. A return to start or to take
 * further is work on the case, so the case is reopened first.
 */
public class CaseClosedToReturnsException extends ConflictException {

	private final String caseNumber;

	/** @param message the reason, as staff read it ("Case AC-2026-000001 is closed: reopen it first…") */
	public CaseClosedToReturnsException(String caseNumber, String message) {
		super(message);
		this.caseNumber = caseNumber;
	}

	public String caseNumber() {
		return caseNumber;
	}

}
