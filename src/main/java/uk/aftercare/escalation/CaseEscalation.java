package uk.aftercare.escalation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.CaseOpened;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.ContactRecorded;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/**
 * Applies the escalation rules when a case is opened or the customer contacts us again. Runs inside the same
 * transaction, so the answer to "log this case" already says whether it was escalated.
 */
@Component
class CaseEscalation {

	private final EscalationRules rules = new EscalationRules();

	private final CaseService cases;

	CaseEscalation(CaseService cases) {
		this.cases = cases;
	}

	@EventListener
	void on(CaseOpened opened) {
		CaseView view = cases.get(opened.caseNumber());
		apply(view, opened.openedBy());
	}

	@EventListener
	void on(ContactRecorded contact) {
		if (contact.direction() == ContactDirection.FROM_CUSTOMER) {
			apply(cases.get(contact.caseNumber()), contact.actor());
		}
	}

	private void apply(CaseView view, String actor) {
		long otherComplaints = view.type() == CaseType.COMPLAINT
				? cases.recentCasesOfType(view.customerId(), CaseType.COMPLAINT, 30, view.caseNumber()) : 0;
		EscalationDecision decision = rules.evaluate(EscalationFacts.ofCase(view.type(), view.flags(),
				view.vulnerableCustomer(), view.customerContacts(), otherComplaints));
		if (!decision.required()) {
			return;
		}
		Set<String> codes = new LinkedHashSet<>();
		decision.reasons().forEach(r -> codes.add(r.name()));
		if (view.escalationReasons().containsAll(codes)) {
			return;
		}
		Priority atLeast = decision.urgent() ? Priority.URGENT : Priority.HIGH;
		cases.escalate(view.caseNumber(), codes, "Escalated to " + decision.escalateTo().name().toLowerCase()
				+ ": " + decision.explanation(), atLeast, actor);
	}

}
