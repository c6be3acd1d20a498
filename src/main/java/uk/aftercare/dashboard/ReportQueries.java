package uk.aftercare.dashboard;

import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.ShopClock;

/**
 * The managers' reports, one SQL aggregate each. Reports over other modules' records (refund value by reason and legal
 * basis, complaint root causes, products with repeat faults, satisfaction) are one method each here, reading those
 * modules' tables with the same {@link CaseSql} filters, and one fragment each in {@code reports/report-page.html}.
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
		var cells = jdbc.sql("""
				select extract(year from c.created_at) * 100 + extract(month from c.created_at) as year_month,
				  c.type, c.suggested_type, count(*) as cases
				from service_case c""" + where.where() + """

				group by year_month, c.type, c.suggested_type""")
			.params(where.params())
			.query((rs, i) -> {
				int yearMonth = rs.getInt("year_month");
				return new ClassifierAgreement.Cell(YearMonth.of(yearMonth / 100, yearMonth % 100),
						CaseType.valueOf(rs.getString("type")), CaseType.valueOf(rs.getString("suggested_type")),
						rs.getLong("cases"));
			})
			.list();
		return ClassifierAgreement.fold(cells);
	}

}
