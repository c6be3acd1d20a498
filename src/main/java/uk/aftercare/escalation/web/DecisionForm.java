package uk.aftercare.escalation.web;

import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.escalation.Decision;
import uk.aftercare.shared.web.FormVersion;

/** A supervisor's decision on the approval page. */
public class DecisionForm {

	@NotNull(message = "{approval.decision.required}")
	private Decision decision;

	@Size(max = 2000, message = "{field.tooLong}")
	private String note;

	/**
	 * The version of the request the page showed; without it a decision would overwrite one made meanwhile. Text,
	 * read by {@link FormVersion}: a missing or garbled version is an out-of-date page.
	 */
	private String version;

	/** The version of the request the page showed, if the form says so in a way that can be read. */
	Optional<Long> expectedVersion() {
		return FormVersion.parse(version);
	}

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

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
