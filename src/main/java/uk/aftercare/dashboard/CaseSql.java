package uk.aftercare.dashboard;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseStatus;

/**
 * A where clause over {@code service_case c} with its named parameters, built from the dashboard's filters or from a
 * case list query (the same conditions the case list applies, so an export has exactly the rows the list shows).
 */
final class CaseSql extends SqlConditions {

	/** The statuses of an open case, as SQL literals (enum names, never user input). */
	static final String ACTIVE_STATUSES = CaseStatus.ACTIVE.stream()
		.map(s -> "'" + s.name() + "'")
		.sorted()
		.collect(Collectors.joining(", "));

	static CaseSql of(DashboardFilter filter, ZoneId zone) {
		CaseSql sql = new CaseSql();
		sql.createdBetween(filter.createdFrom(zone), filter.createdBefore(zone));
		sql.equal("c.channel", "channel", filter.channel());
		sql.equal("c.type", "type", filter.type());
		return sql;
	}

	static CaseSql of(CaseQuery query) {
		CaseSql sql = new CaseSql();
		sql.equal("c.type", "type", query.type());
		sql.equal("c.status", "status", query.status());
		sql.equal("c.assignee", "assignee", query.assignee());
		if (query.unassigned()) {
			sql.conditions.add("c.assignee is null");
		}
		sql.equal("c.channel", "channel", query.channel());
		sql.createdBetween(query.createdFrom(), query.createdBefore());
		if (query.active()) {
			sql.active();
		}
		if (query.slaBreached()) {
			sql.conditions.add("c.sla_breached = true");
		}
		if (query.slaDueBefore() != null) {
			sql.active();
			sql.conditions.add("c.sla_breached = false and c.status <> 'AWAITING_CUSTOMER' and "
					+ "(c.resolution_due_at < :dueBefore or (c.first_response_at is null and c.response_due_at < :dueBefore))");
			sql.params.put("dueBefore", timestamp(query.slaDueBefore()));
		}
		sql.equal("c.approval_state", "approvalState", query.approvalState());
		if (query.text() != null) {
			if (query.textIsCaseNumber()) {
				sql.equal("c.case_number", "caseNumber", query.textUpper());
			}
			else if (query.textIsEmail()) {
				sql.equal("c.customer_email", "email", query.textLower());
			}
			else {
				// One way per index, joined by union: H2 answers an OR across these columns only by reading every
				// case (docs/performance.md, "Searching by name, phone or order reference"). The cases found are
				// then read by id.
				List<String> ways = new ArrayList<>();
				ways.add("s.customer_email = :email");
				ways.add("s.order_reference = :orderReference");
				ways.add("s.customer_name_key like :namePrefix escape '\\'");
				ways.add("s.customer_surname_key like :namePrefix escape '\\'");
				sql.params.put("email", query.textLower());
				sql.params.put("orderReference", query.textUpper());
				sql.params.put("namePrefix", escapeLike(query.textNameKey()) + "%");
				if (query.textLastWordNameKey() != null) {
					// A surname of more than one word: its last word on the index, the rest checked on the rows found.
					ways.add("s.customer_surname_key like :lastNamePrefix escape '\\'"
							+ " and s.customer_name_key like :laterNames escape '\\'");
					sql.params.put("lastNamePrefix", escapeLike(query.textLastWordNameKey()) + "%");
					sql.params.put("laterNames", "% " + escapeLike(query.textNameKey()) + "%");
				}
				if (query.textPhoneKey() != null) {
					ways.add("s.customer_phone_key = :phoneKey");
					sql.params.put("phoneKey", query.textPhoneKey());
				}
				sql.conditions.add(ways.stream()
					.map(way -> "select s.id from service_case s where " + way)
					.collect(Collectors.joining(" union ", "c.id in (", ")")));
			}
		}
		return sql;
	}

	CaseSql active() {
		String condition = "c.status in (" + ACTIVE_STATUSES + ")";
		if (!conditions.contains(condition)) {
			conditions.add(condition);
		}
		return this;
	}

	private void createdBetween(Instant from, Instant before) {
		if (from != null) {
			conditions.add("c.created_at >= :createdFrom");
			params.put("createdFrom", timestamp(from));
		}
		if (before != null) {
			conditions.add("c.created_at < :createdBefore");
			params.put("createdBefore", timestamp(before));
		}
	}

	private void equal(String column, String param, Object value) {
		if (value != null) {
			conditions.add(column + " = :" + param);
			params.put(param, value instanceof Enum<?> e ? e.name() : value);
		}
	}

	static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
