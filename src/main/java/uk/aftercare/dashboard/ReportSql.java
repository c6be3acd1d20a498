package uk.aftercare.dashboard;

import java.time.ZoneId;

/**
 * The conditions of a report over one module's records: the record's own date in the period (a refund by the day it
 * was paid, a complaint by when it was closed), and the case's channel and type through a join to
 * {@code service_case c} only when one of them is chosen. Without a channel or type the report reads its own table
 * alone, along an index that leads with that date.
 */
final class ReportSql extends SqlConditions {

	private String join = "";

	private ReportSql() {
	}

	/**
	 * Records whose timestamp column falls within the period's shop days (midnight to midnight in the shop's zone).
	 */
	static ReportSql at(String column, String caseNumberColumn, DashboardFilter filter, ZoneId zone) {
		ReportSql sql = new ReportSql();
		sql.condition(column + " >= :periodFrom", "periodFrom",
				filter.from() == null ? null : CaseSql.timestamp(filter.createdFrom(zone)));
		sql.condition(column + " < :periodBefore", "periodBefore",
				filter.to() == null ? null : CaseSql.timestamp(filter.createdBefore(zone)));
		return sql.ofCase(caseNumberColumn, filter);
	}

	/** Records whose date column (a shop calendar day) is one of the period's days, {@code to} included. */
	static ReportSql on(String column, String caseNumberColumn, DashboardFilter filter) {
		ReportSql sql = new ReportSql();
		sql.condition(column + " >= :periodFrom", "periodFrom", filter.from());
		sql.condition(column + " <= :periodTo", "periodTo", filter.to());
		return sql.ofCase(caseNumberColumn, filter);
	}

	private ReportSql ofCase(String caseNumberColumn, DashboardFilter filter) {
		if (filter.channel() != null || filter.type() != null) {
			join = " join service_case c on c.case_number = " + caseNumberColumn;
			condition("c.channel = :channel", "channel", filter.channel() == null ? null : filter.channel().name());
			condition("c.type = :type", "type", filter.type() == null ? null : filter.type().name());
		}
		return this;
	}

	private void condition(String condition, String param, Object value) {
		if (value != null) {
			conditions.add(condition);
			params.put(param, value);
		}
	}

	/** " join service_case c on ..." when a channel or type is chosen, else nothing: to follow the record's table. */
	String join() {
		return join;
	}

}
