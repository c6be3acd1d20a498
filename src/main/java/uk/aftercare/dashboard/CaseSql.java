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

	/** A way search text may find a case, and the condition that a case is not found that way; both NULL-safe. */
	private record Way(String finds, String misses) {
	}

	/** The ways the search text may find a case, when there is more than one: see {@link #select(String)}. */
	private final List<Way> ways = new ArrayList<>();

	/**
	 * Whether the filters are asked beside search text's ways, and so written that no index answers them (see
	 * {@link #column(String)}).
	 */
	private boolean besideText;

	static CaseSql of(DashboardFilter filter, ZoneId zone) {
		CaseSql sql = new CaseSql();
		sql.createdBetween(filter.createdFrom(zone), filter.createdBefore(zone));
		sql.equal("c.channel", "channel", filter.channel());
		sql.equal("c.type", "type", filter.type());
		return sql;
	}

	static CaseSql of(CaseQuery query) {
		CaseSql sql = new CaseSql();
		sql.besideText = query.text() != null && !query.textIsCaseNumber() && !query.textIsEmail();
		sql.equal(sql.column("type"), "type", query.type());
		sql.equal(sql.column("status"), "status", query.status());
		sql.equal(sql.column("assignee"), "assignee", query.assignee());
		if (query.unassigned()) {
			sql.conditions.add(sql.column("assignee") + " is null");
		}
		sql.equal(sql.column("channel"), "channel", query.channel());
		sql.createdBetween(query.createdFrom(), query.createdBefore());
		if (query.active()) {
			sql.active();
		}
		if (query.slaBreached()) {
			sql.conditions.add(sql.column("sla_breached") + " = true");
		}
		if (query.slaDueBefore() != null) {
			sql.active();
			sql.conditions.add(sql.column("sla_breached") + " = false and " + sql.column("status")
					+ " <> 'AWAITING_CUSTOMER' and (" + sql.column("resolution_due_at") + " < :dueBefore or ("
					+ sql.column("first_response_at") + " is null and " + sql.column("response_due_at")
					+ " < :dueBefore))");
			sql.params.put("dueBefore", timestamp(query.slaDueBefore()));
		}
		sql.equal(sql.column("approval_state"), "approvalState", query.approvalState());
		if (query.text() != null) {
			if (query.textIsCaseNumber()) {
				sql.equal("c.case_number", "caseNumber", query.textUpper());
			}
			else if (query.textIsEmail()) {
				sql.equal("c.customer_email", "email", query.textLower());
			}
			else {
				// One way per index, each asked on its own (see select): H2 answers an OR across these columns only
				// by reading every case (docs/performance.md, "Searching by name, phone or order reference").
				sql.way("c.customer_email = :email", "c.customer_email is distinct from :email");
				sql.way("c.order_reference = :orderReference", "c.order_reference is distinct from :orderReference");
				sql.way("c.customer_name_key like :namePrefix escape '\\'",
						"(c.customer_name_key is null or c.customer_name_key not like :namePrefix escape '\\')");
				sql.way("c.customer_surname_key like :namePrefix escape '\\'",
						"(c.customer_surname_key is null or c.customer_surname_key not like :namePrefix escape '\\')");
				sql.params.put("email", query.textLower());
				sql.params.put("orderReference", query.textUpper());
				sql.params.put("namePrefix", escapeLike(query.textNameKey()) + "%");
				if (query.textLastWordNameKey() != null) {
					// A surname of more than one word: its last word on the index, the rest checked on the rows found.
					sql.way("c.customer_surname_key like :lastNamePrefix escape '\\'"
							+ " and c.customer_name_key like :laterNames escape '\\'",
							"(c.customer_surname_key is null or c.customer_name_key is null"
									+ " or c.customer_surname_key not like :lastNamePrefix escape '\\'"
									+ " or c.customer_name_key not like :laterNames escape '\\')");
					sql.params.put("lastNamePrefix", escapeLike(query.textLastWordNameKey()) + "%");
					sql.params.put("laterNames", "% " + escapeLike(query.textNameKey()) + "%");
				}
				if (query.textPhoneKey() != null) {
					sql.way("c.customer_phone_key = :phoneKey", "c.customer_phone_key is distinct from :phoneKey");
					sql.params.put("phoneKey", query.textPhoneKey());
				}
			}
		}
		return sql;
	}

	/**
	 * The query for {@code columns} of every case these conditions find, in the case list's order (newest first, then
	 * the highest id). Search text that may find a case in several ways is asked one way at a time, each way leaving
	 * out the cases an earlier one found, joined by {@code union all}: each part reads its own index, and no case
	 * comes twice. (As {@code c.id in (select ... union ...)} H2 read the cases by id, but checked each case found
	 * against the whole union again: 400 s for a surname of 15,000 cases at a million.)
	 */
	String select(String columns) {
		String order = " order by list_created_at desc, list_id desc";
		String select = "select " + columns + ", c.created_at as list_created_at, c.id as list_id from service_case c";
		if (ways.isEmpty()) {
			return select + where() + order;
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < ways.size(); i++) {
			List<String> all = new ArrayList<>(conditions);
			all.add(ways.get(i).finds());
			ways.subList(0, i).forEach(earlier -> all.add(earlier.misses()));
			parts.add(select + " where " + String.join(" and ", all));
		}
		return String.join(" union all ", parts) + order;
	}

	private void way(String finds, String misses) {
		ways.add(new Way(finds, misses));
	}

	/**
	 * A column of {@code service_case c} as a filter names it. Beside search text's ways it is written
	 * {@code coalesce(c.status, c.status)}, the same value, which no index answers, so that the database reads the
	 * way's index: H2 rates any equality on an indexed column above a range such as {@code surname like 'smith%'},
	 * and read the 970,000 closed cases of a million, not the 15,000 Smiths, for "Smith" among closed cases.
	 */
	private String column(String name) {
		return besideText ? "coalesce(c." + name + ", c." + name + ")" : "c." + name;
	}

	CaseSql active() {
		String condition = column("status") + " in (" + ACTIVE_STATUSES + ")";
		if (!conditions.contains(condition)) {
			conditions.add(condition);
		}
		return this;
	}

	private void createdBetween(Instant from, Instant before) {
		if (from != null) {
			conditions.add(column("created_at") + " >= :createdFrom");
			params.put("createdFrom", timestamp(from));
		}
		if (before != null) {
			conditions.add(column("created_at") + " < :createdBefore");
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
