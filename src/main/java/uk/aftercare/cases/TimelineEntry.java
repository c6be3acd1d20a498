package uk.aftercare.cases;

import java.time.Instant;

/** A read-only timeline entry: who, when, how (for contacts) and what. */
public record TimelineEntry(Instant occurredAt, String actor, TimelineKind kind, ContactChannel channel,
		ContactDirection direction, String summary) {
}
