package uk.aftercare.cases;

import java.time.Instant;
import java.time.ZoneId;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ShownDates;

/**
 * A change to a case whose customer's personal data was erased (UK GDPR art. 17): the case is archived, and takes
 * nothing more that could carry personal data (a note, a contact, a status change and its reason, a return, a
 * follow-up, a message, feedback), since nothing would ever erase it again. Someone who gets in touch again is a new
 * case. Pages show {@code case.archived} with {@link #erasedOn()} beside the form, keeping what was typed.
 */
public class CaseArchivedException extends ConflictException {


	private final String caseNumber;

	private final String erasedOn;

	public CaseArchivedException(String caseNumber, Instant erasedAt, ZoneId zone) {
		this(caseNumber, ShownDates.MOMENT.withZone(zone).format(erasedAt));
	}

	private CaseArchivedException(String caseNumber, String erasedOn) {
		super("This customer's personal data was erased on " + erasedOn + ". Nothing more can be added to case "
				+ caseNumber + ": if they get in touch again, log a new case.");
		this.caseNumber = caseNumber;
		this.erasedOn = erasedOn;
	}

	public String caseNumber() {
		return caseNumber;
	}

	/** When the data was erased, in the shop's time zone, as pages show a moment ("24 Nov 2026, 14:30"). */
	public String erasedOn() {
		return erasedOn;
	}

}
