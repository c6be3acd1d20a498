package uk.aftercare.customers;

import java.time.Instant;

/** A data-protection record as the customer page lists it. */
public record DataRequestView(DataRequestKind kind, DataRequestOutcome outcome, String recordedBy,
		Instant recordedAt, String note, String reasons) {
}
