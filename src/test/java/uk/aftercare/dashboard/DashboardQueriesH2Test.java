package uk.aftercare.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.classification.CaseType;

@JdbcTest
class DashboardQueriesH2Test extends DashboardQueriesContract {

	/**
	 * Each way is a part of its own, read along its index. As {@code c.id in (select ... union ...)} H2 read the cases
	 * by id and then checked each against the whole union again: 400 s for a common surname at a million cases.
	 */
	private static final String NO_SUBQUERY = "(?s).*\\bIN\\(\\s*\\(*SELECT.*";

	/**
	 * A text search's export asks each way on its own index, one part of a {@code union all} each: one OR across the
	 * columns would read every case (docs/performance.md, "Searching by name, phone or order reference").
	 */
	@Test
	void theExportOfATextSearchReadsOnlyTheCasesItsIndexesFind() {
		String surname = exportPlan(new CaseQuery(null, null, null, "Doyle"));
		assertThat(surname).doesNotContain("tableScan")
			.doesNotMatch(NO_SUBQUERY)
			.contains("UNION ALL")
			.contains("IX_CASE_SURNAME: CUSTOMER_SURNAME_KEY >= 'doyle'", "IX_CASE_NAME: CUSTOMER_NAME_KEY >= 'doyle'",
					"IX_CASE_EMAIL", "IX_CASE_ORDER_REF");

		String fullName = exportPlan(new CaseQuery(null, null, null, "joan doyle"));
		assertThat(fullName).doesNotContain("tableScan")
			.doesNotMatch(NO_SUBQUERY)
			.contains("UNION ALL")
			.contains("IX_CASE_NAME: CUSTOMER_NAME_KEY >= 'joan doyle'",
					"IX_CASE_SURNAME: CUSTOMER_SURNAME_KEY >= 'joan doyle'",
					"IX_CASE_SURNAME: CUSTOMER_SURNAME_KEY >= 'doyle'");

		// Filters beside the text are read from the rows each way finds: H2 would rather read the index of any
		// equality, even one that holds 970,000 closed cases of a million.
		String filtered = exportPlan(new CaseQuery(CaseType.COMPLAINT, null, null, "joan doyle").activeOnly());
		assertThat(filtered).doesNotContain("tableScan")
			.doesNotMatch(NO_SUBQUERY)
			.doesNotContain("IX_CASE_STATUS", "IX_CASE_DASHBOARD")
			.contains("IX_CASE_NAME: CUSTOMER_NAME_KEY >= 'joan doyle'",
					"IX_CASE_SURNAME: CUSTOMER_SURNAME_KEY >= 'doyle'");
		String closed = exportPlan(new CaseQuery(null, CaseStatus.CLOSED, "sam", "Doyle")
			.createdBetween(Instant.parse("2026-01-01T00:00:00Z"), null));
		assertThat(closed).doesNotContain("tableScan", "IX_CASE_STATUS", "IX_CASE_DASHBOARD", "IX_CASE_CREATED",
				"IX_CASE_ASSIGNEE")
			.contains("IX_CASE_SURNAME: CUSTOMER_SURNAME_KEY >= 'doyle'");

		String phone = exportPlan(new CaseQuery(null, null, null, "07700 127514"));
		assertThat(phone).doesNotContain("tableScan")
			.doesNotMatch(NO_SUBQUERY)
			.contains("UNION ALL")
			.contains("IX_CASE_PHONE: CUSTOMER_PHONE_KEY = ?");

		String orderReference = exportPlan(new CaseQuery(null, null, "sam", "w-504889"));
		assertThat(orderReference).doesNotContain("tableScan")
			.doesNotMatch(NO_SUBQUERY)
			.contains("UNION ALL")
			.contains("IX_CASE_ORDER_REF: ORDER_REFERENCE = ?");
	}

	private String exportPlan(CaseQuery query) {
		CaseSql where = CaseSql.of(query);
		return jdbc.sql("explain " + CaseExport.select(where)).params(where.params()).query(String.class).single();
	}

}
