package uk.aftercare.followups.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.followups.MailTemplateKey;

/** "Send an update" on a case's updates page: which template, and the details it needs. */
public class UpdateForm {

	@NotNull(message = "{customerUpdate.template.required}")
	private MailTemplateKey template;

	@Size(max = 2000, message = "{customerUpdate.details.tooLong}")
	private String details;

	public MailTemplateKey getTemplate() {
		return template;
	}

	public void setTemplate(MailTemplateKey template) {
		this.template = template;
	}

	public String getDetails() {
		return details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

}
