package uk.aftercare.cases;

import java.time.Instant;
import java.util.regex.Pattern;

import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;

/**
 * A case list filter. {@code text} is matched against the case number, the customer's email, phone and order
 * reference exactly, and the customer's name by prefix (of the name, of its last word, or of its later words when
 * the text's last word starts the name's last word): each is an indexed lookup, never a scan. Text that looks like
 * an email address is matched against emails only, so that lookup stays on one index.
 *
 * <p>The dashboard's filters narrow the list further: the channel, when the case was logged ({@code createdFrom}
 * inclusive, {@code createdBefore} exclusive), active cases only, SLA state (breached, or running and due before
 * {@code slaDueBefore}), the state of the case's latest approval request, and cases nobody owns ({@code unassigned},
 * which the dashboard counts on a row of their own).
 */
public record CaseQuery(CaseType type, CaseStatus status, String assignee, String text, ContactChannel channel,
		Instant createdFrom, Instant createdBefore, boolean active, boolean slaBreached, Instant slaDueBefore,
		ApprovalState approvalState, boolean unassigned) {

	private static final Pattern CASE_NUMBER = Pattern.compile("(?i)AC-\\d{4}-\\d{1,9}");

	public static CaseQuery all() {
		return new CaseQuery(null, null, null, null);
	}

	public CaseQuery {
		assignee = assignee == null || assignee.isBlank() ? null : assignee.trim();
		text = text == null || text.isBlank() ? null : text.trim();
	}

	public CaseQuery(CaseType type, CaseStatus status, String assignee, String text) {
		this(type, status, assignee, text, null, null, null, false, false, null, null, false);
	}

	public CaseQuery withChannel(ContactChannel channel) {
		return new CaseQuery(type, status, assignee, text, channel, createdFrom, createdBefore, active, slaBreached,
				slaDueBefore, approvalState, unassigned);
	}

	/** Only cases logged in [from, before); either bound may be null. Narrows any range already set. */
	public CaseQuery createdBetween(Instant from, Instant before) {
		Instant newFrom = later(createdFrom, from);
		Instant newBefore = createdBefore == null ? before
				: before == null || createdBefore.isBefore(before) ? createdBefore : before;
		return new CaseQuery(type, status, assignee, text, channel, newFrom, newBefore, active, slaBreached,
				slaDueBefore, approvalState, unassigned);
	}

	/** Only open cases: logged, being worked or waiting (see {@link CaseStatus#ACTIVE}). */
	public CaseQuery activeOnly() {
		return new CaseQuery(type, status, assignee, text, channel, createdFrom, createdBefore, true, slaBreached,
				slaDueBefore, approvalState, unassigned);
	}

	/** Only cases in this age bucket at {@code now}. */
	public CaseQuery aged(CaseAge age, Instant now) {
		return age == null ? this : createdBetween(age.createdFrom(now), age.createdBefore(now));
	}

	/** Only cases in this SLA state at {@code now}. */
	public CaseQuery withSla(SlaFilter sla, Instant now) {
		if (sla == null) {
			return this;
		}
		return new CaseQuery(type, status, assignee, text, channel, createdFrom, createdBefore, active,
				sla == SlaFilter.BREACHED, sla == SlaFilter.DUE_SOON ? now.plus(SlaFilter.DUE_SOON_WINDOW) : null,
				approvalState, unassigned);
	}

	public CaseQuery withApprovalState(ApprovalState approvalState) {
		return new CaseQuery(type, status, assignee, text, channel, createdFrom, createdBefore, active, slaBreached,
				slaDueBefore, approvalState, unassigned);
	}

	/** Only cases nobody owns. */
	public CaseQuery unassignedOnly() {
		return new CaseQuery(type, status, assignee, text, channel, createdFrom, createdBefore, active, slaBreached,
				slaDueBefore, approvalState, true);
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	public boolean textIsCaseNumber() {
		return text != null && CASE_NUMBER.matcher(text).matches();
	}

	public boolean textIsEmail() {
		return text != null && text.indexOf('@') > 0;
	}

	/** The text as emails are kept (see {@link ContactDetails#lowerCase}). */
	public String textLower() {
		return ContactDetails.lowerCase(text);
	}

	/**
	 * The text as name keys are kept, folded (see {@link SearchKeys}) with its spaces as names keep them, for a prefix
	 * search of names.
	 */
	public String textNameKey() {
		return text == null ? null : ContactDetails.fold(text).replaceAll("\\s+", " ");
	}

	/**
	 * For text of two words or more, its last word as {@link #textNameKey} has it, or null: a surname of more than one
	 * word ("Ó Briain", "Mac Giolla") is found by looking up the names whose last word (the surname key, indexed)
	 * starts with it, then keeping those whose later words start with the whole text.
	 */
	public String textLastWordNameKey() {
		String key = textNameKey();
		int space = key == null ? -1 : key.lastIndexOf(' ');
		return space < 0 ? null : key.substring(space + 1);
	}

	/** The text as case numbers and order references are kept. */
	public String textUpper() {
		return SearchKeys.upperCase(text);
	}

	public String textPhoneKey() {
		String key = ContactDetails.phoneKey(text);
		return key != null && key.length() >= 6 ? key : null;
	}

}
