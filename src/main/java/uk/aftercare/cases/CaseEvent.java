package uk.aftercare.cases;

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

import uk.aftercare.shared.JdbcRows;

/**
 * One entry on a case's timeline. Append-only: never deleted, and never updated but once, by
 * {@link CasePersonalData#erase} over plain SQL, when the customer's data is erased and the summary loses what was
 * typed or names the customer.
 */
@Entity
@Immutable
@Table(name = "case_event")
class CaseEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 60)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private TimelineKind kind;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private ContactChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private ContactDirection direction;

	@Column(nullable = false, length = 5000)
	private String summary;

	protected CaseEvent() {
	}

	CaseEvent(Instant occurredAt, String actor, TimelineKind kind, ContactChannel channel, ContactDirection direction,
			String summary) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.channel = channel;
		this.direction = direction;
		this.summary = summary;
	}

	/** The columns of {@code case_event} other than {@code id} and {@code case_id}, in the order of {@link #rowValues()}. */
	static final java.util.List<String> COLUMNS = java.util.List.of("occurred_at", "actor", "kind", "channel",
			"direction", "summary");

	/** This entry's values for {@link #COLUMNS}, as JDBC takes them. */
	java.util.List<Object> rowValues() {
		return java.util.Arrays.asList(JdbcRows.utc(occurredAt), actor, JdbcRows.name(kind), JdbcRows.name(channel),
				JdbcRows.name(direction), summary);
	}

	TimelineEntry toEntry() {
		return new TimelineEntry(occurredAt, actor, kind, channel, direction, summary);
	}

}
