package uk.aftercare.returns.web;

import uk.aftercare.returns.RmaStatus;
import uk.aftercare.shared.web.VersionedForm;

/**
 * The next-step form on the RMA page: the step chosen, the note typed and the version of the RMA that staff saw.
 * Kept as a form so a refused step comes back with its message and the note as typed.
 */
public class StepForm extends VersionedForm {

	private RmaStatus target;

	private String note;

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

}
