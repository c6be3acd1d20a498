package uk.aftercare.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts cases and approval requests straight into the tables, with only the columns a test cares about set. */
final class CaseRows {

	private static final AtomicInteger NUMBERS = new AtomicInteger(900000);

	private final JdbcClient jdbc;

	private final long customerId;

	CaseRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("insert into customer (name, email, created_at, version) values ('Jane Smith', 'jane@example.com', "
				+ "current_timestamp, 0)").update();
		this.customerId = jdbc.sql("select max(id) from customer").query(Long.class).single();
	}

	Builder newCase(String type, String status, Instant createdAt) {
		return new Builder(type, status, createdAt);
	}

	void approval(String caseNumber, String kind, String status, Instant requestedAt, Instant decidedAt) {
		jdbc.sql("""
				insert into approval_request (case_number, kind, reasons, summary, required_approver, urgent,
				  requested_by, requested_at, status, decided_by, decided_at, version)
				values (:caseNumber, :kind, 'REFUND_OVER_AUTHORITY_LIMIT', 'summary', 'SUPERVISOR', false, 'sam',
				  :requestedAt, :status, :decidedBy, :decidedAt, 0)""")
			.param("caseNumber", caseNumber)
			.param("kind", kind)
			.param("status", status)
			.param("requestedAt", requestedAt.atOffset(ZoneOffset.UTC))
			.param("decidedBy", decidedAt == null ? null : "sue")
			.param("decidedAt", decidedAt == null ? null : decidedAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	final class Builder {

		private final Map<String, Object> columns = new LinkedHashMap<>();

		private Builder(String type, String status, Instant createdAt) {
			columns.put("case_number", "AC-2026-" + NUMBERS.incrementAndGet());
			columns.put("customer_id", customerId);
			columns.put("customer_name", "Jane Smith");
			columns.put("customer_name_key", "jane smith");
			columns.put("customer_email", "jane@example.com");
			columns.put("channel", "EMAIL");
			columns.put("description", "The kettle leaks");
			columns.put("vulnerable_customer", false);
			columns.put("suggested_type", type);
			columns.put("suggestion_confidence", 0.9);
			columns.put("type", type);
			columns.put("type_overridden", false);
			columns.put("type_confirmed_by", "sam");
			columns.put("status", status);
			columns.put("priority", "NORMAL");
			columns.put("assignee", "sam");
			columns.put("created_by", "sam");
			columns.put("created_at", createdAt.atOffset(ZoneOffset.UTC));
			columns.put("updated_at", createdAt.atOffset(ZoneOffset.UTC));
			columns.put("customer_contacts", 1);
			columns.put("escalated", false);
			columns.put("sla_breached", false);
			columns.put("version", 0);
		}

		Builder with(String column, Object value) {
			columns.put(column, value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : value);
			return this;
		}

		/** Inserts the case and returns its number. */
		String insert() {
			String names = String.join(", ", columns.keySet());
			String values = ":" + String.join(", :", columns.keySet());
			jdbc.sql("insert into service_case (" + names + ") values (" + values + ")").params(columns).update();
			return (String) columns.get("case_number");
		}

	}

}
