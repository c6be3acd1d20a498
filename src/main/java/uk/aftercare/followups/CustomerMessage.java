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

import uk.aftercare.customers.PostalAddress;
import uk.aftercare.shared.JdbcRows;

/**
 * An e-mail or letter to a customer, kept whatever became of its delivery. A letter keeps the name and postal address
 * it was issued to: it is a record of what was sent, and a later correction of the customer's record does not change it.
 */
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

	/** The name a letter was addressed to; null for an e-mail, and for a letter issued before names were kept. */
	@Column(name = "letter_name", length = 120)
	private String letterName;

	/** The lines of the postal address a letter was addressed to ({@link PostalAddress#linesText}), or null for none. */
	@Column(name = "letter_address_lines", length = PostalAddress.LINES_COLUMN_LENGTH)
	private String letterAddressLines;

	@Column(name = "letter_postcode", length = PostalAddress.POSTCODE_LENGTH)
	private String letterPostcode;

	/** Who marked a letter as posted, and when; null until then, and for an e-mail. */
	@Column(name = "posted_by", length = 60)
	private String postedBy;

	@Column(name = "posted_at")
	private Instant postedAt;

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

	/** Addresses a letter to the customer as their record has them now; {@code address} null when it holds none. */
	CustomerMessage addressedTo(String name, PostalAddress address) {
		this.letterName = name;
		this.letterAddressLines = address == null ? null : address.linesText();
		this.letterPostcode = address == null ? null : address.postcode();
		return this;
	}

	/**
	 * Records that staff posted this letter, to the address on it. Only a letter not marked before, with a postal
	 * address on it, can have been posted: the service says why any other is refused
	 * ({@link CustomerUpdateService#whyNotPostable}); here the move is only guarded.
	 */
	void markPosted(String by, Instant at) {
		if (delivery != Delivery.PRINT || postedAt != null || letterAddressLines == null || letterPostcode == null) {
			throw new IllegalStateException("Message " + id + " is not a letter to post that has not been posted");
		}
		this.postedBy = by;
		this.postedAt = at;
	}

	/** Whether this letter kept whom it was issued to: every letter does, but those issued before that was kept. */
	boolean keptAddressee() {
		return letterName != null;
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
			"subject", "body", "delivery", "created_by", "created_at", "delivered_at", "letter_name", "letter_address_lines",
			"letter_postcode", "posted_by", "posted_at", "version");

	/** This message's values for {@link #COLUMNS}, as JDBC takes them. */
	java.util.List<Object> rowValues() {
		return java.util.Arrays.asList(caseNumber, JdbcRows.name(templateKey), recipient, subject, body,
				JdbcRows.name(delivery), createdBy, JdbcRows.utc(createdAt), JdbcRows.utc(deliveredAt), letterName,
				letterAddressLines, letterPostcode, postedBy, JdbcRows.utc(postedAt), version);
	}

	/** The id the database gave the row. */
	void assignId(long id) {
		this.id = id;
	}

	CustomerMessageView toView() {
		return new CustomerMessageView(id, caseNumber, templateKey, recipient, subject, body, delivery, createdBy,
				createdAt, deliveredAt, addressee(), postedBy, postedAt);
	}

	/** Who a letter was addressed to, or null when that was not kept (an e-mail, or a letter issued before). */
	private CustomerMessageView.Addressee addressee() {
		if (letterName == null) {
			return null;
		}
		return new CustomerMessageView.Addressee(letterName,
				letterAddressLines == null || letterPostcode == null ? null
						: new PostalAddress(PostalAddress.lines(letterAddressLines), letterPostcode));
	}

}
