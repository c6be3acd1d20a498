package uk.aftercare.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Remembers which case a one-time form token or an API Idempotency-Key created, so a double click or a retry returns
 * the first case instead of making a second. The unique (owner, key) constraint settles races between two requests.
 */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

	/** The longest key the column holds: a prefix naming where the key came from, and up to 100 characters. */
	static final int KEY_LENGTH = 120;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60)
	private String owner;

	@Column(name = "idem_key", nullable = false, length = KEY_LENGTH)
	private String key;

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected IdempotencyRecord() {
	}

	IdempotencyRecord(String owner, String key, String caseNumber, Instant createdAt) {
		this.owner = owner;
		this.key = key;
		this.caseNumber = caseNumber;
		this.createdAt = createdAt;
	}

	String getCaseNumber() {
		return caseNumber;
	}

}
