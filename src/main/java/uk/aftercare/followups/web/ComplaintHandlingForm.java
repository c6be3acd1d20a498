package uk.aftercare.followups.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

import uk.aftercare.followups.ComplaintHandlingService;
import uk.aftercare.followups.ComplaintStep;

/** The complaint-handling checklist: the steps just done, and an optional note. */
public class ComplaintHandlingForm {

	private Set<ComplaintStep> steps = EnumSet.noneOf(ComplaintStep.class);

	/** Checked by the service, with the steps; the limit also gives the box its maxlength ({@code FormLimits}). */
	@Size(max = ComplaintHandlingService.MAX_NOTE)
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
