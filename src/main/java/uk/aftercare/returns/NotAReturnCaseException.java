package uk.aftercare.returns;

import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.ConflictException;

/** A return authorisation asked for on a case that is not (or no longer) a return. */
public class NotAReturnCaseException extends ConflictException {

	private final String caseNumber;

	private final CaseType type;

	public NotAReturnCaseException(String caseNumber, CaseType type) {
		super(caseNumber + " is not a return case.");
		this.caseNumber = caseNumber;
		this.type = type;
	}

	public String caseNumber() {
		return caseNumber;
	}

	/** The case's type now, {@code null} while it has none. */
	public CaseType type() {
		return type;
	}

}
