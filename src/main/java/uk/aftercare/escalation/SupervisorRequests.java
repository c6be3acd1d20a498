package uk.aftercare.escalation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.staff.StaffDirectory;

/**
 * "Ask a supervisor": a member of staff sends a case up for a supervisor's decision, saying what they need decided
 * (escalating what is beyond their authority, as the customer-service standard asks). It is a supervisor review like
 * any other ({@link Approvals#request}): owned, e-mailed, in the queue and decided on the approval page, never by the
 * one who asked; a review already waiting on the case is widened with the question instead.
 */
@Service
public class SupervisorRequests {

	/** How the timeline words the question; {@link ApprovalTimelineShapes} erases what follows it. */
	static final String ASKED = "Supervisor asked to decide:";

	/** How a question starts in the review's summary, so that a later widening keeps it. */
	static final String QUESTION = "Question from ";

	private final Approvals approvals;

	private final CaseService cases;

	private final StaffDirectory staff;

	SupervisorRequests(Approvals approvals, CaseService cases, StaffDirectory staff) {
		this.approvals = approvals;
		this.cases = cases;
		this.staff = staff;
	}

	/**
	 * Puts the question on the case's timeline, by whoever asked, and asks for a supervisor review of it (or widens the
	 * one waiting).
	 * @throws uk.aftercare.cases.CaseArchivedException when the customer's personal data was erased from the case
	 */
	@Transactional
	public ApprovalView ask(String caseNumber, String question, String askedBy) {
		String text = question.strip();
		cases.record(caseNumber, TimelineKind.APPROVAL, ASKED + " " + text, askedBy);
		String who = staff.displayName(askedBy).orElse(askedBy);
		return approvals.request(new NewApproval(caseNumber, ApprovalKind.REVIEW, null, null, null, null,
				List.of(EscalationReason.STAFF_REQUEST), QUESTION + who + ": " + text, askedBy,
				EscalationDecision.Approver.SUPERVISOR));
	}

}
