package uk.aftercare.returns.web;

import java.util.Optional;

import uk.aftercare.returns.RmaStatus;
import uk.aftercare.shared.web.FormVersion;

/**
 * The next-step form on the RMA page: the step chosen, the note typed and the version of the RMA that staff saw.
 * Kept as a form so a refused step comes back with its message and the note as typed.
 */
public class StepForm {

	private RmaStatus target;

	private String note;

	/** Text, read by {@link FormVersion}: a missing or garbled version is an out-of-date page, not a field error. */
	private String version;

	/** The version of the RMA the page showed, if the form says so in a way that can be read. */
	Optional<Long> expectedVersion() {
		return FormVersion.parse(version);
	}

	public RmaStatus getTarget() {
		return target;
	}

	public void setTarget(RmaStatus target) {
		this.target = target;
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
