package uk.aftercare.followups.web;

import uk.aftercare.shared.web.VersionedForm;

/** A manager's edit of one e-mail template; the template rules ({@code TemplateText.check}) validate it. */
public class MailTemplateForm extends VersionedForm {

	private String subject;

	private String body;

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

}
