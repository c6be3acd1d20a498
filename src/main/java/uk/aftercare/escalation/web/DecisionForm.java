package uk.aftercare.escalation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.escalation.Decision;
import uk.aftercare.shared.web.VersionedForm;

/** A supervisor's decision on the approval page. */
public class DecisionForm extends VersionedForm {

	@NotNull(message = "{approval.decision.required}")
	private Decision decision;

	@Size(max = 2000, message = "{approval.note.tooLong}")
	private String note;

	public Decision getDecision() {
		return decision;
	}

	public void setDecision(Decision decision) {
		this.decision = decision;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
