package uk.aftercare.escalation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.escalation.Decision;

/** A supervisor's decision on the approval page. */
public class DecisionForm {

	@NotNull(message = "{approval.decision.required}")
	private Decision decision;

	@Size(max = 2000, message = "{field.tooLong}")
	private String note;

	/** The version of the request the page showed; without it a decision would overwrite one made meanwhile. */
	@NotNull(message = "{approval.outOfDate}")
	private Long version;

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

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
