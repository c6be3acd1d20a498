package uk.aftercare.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.ShopClock;

/**
 * The managers' reports, one SQL aggregate each. Each report counts its own records by their own date in the period:
 * the cases logged (classifier agreement), the refunds paid, the complaints closed, the faulty returns raised, the
 * feedback received. Reports over other modules' records read those modules' tables through {@code ReportSql} along an
 * index that leads with that date ({@code V12__report_indexes.sql}), and join the case only when a channel or type is
 * chosen; each has one fragment in {@code reports/module-reports.html}.
 */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

	private final JdbcClient jdbc;

	private final ShopClock clock;

	ReportQueries(JdbcClient jdbc, ShopClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Suggested against confirmed type for the cases logged in the period, counted per month. */
	public ClassifierAgreement classifierAgreement(DashboardFilter filter) {
		CaseSql where = CaseSql.of(filter, clock.zone());
		var cells = jdbc.sql(monthOf("""
				select date_trunc('month', c.created_at at time zone :shopZone) as shop_month, c.type, c.suggested_type,
				  count(*) as cases
				from service_case c""" + where.where() + """

				group by shop_month, c.type, c.suggested_type"""))
			.params(where.params())
			.param("shopZone", clock.zone().getId())
			.query((rs, i) -> new ClassifierAgreement.Cell(yearMonth(rs), CaseType.valueOf(rs.getString("type")),
					CaseType.valueOf(rs.getString("suggested_type")), rs.getLong("cases")))
			.list();
		return ClassifierAgreement.fold(cells);
	}


	/** Refunds paid in the period (on the shop days from {@code from} to {@code to}), whenever the case was logged. */
	public ModuleReports.RefundValue refundValue(DashboardFilter filter) {
		ReportSql where = ReportSql.on("r.refunded_on", "r.case_number", filter);
		record Cell(String reason, String basis, boolean goodwill, long refunds, BigDecimal total) {
		}
		List<Cell> cells = jdbc.sql("""
				select reason_code, legal_basis, goodwill, count(*) as refunds, sum(refund_amount) as total
				from (select r.reason_code, r.legal_basis, r.refund_amount,
				        case when r.goodwill_exception or r.offered_remedy in ('GOODWILL_REFUND', 'GOODWILL_EXCHANGE')
				             then 1 else 0 end as goodwill
				      from return_authorisation r""" + where.join() + """

				      where r.refunded_on is not null and r.refund_amount is not null""" + where.and() + """
				) paid
				group by reason_code, legal_basis, goodwill""")
			.params(where.params())
			.query((rs, i) -> new Cell(rs.getString("reason_code"), rs.getString("legal_basis"),
					rs.getInt("goodwill") == 1, rs.getLong("refunds"), rs.getBigDecimal("total")))
			.list();
		BigDecimal statutory = BigDecimal.ZERO;
		BigDecimal goodwill = BigDecimal.ZERO;
		Map<String, long[]> reasonCounts = new TreeMap<>();
		Map<String, BigDecimal> reasonTotals = new TreeMap<>();
		Map<String, long[]> basisCounts = new TreeMap<>();
		Map<String, BigDecimal> basisTotals = new TreeMap<>();
		for (Cell cell : cells) {
			if (cell.goodwill()) {
				goodwill = goodwill.add(cell.total());
			}
			else {
				statutory = statutory.add(cell.total());
			}
			String basis = cell.goodwill() ? "Goodwill (the shop's policy)" : cell.basis();
			reasonCounts.computeIfAbsent(cell.reason(), k -> new long[1])[0] += cell.refunds();
			reasonTotals.merge(cell.reason(), cell.total(), BigDecimal::add);
			basisCounts.computeIfAbsent(basis, k -> new long[1])[0] += cell.refunds();
			basisTotals.merge(basis, cell.total(), BigDecimal::add);
		}
		return new ModuleReports.RefundValue(statutory, goodwill, rows(reasonCounts, reasonTotals),
				rows(basisCounts, basisTotals));
	}

	private static List<ModuleReports.RefundValue.Row> rows(Map<String, long[]> counts, Map<String, BigDecimal> totals) {
		return counts.keySet()
			.stream()
			.map(k -> new ModuleReports.RefundValue.Row(k, counts.get(k)[0], totals.get(k)))
			.sorted(Comparator.comparing(ModuleReports.RefundValue.Row::total).reversed())
			.toList();
	}

	/** Different preventive measures shown for each root cause, the latest first; the column heading names the number. */
	static final int MEASURES_PER_CAUSE = 3;

	/**
	 * Root causes of the complaints closed in the period, with up to three of the latest different measures each. A
	 * complaint counts once, under the root cause of its latest closing in the period: one reopened and closed again
	 * is one complaint on the page and in the case list, whatever cause each closing gave. Its measures are all listed,
	 * each being something done.
	 */
	public ModuleReports.RootCauses rootCauses(DashboardFilter filter) {
		ReportSql where = ReportSql.at("cc.closed_at", "cc.case_number", filter, clock.zone());
		record Count(String cause, long closed) {
		}
		// The latest closing of each case is picked from the period's closures alone (the same range of
		// ix_case_closure_report, which holds the case number and the time), not by looking up each case's later
		// closings: a closing after the period must not take the complaint out of it.
		List<Count> counts = jdbc.sql("""
				select root_cause, count(*) as closed from (
				  select cc.root_cause,
				    row_number() over (partition by cc.case_number order by cc.closed_at desc, cc.root_cause) as latest
				  from case_closure cc""" + where.join() + """

				  where cc.root_cause is not null""" + where.and() + """

				) closings
				where latest = 1
				group by root_cause""")
			.params(where.params())
			.query((rs, i) -> new Count(rs.getString("root_cause"), rs.getLong("closed")))
			.list()
			.stream()
			.sorted(Comparator.comparingLong(Count::closed).reversed().thenComparing(Count::cause))
			.toList();
		// The latest few different measures of each cause, ranked within the cause: the latest few hundred closures
		// overall would leave a cause in the Pareto tail without any, however recent its own.
		Map<String, List<String>> measures = new LinkedHashMap<>();
		jdbc.sql("""
				select root_cause, preventive_measure from (
				  select cc.root_cause, cc.preventive_measure, row_number() over (partition by cc.root_cause
				    order by max(cc.closed_at) desc, cc.preventive_measure) as recency
				  from case_closure cc""" + where.join() + """

				  where cc.root_cause is not null and cc.preventive_measure is not null""" + where.and() + """

				  group by cc.root_cause, cc.preventive_measure
				) ranked
				where recency <= :perCause
				order by root_cause, recency""")
			.params(where.params())
			.param("perCause", MEASURES_PER_CAUSE)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.list()
			.forEach(row -> measures.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]));
		long total = counts.stream().mapToLong(Count::closed).sum();
		List<ModuleReports.RootCauses.Cause> causes = new ArrayList<>();
		long running = 0;
		for (Count count : counts) {
			running += count.closed();
			causes.add(new ModuleReports.RootCauses.Cause(count.cause(), count.closed(), 100.0 * count.closed() / total,
					100.0 * running / total, measures.getOrDefault(count.cause(), List.of())));
		}
		return new ModuleReports.RootCauses(total, causes);
	}

	/** Products with repeat faults the reports' page shows at least, before the rest of any tie with the last. */
	static final int REPEAT_FAULTS_SHOWN = 15;

	/**
	 * Products with repeat faults the reports' page shows at most, however many are tied with the fifteenth: in a
	 * small shop dozens may each have two, and the page names the products to look at first, not all of them.
	 */
	static final int REPEAT_FAULTS_MOST = 30;

	/**
	 * Products on more than one return authorisation for a fault raised in the period, most often first: the first
	 * {@value #REPEAT_FAULTS_SHOWN} and every product tied with the last of them (a cut within a tie would drop
	 * products as bad as one shown for their name's place in the alphabet), up to {@value #REPEAT_FAULTS_MOST} (past
	 * that the page says more are tied), with how many products there are in all so that the page can say what it
	 * leaves out ({@link #repeatFaults(DashboardFilter, Pageable)} lists them all). A
	 * return counts once for a product however many of its lines name it (two faulty kettles sent back together are
	 * one return, not a repeat fault). Lines naming a product in different capitals ("Kettle KT-1", "kettle kt-1") are
	 * the same product, shown as most of those lines spell it (of equally many, the first in code-point order, so the
	 * same on every database whatever its collation).
	 */
	public ModuleReports.RepeatFaults repeatFaults(DashboardFilter filter) {
		RepeatFaultSql sql = new RepeatFaultSql(filter);
		long[] products = new long[1];
		List<ModuleReports.RepeatFault> byKey = jdbc.sql("""
				select product, faulty, cases, products from (
				  select g.*, rank() over (order by faulty desc) as place,
				    row_number() over (order by faulty desc, product) as line, count(*) over () as products
				  from (""" + sql.products() + """
				) g
				) ranked
				where place <= :shown and line <= :most
				order by faulty desc, product""")
			.params(sql.where().params())
			.param("shown", REPEAT_FAULTS_SHOWN)
			// One more than is shown, to know whether the tie goes on past the last.
			.param("most", REPEAT_FAULTS_MOST + 1)
			.query((rs, i) -> {
				products[0] = rs.getLong("products");
				return new ModuleReports.RepeatFault(rs.getString("product"), rs.getLong("faulty"), rs.getLong("cases"));
			})
			.list();
		boolean tieGoesOn = byKey.size() > REPEAT_FAULTS_MOST;
		return new ModuleReports.RepeatFaults(products[0], REPEAT_FAULTS_SHOWN,
				spelt(sql, tieGoesOn ? byKey.subList(0, REPEAT_FAULTS_MOST) : byKey), tieGoesOn);
	}

	/**
	 * Every product with repeat faults in the period, a page at a time, in the order and with the figures of
	 * {@link #repeatFaults(DashboardFilter)}, which shows only the first.
	 */
	public Page<ModuleReports.RepeatFault> repeatFaults(DashboardFilter filter, Pageable pageable) {
		RepeatFaultSql sql = new RepeatFaultSql(filter);
		long total = jdbc.sql("select count(*) from (" + sql.products() + "\n) g")
			.params(sql.where().params())
			.query(Long.class)
			.single();
		List<ModuleReports.RepeatFault> byKey = jdbc.sql(sql.products() + """

				order by faulty desc, product
				limit :limit offset :offset""")
			.params(sql.where().params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, i) -> new ModuleReports.RepeatFault(rs.getString("product"), rs.getLong("faulty"),
					rs.getLong("cases")))
			.list();
		return new PageImpl<>(spelt(sql, byKey), pageable, total);
	}

	/** The SQL of the products with repeat faults: faulty return lines raised in the period, grouped by product. */
	private record RepeatFaultSql(ReportSql where) {

		RepeatFaultSql(DashboardFilter filter) {
			this(ReportSql.on("r.raised_on", "r.case_number", filter));
		}

		String faultyLines() {
			return """

					from return_authorisation r
					  join return_authorisation_line l on l.rma_id = r.id""" + where.join() + """

					where r.reason_code = 'FAULTY'""" + where.and();
		}

		/** One row per product (lower-cased) on more than one faulty return: {@code product, faulty, cases}. */
		String products() {
			return """
					select lower(l.description) as product, count(distinct r.id) as faulty,
					  count(distinct r.case_number) as cases""" + faultyLines() + """

					group by lower(l.description)
					having count(distinct r.id) > 1""";
		}

	}

	/** The rows with each product named as most of its lines spell it rather than lower-cased. */
	private List<ModuleReports.RepeatFault> spelt(RepeatFaultSql sql, List<ModuleReports.RepeatFault> byKey) {
		if (byKey.isEmpty()) {
			return byKey;
		}
		Map<String, Object> params = new HashMap<>(sql.where().params());
		params.put("products", byKey.stream().map(ModuleReports.RepeatFault::product).toList());
		Map<String, String> spelling = new HashMap<>();
		Map<String, Long> spelt = new HashMap<>();
		jdbc.sql("select lower(l.description) as product, l.description as spelling, count(*) as lines"
				+ sql.faultyLines() + " and lower(l.description) in (:products) group by lower(l.description), l.description")
			.params(params)
			.query(rs -> {
				String product = rs.getString("product");
				String candidate = rs.getString("spelling");
				long lines = rs.getLong("lines");
				String best = spelling.get(product);
				long bestLines = spelt.getOrDefault(product, 0L);
				if (best == null || lines > bestLines || (lines == bestLines && candidate.compareTo(best) < 0)) {
					spelling.put(product, candidate);
					spelt.put(product, lines);
				}
			});
		return byKey.stream()
			.map(f -> new ModuleReports.RepeatFault(spelling.getOrDefault(f.product(), f.product()), f.faultyReturns(),
					f.cases()))
			.toList();
	}

	/**
	 * The faulty returns {@link #repeatFaults} counts for one of its products (in any capitals), latest
	 * raised first: the same returns, raised in the period, on cases of the channel and type chosen. A return is listed
	 * once however many of its lines name the product.
	 */
	public ModuleReports.FaultyReturns faultyReturns(DashboardFilter filter, String product, Pageable pageable) {
		ReportSql where = ReportSql.on("r.raised_on", "r.case_number", filter);
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("product", product);
		String from = """

				from return_authorisation r""" + where.join() + """

				where r.reason_code = 'FAULTY'""" + where.and() + """

				  and exists (select 1 from return_authorisation_line l
				    where l.rma_id = r.id and lower(l.description) = lower(:product))""";
		long[] counts = jdbc.sql("select count(*), count(distinct r.case_number)" + from)
			.params(params)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		List<ModuleReports.FaultyReturns.FaultyReturn> returns = jdbc
			.sql("select r.rma_number, r.case_number, r.raised_on" + from
					+ " order by r.raised_on desc, r.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, i) -> new ModuleReports.FaultyReturns.FaultyReturn(rs.getString(1), rs.getString(2),
					rs.getObject(3, LocalDate.class)))
			.list();
		return new ModuleReports.FaultyReturns(counts[0], counts[1], new PageImpl<>(returns, pageable, counts[0]));
	}

	/**
	 * Feedback received in the period, from the survey or recorded by staff: one pass over the period's responses by
	 * month, score and whether the customer said it was resolved gives the average, the distribution, the resolution
	 * rate and the trend; the latest comments come from the end of the same index range.
	 */
	public ModuleReports.Satisfaction satisfaction(DashboardFilter filter) {
		ReportSql where = ReportSql.at("f.recorded_at", "f.case_number", filter, clock.zone());
		long[] byScore = new long[6];
		long[] resolved = new long[1];
		Map<YearMonth, long[]> byMonth = new TreeMap<>();
		jdbc.sql(monthOf("""
				select date_trunc('month', f.recorded_at at time zone :shopZone) as shop_month, f.score, f.resolved,
				  count(*) as n
				from customer_feedback f""" + where.join() + where.where() + """

				group by shop_month, f.score, f.resolved"""))
			.params(where.params())
			.param("shopZone", clock.zone().getId())
			.query((rs, i) -> {
				YearMonth month = yearMonth(rs);
				int score = rs.getInt("score");
				long n = rs.getLong("n");
				if (score >= 1 && score <= 5) {
					byScore[score] += n;
				}
				if (rs.getBoolean("resolved")) {
					resolved[0] += n;
				}
				long[] monthly = byMonth.computeIfAbsent(month, m -> new long[2]);
				monthly[0] += n;
				monthly[1] += score * n;
				return score;
			})
			.list();
		long responses = 0;
		long sum = 0;
		for (int score = 1; score <= 5; score++) {
			responses += byScore[score];
			sum += score * byScore[score];
		}
		List<ModuleReports.Satisfaction.Month> trend = byMonth.entrySet()
			.stream()
			.map(e -> new ModuleReports.Satisfaction.Month(e.getKey(), e.getValue()[0],
					(double) e.getValue()[1] / e.getValue()[0]))
			.toList();
		List<ModuleReports.Satisfaction.Comment> comments = latestComments(filter);
		return new ModuleReports.Satisfaction(responses, responses == 0 ? 0 : (double) sum / responses,
				responses == 0 ? 0 : 100.0 * resolved[0] / responses,
				List.of(byScore[1], byScore[2], byScore[3], byScore[4], byScore[5]), trend, comments);
	}

	/**
	 * The ten latest comments customers left in the period. Read on every request, never kept with the other figures
	 * (see {@link ReportSnapshots}): a comment is personal data, and once its customer is erased no instance of the
	 * application may show it again.
	 */
	public List<ModuleReports.Satisfaction.Comment> latestComments(DashboardFilter filter) {
		ReportSql where = ReportSql.at("f.recorded_at", "f.case_number", filter, clock.zone());
		return jdbc.sql("""
				select f.case_number, f.score, f.resolved, f.comment, f.recorded_at
				from customer_feedback f""" + where.join() + """

				where f.comment is not null""" + where.and() + """

				order by f.recorded_at desc limit 10""")
			.params(where.params())
			.query((rs, i) -> new ModuleReports.Satisfaction.Comment(rs.getString("case_number"), rs.getInt("score"),
					rs.getBoolean("resolved"), rs.getString("comment"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}


	/**
	 * Wraps a query grouped by {@code shop_month} (a timestamp truncated to its month in the shop's zone, {@code at time
	 * zone :shopZone}) so that it returns that month as {@code year_month}, a number such as 202610. Months are the
	 * shop's: a case logged at 00:30 on 1 October in London is October's, whatever the database's or the JVM's zone.
	 * The number is portable where the truncated value is not: PostgreSQL gives a timestamp without zone, H2 one with.
	 */
	private static String monthOf(String groupedByShopMonth) {
		return "select extract(year from g.shop_month) * 100 + extract(month from g.shop_month) as year_month, g.* from ("
				+ groupedByShopMonth + ") g";
	}

	private static YearMonth yearMonth(java.sql.ResultSet rs) throws java.sql.SQLException {
		int yearMonth = rs.getInt("year_month");
		return YearMonth.of(yearMonth / 100, yearMonth % 100);
	}

}
