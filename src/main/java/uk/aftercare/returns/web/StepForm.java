package uk.aftercare.returns.web;

import uk.aftercare.returns.RmaStatus;

/**
 * The next-step form on the RMA page: the step chosen, the note typed and the version of the RMA that staff saw.
 * Kept as a form so a refused step comes back with its message and the note as typed.
 */
public class StepForm {

	private RmaStatus target;

	private String note;

	private Long version;

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

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
