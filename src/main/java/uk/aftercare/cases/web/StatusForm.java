package uk.aftercare.cases.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.cases.CaseStatus;

/** "Change status" on the case page. */
public class StatusForm {

	@NotNull(message = "{status.target.required}")
	private CaseStatus target;

	@Size(max = 500, message = "{status.reason.tooLong}")
	private String reason;

	public CaseStatus getTarget() {
		return target;
	}

	public void setTarget(CaseStatus target) {
		this.target = target;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
