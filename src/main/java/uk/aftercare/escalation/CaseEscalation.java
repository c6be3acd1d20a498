package uk.aftercare.escalation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.CaseOpened;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.ContactRecorded;
import uk.aftercare.cases.CustomerMarkedVulnerable;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/**
 * Applies the escalation rules when a case is opened, the customer contacts us again or is marked as vulnerable, and
 * starts the case's SLA clocks. Runs inside the same transaction, so the answer to "log this case" already says whether it was escalated.
 * Every escalation it makes, for any reason the case raises (returns-policy.md, "Escalation raised by the case"),
 * becomes a supervisor review with an owner, or widens the one already waiting on the case, so that "Escalated to
 * supervisor" on the timeline is true: a social-media threat or a repeat contact is put before a supervisor as a safety
 * concern is.
 */
@Component
class CaseEscalation {

	private final EscalationRules rules = new EscalationRules();

	private final CaseService cases;

	private final Approvals approvals;

	CaseEscalation(CaseService cases, Approvals approvals) {
		this.cases = cases;
		this.approvals = approvals;
	}

	/**
	 * Applies the escalation rules to a new case. The case was saved with the SLA targets of its type and priority
	 * ({@link SlaTargets} is the cases module's {@code SlaPolicy}); an escalation that raises the priority moves them
	 * to the new priority's ({@code CaseService.escalate}).
	 */
	@EventListener
	void on(CaseOpened opened) {
		apply(cases.get(opened.caseNumber()), opened.openedBy());
	}

	/**
	 * A contact from the customer may call for escalation (a repeat contact, a safety or legal word), unless the case
	 * is closed: a closed case keeps its priority, and a customer who comes back after closing is a new case or a
	 * reopened one, whose own contacts then count.
	 */
	@EventListener
	void on(ContactRecorded contact) {
		if (contact.direction() == ContactDirection.FROM_CUSTOMER) {
			CaseView view = cases.get(contact.caseNumber());
			if (view.status() != CaseStatus.CLOSED) {
				apply(view, contact.actor());
			}
		}
	}

	/**
	 * A customer marked as vulnerable after logging is escalated and reviewed as one marked when the case was logged,
	 * unless the case is closed (as for a contact).
	 */
	@EventListener
	void on(CustomerMarkedVulnerable marked) {
		CaseView view = cases.get(marked.caseNumber());
		if (view.status() != CaseStatus.CLOSED) {
			apply(view, marked.actor());
		}
	}

	/** Which of the two kinds of repeat contact this is, so that whoever picks the case up knows what to look at. */
	private static String repeatContact(EscalationDecision decision, CaseView view, long otherComplaints) {
		if (!decision.reasons().contains(EscalationReason.REPEAT_CONTACT)) {
			return "";
		}
		List<String> which = new java.util.ArrayList<>();
		if (view.customerContacts() >= EscalationRules.REPEAT_CONTACT_THRESHOLD) {
			which.add(view.customerContacts() + " contacts from the customer on this case");
		}
		if (otherComplaints > 0) {
			which.add(otherComplaints + (otherComplaints == 1 ? " other complaint" : " other complaints")
					+ " from this customer in the last 30 days (see their other cases)");
		}
		return which.isEmpty() ? "" : " (" + String.join("; ", which) + ".)";
	}

	private CaseView apply(CaseView view, String actor) {
		long otherComplaints = view.type() == CaseType.COMPLAINT
				? cases.recentCasesOfType(view.customerId(), CaseType.COMPLAINT, 30, view.caseNumber()) : 0;
		EscalationDecision decision = rules.evaluate(EscalationFacts.ofCase(view.type(), view.flags(),
				view.vulnerableCustomer(), view.customerContacts(), otherComplaints));
		if (!decision.required()) {
			return view;
		}
		Set<String> codes = new LinkedHashSet<>();
		decision.reasons().forEach(r -> codes.add(r.name()));
		if (view.escalationReasons().containsAll(codes)) {
			return view;
		}
		Priority atLeast = decision.urgent() ? Priority.URGENT : Priority.HIGH;
		String repeat = repeatContact(decision, view, otherComplaints);
		cases.escalate(view.caseNumber(), codes, "Escalated to " + decision.escalateTo().name().toLowerCase() + ": "
				+ decision.explanation() + repeat, atLeast, actor);
		// The case's facts raise only reasons a supervisor reviews (no amount is asked for), so every escalation
		// here is a review. A case is escalated again only for a reason it did not have, so it is not asked again
		// at every contact; a review already waiting is widened rather than doubled (Approvals.request).
		approvals.request(new NewApproval(view.caseNumber(), ApprovalKind.REVIEW, null, null, null, null,
				decision.reasons(), "Please review: " + decision.explanation() + repeat, actor,
				EscalationDecision.Approver.SUPERVISOR));
		return cases.get(view.caseNumber());
	}

}
