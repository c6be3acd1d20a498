package uk.aftercare.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A task on a case with a due date, an owner and a purpose. It is open until someone completes it (saying what
 * came of it) or cancels it (saying why); both are final, and anything else is refused.
 */
@Entity
@Table(name = "follow_up")
class FollowUp {

	static final int MAX_TEXT = 1000;

	/**
	 * No shop plans a call-back further ahead than this: a later due date is a slip of the keyboard (20266 for 2026),
	 * and one past year 9999 could not even be stored on PostgreSQL.
	 */
	static final Period LONGEST_AHEAD = Period.ofYears(2);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private FollowUpPurpose purpose;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private FollowUpOrigin origin;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(nullable = false, length = 60)
	private String owner;

	@Column(length = MAX_TEXT)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FollowUpStatus status;

	@Column(length = MAX_TEXT)
	private String outcome;

	@Column(name = "created_by", nullable = false, length = 60)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "finished_by", length = 60)
	private String finishedBy;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Version
	private long version;

	protected FollowUp() {
	}

	FollowUp(String caseNumber, FollowUpPurpose purpose, FollowUpOrigin origin, LocalDate dueDate, String owner,
			String note, String createdBy, Instant createdAt) {
		this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
		this.purpose = Objects.requireNonNull(purpose, "purpose");
		this.origin = Objects.requireNonNull(origin, "origin");
		this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
		this.owner = requireText(owner, "owner");
		this.note = blankToNull(note);
		this.createdBy = requireText(createdBy, "createdBy");
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.status = FollowUpStatus.OPEN;
	}

	/** Passes an open follow-up to someone else (its owner's account was disabled, or they were made Staff). */
	void reassign(String newOwner) {
		if (status != FollowUpStatus.OPEN) {
			throw new IllegalStateException("Only an open follow-up passes to someone else");
		}
		this.owner = requireText(newOwner, "owner");
	}

	/** Done: {@code outcome} says what came of it (the customer confirmed the refund arrived, ...). */
	void complete(String outcome, String actor, Instant now) {
		finish(FollowUpStatus.DONE, requireText(outcome, "outcome"), actor, now);
	}

	/** No longer needed: {@code reason} says why. */
	void cancel(String reason, String actor, Instant now) {
		finish(FollowUpStatus.CANCELLED, requireText(reason, "reason"), actor, now);
	}

	private void finish(FollowUpStatus target, String text, String actor, Instant now) {
		if (!status.canMoveTo(target)) {
			throw new IllegalFollowUpTransitionException(status, target);
		}
		status = target;
		outcome = text;
		finishedBy = actor;
		finishedAt = now;
	}

	private static String requireText(String text, String name) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long getId() {
		return id;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	FollowUpStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}

	FollowUpView toView() {
		return new FollowUpView(id, caseNumber, purpose, origin, dueDate, owner, note, status, outcome, createdBy,
				createdAt, finishedBy, finishedAt, version);
	}

}
