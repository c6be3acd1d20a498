package uk.aftercare.followups.web;

/** A manager's edit of one e-mail template; the template rules ({@code TemplateText.check}) validate it. */
public class MailTemplateForm {

	private String subject;

	private String body;

	private long version;

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

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
