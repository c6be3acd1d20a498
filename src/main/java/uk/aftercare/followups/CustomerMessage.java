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

import uk.aftercare.shared.JdbcRows;

/** An e-mail or letter to a customer, kept whatever became of its delivery. */
@Entity
@Table(name = "customer_message")
class CustomerMessage {

	static final int MAX_BODY = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "template_key", nullable = false, length = 30)
	private MailTemplateKey templateKey;

	@Column(length = 200)
	private String recipient;

	@Column(nullable = false, length = 300)
	private String subject;

	@Column(nullable = false, length = MAX_BODY)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Delivery delivery;

	@Column(name = "created_by", nullable = false, length = 60)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	@Version
	private long version;

	protected CustomerMessage() {
	}

	CustomerMessage(String caseNumber, MailTemplateKey templateKey, String recipient, String subject, String body,
			Delivery delivery, String createdBy, Instant createdAt) {
		this.caseNumber = caseNumber;
		this.templateKey = templateKey;
		this.recipient = recipient;
		this.subject = truncate(subject, 300);
		this.body = truncate(body, MAX_BODY);
		this.delivery = delivery;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void delivered(Delivery result, Instant now) {
		this.delivery = result;
		this.deliveredAt = now;
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}

	Long getId() {
		return id;
	}

	/** The columns of {@code customer_message} other than {@code id}, in the order of {@link #rowValues()}. */
	static final java.util.List<String> COLUMNS = java.util.List.of("case_number", "template_key", "recipient",
			"subject", "body", "delivery", "created_by", "created_at", "delivered_at", "version");

	/** This message's values for {@link #COLUMNS}, as JDBC takes them. */
	java.util.List<Object> rowValues() {
		return java.util.Arrays.asList(caseNumber, JdbcRows.name(templateKey), recipient, subject, body,
				JdbcRows.name(delivery), createdBy, JdbcRows.utc(createdAt), JdbcRows.utc(deliveredAt), version);
	}

	/** The id the database gave the row. */
	void assignId(long id) {
		this.id = id;
	}

	CustomerMessageView toView() {
		return new CustomerMessageView(id, caseNumber, templateKey, recipient, subject, body, delivery, createdBy,
				createdAt, deliveredAt);
	}

}
