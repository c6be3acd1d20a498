package uk.aftercare.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Remembers which case a one-time form token or an API Idempotency-Key created, so a double click or a retry returns
 * the first case instead of making a second. The unique (owner, key) constraint settles races between two requests.
 * It keeps a hash of the request it was made for, so that a key sent again with a different request can be told
 * from a retry ({@link #madeFor}).
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

	/** {@link #hash} of the request that made the case; null in records kept before requests were hashed. */
	@Column(name = "request_hash", length = 64)
	private String requestHash;

	protected IdempotencyRecord() {
	}

	IdempotencyRecord(String owner, String key, String caseNumber, String requestHash, Instant createdAt) {
		this.owner = owner;
		this.key = key;
		this.caseNumber = caseNumber;
		this.requestHash = requestHash;
		this.createdAt = createdAt;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	/**
	 * Whether the case was made for a request with this hash. A record kept before requests were hashed says yes to
	 * any, as its key alone was all that was asked of it.
	 */
	boolean madeFor(String requestHash) {
		return this.requestHash == null || this.requestHash.equals(requestHash);
	}

	/**
	 * SHA-256 (hex) of the request as bound: its fields, not the JSON it came in, so a retry laid out or ordered
	 * differently, or tidied to the same values (spaces around a reference, a name's case in an email), is the same
	 * request. Each value is written with its length, so no two different requests run together into one text.
	 */
	static String hash(OpenCaseCommand command) {
		var customer = command.customer();
		StringBuilder text = new StringBuilder();
		for (Object value : Arrays.asList(command.channel(), command.description(),
				customer == null ? null : customer.name(), customer == null ? null : customer.email(),
				customer == null ? null : customer.phone(), command.customerId(), command.orderReference(),
				command.product(), command.type(), command.vulnerableCustomer())) {
			String part = Objects.toString(value, null);
			text.append(part == null ? "-" : part.length() + ":" + part).append(';');
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

}
