package uk.aftercare.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/** Assignee, priority and type on the case page, with the case's version they were chosen from. */
public class CaseDetailsForm {

	private Long version;

	@NotBlank(message = "{case.assignee.required}")
	private String assignee;

	@NotNull(message = "{case.priority.required}")
	private Priority priority;

	@NotNull(message = "{case.type.required}")
	private CaseType type;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

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
