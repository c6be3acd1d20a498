package uk.aftercare.followups;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.aftercare.cases.CaseStatus;

/**
 * The e-mails and letters the shop sends, each with the placeholders its text may use and those it must keep:
 * an acknowledgement always gives the case number, and a final response always names the ADR body, as the
 * ADR Regulations 2015 (reg. 19) require of a trader who cannot resolve a complaint.
 */
public enum MailTemplateKey {

	ACKNOWLEDGEMENT(null, List.of("caseNumber"), List.of()),
	DECISION("decision", List.of("decision"), List.of()),
	REFUND_ISSUED("refund", List.of("refund"), List.of()),
	CLOSURE("outcome", List.of("outcome"), List.of("thanks")),
	FINAL_RESPONSE("outcome", List.of("outcome", "adrName", "adrWebsite"), List.of()),
	SURVEY(null, List.of("surveyLink"), List.of("surveyExpires"));

	/**
	 * Every template may use these. {@code howToReply} is the sentence telling the customer how to ask us a question,
	 * worded for an e-mail or for a letter, so that one template serves both.
	 */
	public static final List<String> COMMON = List.of("caseNumber", "customerName", "shopName", "staffName",
			"howToReply");

	private final String detailsPlaceholder;

	private final List<String> required;

	private final List<String> extra;

	MailTemplateKey(String detailsPlaceholder, List<String> required, List<String> extra) {
		this.detailsPlaceholder = detailsPlaceholder;
		this.required = required;
		this.extra = extra;
	}

	/** The placeholder filled with what staff type when sending (the decision, the refund, the outcome). */
	public String detailsPlaceholder() {
		return detailsPlaceholder;
	}

	public List<String> required() {
		return required;
	}

	public Set<String> allowed() {
		Set<String> allowed = new LinkedHashSet<>(COMMON);
		allowed.addAll(required);
		allowed.addAll(extra);
		return allowed;
	}

	/** Progress updates staff send from the case's updates page; the others have their own step. */
	public boolean sentFromUpdatesPage() {
		return this == ACKNOWLEDGEMENT || this == DECISION || this == REFUND_ISSUED || this == CLOSURE;
	}

	/**
	 * Tells the customer an outcome: not to be sent while a refund or goodwill exception on the case waits for a
	 * supervisor's or manager's decision, which may change it.
	 */
	public boolean tellsAnOutcome() {
		return this == DECISION || this == REFUND_ISSUED || this == CLOSURE || this == FINAL_RESPONSE;
	}

	/**
	 * Whether this progress update is true of a case in {@code status}, so that the customer is never told something
	 * that has not happened. An acknowledgement says the case is being looked into: only while it is active. A
	 * decision: until the case is closed (the closure e-mail gave the outcome; a reopened case takes a new one). A
	 * refund issued: only once a return authorisation on the case has been refunded. A closure: only on a closed
	 * case, to send it again (closing the case sends the first one itself).
	 */
	public boolean appliesTo(CaseStatus status, boolean refundIssued) {
		return switch (this) {
			case ACKNOWLEDGEMENT -> status.isActive();
			case DECISION -> status != CaseStatus.CLOSED;
			case REFUND_ISSUED -> refundIssued;
			case CLOSURE -> status == CaseStatus.CLOSED;
			case FINAL_RESPONSE, SURVEY -> false;
		};
	}

	/**
	 * Why this progress update cannot be sent on a case now; empty when it can. The one rule both for the updates the
	 * page offers ({@link #progressUpdatesFor}) and for the one sent: it is true of the case ({@link #appliesTo}), and
	 * tells no outcome while an approval on the case is pending ({@link #tellsAnOutcome}).
	 */
	public Optional<NotNow> whyNotNow(CaseStatus status, boolean refundIssued, boolean approvalPending) {
		if (!appliesTo(status, refundIssued)) {
			return Optional.of(NotNow.NOT_TRUE_OF_THE_CASE);
		}
		if (tellsAnOutcome() && approvalPending) {
			return Optional.of(NotNow.APPROVAL_PENDING);
		}
		return Optional.empty();
	}

	public static List<MailTemplateKey> progressUpdates() {
		return List.of(ACKNOWLEDGEMENT, DECISION, REFUND_ISSUED, CLOSURE);
	}

	/** The progress updates that can be sent on a case now ({@link #whyNotNow}), in the usual order. */
	public static List<MailTemplateKey> progressUpdatesFor(CaseStatus status, boolean refundIssued,
			boolean approvalPending) {
		return progressUpdates().stream()
			.filter(key -> key.whyNotNow(status, refundIssued, approvalPending).isEmpty())
			.toList();
	}

	/** Why a progress update cannot be sent on a case now. */
	public enum NotNow {

		/** It says something that has not happened, or no longer applies ({@link #appliesTo}). */
		NOT_TRUE_OF_THE_CASE,

		/** It tells an outcome a pending approval may change. */
		APPROVAL_PENDING

	}

}
