package uk.aftercare.cases;

import uk.aftercare.shared.ConflictException;

/** A change a closed case does not take (its owner, priority or type): it is reopened first. */
public class CaseClosedException extends ConflictException {

	public CaseClosedException(String caseNumber) {
		super("Case " + caseNumber + " is closed; reopen it first to change its owner, priority or type.");
	}

}
