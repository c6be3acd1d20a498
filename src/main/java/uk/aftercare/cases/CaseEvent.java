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

/** One entry on a case's timeline. Append-only: never updated, never deleted. */
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

	TimelineEntry toEntry() {
		return new TimelineEntry(occurredAt, actor, kind, channel, direction, summary);
	}

}
