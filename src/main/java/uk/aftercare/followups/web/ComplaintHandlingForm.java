package uk.aftercare.followups.web;

import java.util.EnumSet;
import java.util.Set;

import uk.aftercare.followups.ComplaintStep;

/** The complaint-handling checklist: the steps just done, and an optional note. */
public class ComplaintHandlingForm {

	private Set<ComplaintStep> steps = EnumSet.noneOf(ComplaintStep.class);

	private String note;

	public Set<ComplaintStep> getSteps() {
		return steps;
	}

	public void setSteps(Set<ComplaintStep> steps) {
		this.steps = steps;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
