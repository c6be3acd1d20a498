package uk.aftercare.customers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One request a customer made about their data, or one erasure the retention period made: the shop's record that
 * it answered (UK GDPR art. 5(2), accountability). Written once, never changed; it outlives the erasure it records.
 */
@Entity
@Immutable
@Table(name = "data_request")
class DataRequest {

	static final int NOTE_LENGTH = 1000;

	static final int REASONS_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false)
	private long customerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DataRequestKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DataRequestOutcome outcome;

	@Column(name = "recorded_by", nullable = false, length = 60)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(length = NOTE_LENGTH)
	private String note;

	@Column(length = REASONS_LENGTH)
	private String reasons;

	protected DataRequest() {
	}

	DataRequest(long customerId, DataRequestKind kind, DataRequestOutcome outcome, String recordedBy,
			Instant recordedAt, String note, String reasons) {
		this.customerId = customerId;
		this.kind = kind;
		this.outcome = outcome;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.note = note;
		this.reasons = reasons == null || reasons.length() <= REASONS_LENGTH ? reasons
				: reasons.substring(0, REASONS_LENGTH - 1) + "…";
	}

	DataRequestView toView() {
		return new DataRequestView(kind, outcome, recordedBy, recordedAt, note, reasons);
	}

}
