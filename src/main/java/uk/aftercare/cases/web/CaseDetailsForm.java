package uk.aftercare.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/** Assignee, priority and type on the case page. */
public class CaseDetailsForm {

	@NotBlank(message = "{case.assignee.required}")
	private String assignee;

	@NotNull(message = "{case.priority.required}")
	private Priority priority;

	@NotNull(message = "{case.type.required}")
	private CaseType type;

	public String getAssignee() {
		return assignee;
	}

	public void setAssignee(String assignee) {
		this.assignee = assignee;
	}

	public Priority getPriority() {
		return priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public CaseType getType() {
		return type;
	}

	public void setType(CaseType type) {
		this.type = type;
	}

}
