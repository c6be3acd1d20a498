package uk.aftercare.dashboard;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseAge;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.classification.CaseType;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.shared.ShopClock;

/**
 * The open-case dashboard's figures, each one SQL aggregate over the indexed columns (see V7__dashboard_indexes.sql).
 * A figure that needs another module's records (refunds agreed but not paid by their 14-day date, from the returns
 * module) is one more method here reading that module's table with the same {@link CaseSql} filters.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

	/** Approval turnaround looks back this far when no period is chosen. */
	public static final Duration DEFAULT_TURNAROUND_PERIOD = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final ShopClock clock;

	/** Seconds from a.requested_at to a.decided_at: H2's datediff is many times cheaper than its epoch arithmetic. */
	private final String secondsToDecide;

	DashboardQueries(JdbcClient jdbc, ShopClock clock, DataSource dataSource) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.secondsToDecide = isH2(dataSource) ? "datediff('SECOND', a.requested_at, a.decided_at)"
				: "extract(epoch from (a.decided_at - a.requested_at))";
	}

	private static boolean isH2(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database this is", e);
		}
	}

	/** Open cases by type, status, age bucket, SLA state, approval and owner, in one pass over the open cases. */
	public OpenCaseDashboard openCases(DashboardFilter filter) {
		Instant now = clock.now();
		CaseSql where = CaseSql.of(filter, clock.zone()).active();
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("under1", CaseSql.timestamp(CaseAge.UNDER_1_DAY.createdFrom(now)));
		params.put("under3", CaseSql.timestamp(CaseAge.DAYS_1_TO_3.createdFrom(now)));
		params.put("under7", CaseSql.timestamp(CaseAge.DAYS_3_TO_7.createdFrom(now)));
		params.put("dueBefore", CaseSql.timestamp(now.plus(SlaFilter.DUE_SOON_WINDOW)));
		List<OpenCaseDashboard.Cell> cells = jdbc.sql("""
				select c.type, c.status, c.assignee,
				  case when c.created_at >= :under1 then 'UNDER_1_DAY' when c.created_at >= :under3 then 'DAYS_1_TO_3'
				       when c.created_at >= :under7 then 'DAYS_3_TO_7' else 'OVER_7_DAYS' end as age,
				  case when c.sla_breached then 'BREACHED'
				       when c.status <> 'AWAITING_CUSTOMER' and (c.resolution_due_at < :dueBefore
				         or (c.first_response_at is null and c.response_due_at < :dueBefore)) then 'DUE_SOON'
				       else 'ON_TRACK' end as sla,
				  case when c.approval_state = 'PENDING' then 1 else 0 end as awaiting,
				  count(*) as cases
				from service_case c""" + where.where() + """

				group by c.type, c.status, c.assignee, age, sla, awaiting""")
			.params(params)
			.query((rs, i) -> new OpenCaseDashboard.Cell(CaseType.valueOf(rs.getString("type")),
					CaseStatus.valueOf(rs.getString("status")), rs.getString("assignee"),
					CaseAge.valueOf(rs.getString("age")),
					"ON_TRACK".equals(rs.getString("sla")) ? null : SlaFilter.valueOf(rs.getString("sla")),
					rs.getInt("awaiting") == 1, rs.getLong("cases")))
			.list();
		return OpenCaseDashboard.fold(cells);
	}

	/** Approval requests waiting for a decision, by kind, for cases matching the filters. */
	public List<ApprovalFigures.Pending> pendingApprovals(DashboardFilter filter) {
		PendingSql pending = new PendingSql(filter, null);
		return jdbc.sql("select a.kind, count(*) as requests, min(a.requested_at) as oldest" + pending.from
				+ " group by a.kind order by a.kind")
			.params(pending.params)
			.query((rs, i) -> new ApprovalFigures.Pending(ApprovalKind.valueOf(rs.getString("kind")),
					rs.getLong("requests"), rs.getObject("oldest", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * One page of the requests of this kind (any, when null) that {@link #pendingApprovals} counts, in the approval
	 * queue's order: urgent first, then oldest first.
	 */
	public Page<ApprovalFigures.Waiting> pendingApprovals(DashboardFilter filter, ApprovalKind kind, Pageable pageable) {
		PendingSql pending = new PendingSql(filter, kind);
		long count = jdbc.sql("select count(*)" + pending.from).params(pending.params).query(Long.class).single();
		List<ApprovalFigures.Waiting> waiting = jdbc.sql("""
				select a.id, a.kind, a.case_number, a.amount, a.reasons, a.required_approver, a.urgent, a.requested_by,
				  a.owner, a.requested_at""" + pending.from + """

				order by a.urgent desc, a.requested_at, a.id
				limit :limit offset :offset""")
			.params(pending.params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, i) -> new ApprovalFigures.Waiting(rs.getLong("id"), ApprovalKind.valueOf(rs.getString("kind")),
					rs.getString("case_number"), rs.getBigDecimal("amount"), codes(rs.getString("reasons")),
					rs.getString("required_approver"), rs.getBoolean("urgent"), rs.getString("requested_by"),
					rs.getString("owner"), rs.getObject("requested_at", OffsetDateTime.class).toInstant()))
			.list();
		return new PageImpl<>(waiting, pageable, count);
	}

	private static List<String> codes(String joined) {
		return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
	}

	/**
	 * Approval requests waiting for a decision, of one kind or any, on cases matching the filters: one from-and-where
	 * for the dashboard's count and the list behind it, so the two cannot differ. The queue's index
	 * {@code ix_approval_queue (status, urgent, requested_at)} finds them; the case is joined only when filtered.
	 */
	private final class PendingSql {

		private final String from;

		private final Map<String, Object> params;

		PendingSql(DashboardFilter filter, ApprovalKind kind) {
			CaseSql where = CaseSql.of(filter, clock.zone());
			this.params = new HashMap<>(where.params());
			String join = filter.isFiltered() ? " join service_case c on c.case_number = a.case_number" : "";
			String ofKind = "";
			if (kind != null) {
				ofKind = " and a.kind = :kind";
				this.params.put("kind", kind.name());
			}
			this.from = " from approval_request a" + join + " where a.status = 'PENDING'" + ofKind + where.and();
		}

	}

	/**
	 * How long decided requests took, by kind: requests decided in the chosen period, for cases matching the channel
	 * and type filters. Without a start, the period is the 30 days up to the end chosen (the shop days up to and
	 * including it), or the last 30 days when no end is chosen either.
	 */
	public List<ApprovalFigures.Turnaround> approvalTurnaround(DashboardFilter filter) {
		DecidedSql decided = new DecidedSql(filter, null, null);
		String hours = "cast(" + secondsToDecide + " as double precision) / 3600.0";
		return jdbc.sql("select a.kind, count(*) as decided,"
				+ " sum(case when a.status = 'APPROVED' then 1 else 0 end) as approved,"
				+ " avg(" + hours + ") as average_hours,"
				+ " percentile_cont(0.5) within group (order by " + hours + ") as median_hours" + decided.from
				+ " group by a.kind order by a.kind")
			.params(decided.params)
			.query((rs, i) -> new ApprovalFigures.Turnaround(ApprovalKind.valueOf(rs.getString("kind")),
					rs.getLong("decided"), rs.getLong("approved"), rs.getDouble("average_hours"),
					rs.getDouble("median_hours")))
			.list();
	}

	/**
	 * One page of the requests of this kind (any, when null) that {@link #approvalTurnaround} counts as decided, or
	 * with an outcome as approved (or rejected): the latest decision first.
	 */
	public Page<ApprovalFigures.Decided> decidedApprovals(DashboardFilter filter, ApprovalKind kind,
			ApprovalStatus outcome, Pageable pageable) {
		DecidedSql decided = new DecidedSql(filter, kind, outcome);
		long count = jdbc.sql("select count(*)" + decided.from).params(decided.params).query(Long.class).single();
		List<ApprovalFigures.Decided> requests = jdbc.sql("""
				select a.id, a.kind, a.case_number, a.amount, a.requested_by, a.requested_at, a.decided_by, a.status,
				  a.decided_at""" + decided.from + """

				order by a.decided_at desc, a.id desc
				limit :limit offset :offset""")
			.params(decided.params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, i) -> new ApprovalFigures.Decided(rs.getLong("id"), ApprovalKind.valueOf(rs.getString("kind")),
					rs.getString("case_number"), rs.getBigDecimal("amount"), rs.getString("requested_by"),
					rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("decided_by"),
					ApprovalStatus.valueOf(rs.getString("status")),
					rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
			.list();
		return new PageImpl<>(requests, pageable, count);
	}

	/**
	 * Approval requests decided in the turnaround period, of one kind or any, with one outcome or either, on cases
	 * matching the channel and type filters: one from-and-where for the turnaround figures and the lists behind them,
	 * so the two cannot differ. {@code ix_approval_decided (decided_at, kind, status, requested_at)} finds them (the
	 * period first); the case is joined only when filtered. The filter's dates choose the period, not the cases.
	 */
	private final class DecidedSql {

		private final String from;

		private final Map<String, Object> params;

		DecidedSql(DashboardFilter filter, ApprovalKind kind, ApprovalStatus outcome) {
			Instant until = filter.to() == null ? clock.now() : filter.createdBefore(clock.zone());
			Instant since;
			if (filter.from() != null) {
				since = filter.createdFrom(clock.zone());
			}
			else if (filter.to() != null) {
				// Whole shop days, as the end is one: 30 days up to 30 September start at midnight on 1 September.
				since = filter.to()
					.minusDays(DEFAULT_TURNAROUND_PERIOD.toDays() - 1)
					.atStartOfDay(clock.zone())
					.toInstant();
			}
			else {
				since = until.minus(DEFAULT_TURNAROUND_PERIOD);
			}
			DashboardFilter caseFilter = new DashboardFilter(null, null, filter.channel(), filter.type());
			CaseSql where = CaseSql.of(caseFilter, clock.zone());
			String join = caseFilter.isFiltered() ? " join service_case c on c.case_number = a.case_number" : "";
			this.params = new HashMap<>(where.params());
			this.params.put("since", CaseSql.timestamp(since));
			this.params.put("until", CaseSql.timestamp(until));
			String of = "";
			if (kind != null) {
				of += " and a.kind = :kind";
				this.params.put("kind", kind.name());
			}
			if (outcome != null) {
				of += " and a.status = :outcome";
				this.params.put("outcome", outcome.name());
			}
			this.from = " from approval_request a" + join
					+ " where a.decided_at >= :since and a.decided_at < :until and a.status <> 'PENDING'" + of
					+ where.and();
		}

	}

	/** How many of the unpaid refunds the dashboard lists itself, oldest first; the rest are a link away. */
	static final int UNPAID_REFUNDS_SHOWN = 10;

	/**
	 * Refunds agreed on cases in the filter that are past their due date and not yet paid: how many, how much, and
	 * the oldest few. The count and total are one aggregate; the oldest are read separately, so the dashboard never
	 * reads every unpaid refund.
	 */
	public ModuleReports.UnpaidRefunds unpaidRefunds(DashboardFilter filter) {
		UnpaidRefundsSql unpaid = new UnpaidRefundsSql(filter);
		record Totals(long count, BigDecimal total) {
		}
		Totals totals = jdbc.sql("select count(*), coalesce(sum(r.refund_amount), 0)" + unpaid.from)
			.params(unpaid.params)
			.query((rs, i) -> new Totals(rs.getLong(1), rs.getBigDecimal(2)))
			.single();
		return new ModuleReports.UnpaidRefunds(totals.count(), totals.total(),
				unpaid.items(0, UNPAID_REFUNDS_SHOWN));
	}

	/** One page of the unpaid refunds the dashboard counts (see {@link #unpaidRefunds(DashboardFilter)}), oldest first. */
	public Page<ModuleReports.UnpaidRefunds.Item> unpaidRefunds(DashboardFilter filter, Pageable pageable) {
		UnpaidRefundsSql unpaid = new UnpaidRefundsSql(filter);
		long count = jdbc.sql("select count(*)" + unpaid.from).params(unpaid.params).query(Long.class).single();
		return new PageImpl<>(unpaid.items(pageable.getOffset(), pageable.getPageSize()), pageable, count);
	}

	/**
	 * Return authorisations still in flight (authorised, received, inspected) whose refund was due before today and is
	 * not paid, on cases matching the filters: what {@code ix_rma_unpaid (status, refund_due_on)} finds.
	 */
	private final class UnpaidRefundsSql {

		private final String from;

		private final Map<String, Object> params;

		UnpaidRefundsSql(DashboardFilter filter) {
			CaseSql where = CaseSql.of(filter, clock.zone());
			this.params = new HashMap<>(where.params());
			this.params.put("today", clock.today());
			this.from = """

					from return_authorisation r join service_case c on c.case_number = r.case_number
					where r.refunded_on is null and r.refund_due_on < :today
					  and r.status in ('AUTHORISED', 'RECEIVED', 'INSPECTED')""" + where.and();
		}

		/** The oldest due first; of those due the same day, the one raised first. */
		List<ModuleReports.UnpaidRefunds.Item> items(long offset, int limit) {
			return jdbc.sql("select r.rma_number, r.case_number, r.refund_amount, r.refund_due_on" + from
					+ " order by r.refund_due_on, r.id limit :limit offset :offset")
				.params(params)
				.param("limit", limit)
				.param("offset", offset)
				.query((rs, i) -> new ModuleReports.UnpaidRefunds.Item(rs.getString(1), rs.getString(2),
						rs.getBigDecimal(3), rs.getObject(4, LocalDate.class)))
				.list();
		}

	}

}
