package uk.aftercare.followups.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.followups.MailTemplateKey;

/**
 * "Send an update" on a case's updates page: which template, the details it needs, and whether it is e-mailed or
 * kept as a letter to print and post. A request that does not say is e-mailed, as before letters could be sent.
 */
public class UpdateForm {

	@NotNull(message = "{customerUpdate.template.required}")
	private MailTemplateKey template;

	@Size(max = 2000, message = "{customerUpdate.details.tooLong}")
	private String details;

	private boolean byEmail = true;

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

	public boolean isByEmail() {
		return byEmail;
	}

	public void setByEmail(boolean byEmail) {
		this.byEmail = byEmail;
	}

}
