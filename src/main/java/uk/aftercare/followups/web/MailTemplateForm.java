package uk.aftercare.followups.web;

import uk.aftercare.shared.web.FormVersion;

/** A manager's edit of one e-mail template; the template rules ({@code TemplateText.check}) validate it. */
public class MailTemplateForm {

	private String subject;

	private String body;

	/**
	 * The version the manager opened, from a hidden field. Text, so that a missing or mangled value is told apart
	 * from version 0 instead of silently passing the check for a later change.
	 */
	private String version;

	/** The version the manager opened, or null when the form did not carry one. */
	Long expectedVersion() {
		return FormVersion.parse(version).orElse(null);
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
