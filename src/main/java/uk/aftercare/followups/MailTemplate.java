package uk.aftercare.followups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The text of one kind of e-mail or letter, edited by managers. The defaults come with the schema (V6). */
@Entity
@Table(name = "mail_template")
class MailTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "template_key", nullable = false, unique = true, length = 30)
	private MailTemplateKey key;

	@Column(nullable = false, length = TemplateText.MAX_SUBJECT)
	private String subject;

	@Column(nullable = false, length = TemplateText.MAX_BODY)
	private String body;

	@Column(name = "updated_by", nullable = false, length = 60)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected MailTemplate() {
	}

	void edit(String subject, String body, String actor, Instant now) {
		this.subject = subject.strip();
		this.body = body.strip();
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	MailTemplateKey getKey() {
		return key;
	}

	String getSubject() {
		return subject;
	}

	String getBody() {
		return body;
	}

	long getVersion() {
		return version;
	}

	MailTemplateView toView() {
		return new MailTemplateView(key, subject, body, updatedBy, updatedAt, version);
	}

}
