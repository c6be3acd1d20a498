package uk.aftercare.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.web.VersionedForm;

/**
 * Assignee, priority and type on the case page, with the case's version they were chosen from and the values the page
 * showed (hidden fields): after a clash with someone else's change, what the user left as shown is not theirs to
 * keep, and is shown as it is now.
 */
public class CaseDetailsForm extends VersionedForm {

	private String shownAssignee;

	private String shownPriority;

	private String shownType;

	@NotBlank(message = "{case.assignee.required}")
	private String assignee;

	@NotNull(message = "{case.priority.required}")
	private Priority priority;

	@NotNull(message = "{case.type.required}")
	private CaseType type;

	public String getShownAssignee() {
		return shownAssignee;
	}

	public void setShownAssignee(String shownAssignee) {
		this.shownAssignee = shownAssignee;
	}

	public String getShownPriority() {
		return shownPriority;
	}

	public void setShownPriority(String shownPriority) {
		this.shownPriority = shownPriority;
	}

	public String getShownType() {
		return shownType;
	}

	public void setShownType(String shownType) {
		this.shownType = shownType;
	}

	/** The page shows the case at this version, with these values: what the form's choices are made from. */
	void showing(long version, String assignee, Priority priority, CaseType type) {
		setVersion(String.valueOf(version));
		this.shownAssignee = assignee;
		this.shownPriority = priority == null ? null : priority.name();
		this.shownType = type == null ? null : type.name();
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
