package uk.aftercare.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

import uk.aftercare.cases.CaseQuery;
import uk.aftercare.classification.CaseType;

@JdbcTest
class DashboardQueriesH2Test extends DashboardQueriesContract {

	/** The outer query reads only the cases the ways found, by primary key. */
	private static final String CASES_BY_ID =
			"FROM \"PUBLIC\".\"SERVICE_CASE\" \"C\"\\s+/\\* PUBLIC\\.PRIMARY_KEY_\\w+: ID IN\\(";

	/**
	 * A text search's export asks each way on its own index and reads the cases it finds by id: one OR across the
	 * columns would read every case (docs/performance.md, "Searching by name, phone or order reference").
	 */
	@Test
	void theExportOfATextSearchReadsOnlyTheCasesItsIndexesFind() {
		String surname = exportPlan(new CaseQuery(null, null, null, "Doyle"));
		assertThat(surname).doesNotContain("tableScan")
			.containsPattern(CASES_BY_ID)
			.contains("IX_CASE_SURNAME: CUSTOMER_SURNAME_KEY >= 'doyle'", "IX_CASE_NAME: CUSTOMER_NAME_KEY >= 'doyle'",
					"IX_CASE_EMAIL", "IX_CASE_ORDER_REF");

		String fullName = exportPlan(new CaseQuery(CaseType.COMPLAINT, null, null, "joan doyle").activeOnly());
		assertThat(fullName).doesNotContain("tableScan")
			.containsPattern(CASES_BY_ID)
			.contains("IX_CASE_NAME: CUSTOMER_NAME_KEY >= 'joan doyle'",
					"IX_CASE_SURNAME: CUSTOMER_SURNAME_KEY >= 'joan doyle'",
					"IX_CASE_SURNAME: CUSTOMER_SURNAME_KEY >= 'doyle'");

		String phone = exportPlan(new CaseQuery(null, null, null, "07700 127514"));
		assertThat(phone).doesNotContain("tableScan").containsPattern(CASES_BY_ID).contains("IX_CASE_PHONE: CUSTOMER_PHONE_KEY = ?");

		String orderReference = exportPlan(new CaseQuery(null, null, "sam", "w-504889"));
		assertThat(orderReference).doesNotContain("tableScan")
			.containsPattern(CASES_BY_ID)
			.contains("IX_CASE_ORDER_REF: ORDER_REFERENCE = ?");
	}

	private String exportPlan(CaseQuery query) {
		CaseSql where = CaseSql.of(query);
		return jdbc.sql("explain " + CaseExport.select(where)).params(where.params()).query(String.class).single();
	}

}
