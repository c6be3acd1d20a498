package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.aftercare.support.EmbeddedPostgresConfiguration;

@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresConfiguration.class)
class CaseRepositoryPostgresTest extends CaseRepositoryContract {

	@Test
	void indexesNameAndSurnamePrefixesWhateverTheDatabasesCollation() {
		// A plain index serves "like 'smi%'" under the C collation only (as the embedded server here has); a pattern
		// operator class serves it under en_GB.UTF-8 too.
		assertThat(JdbcClient.create(dataSource)
			.sql("select indexdef from pg_indexes where tablename = 'service_case' "
					+ "and indexname in ('ix_case_name', 'ix_case_surname') order by indexname")
			.query(String.class)
			.list()).containsExactly(
					"CREATE INDEX ix_case_name ON public.service_case USING btree (customer_name_key varchar_pattern_ops)",
					"CREATE INDEX ix_case_surname ON public.service_case USING btree (customer_surname_key varchar_pattern_ops)");
	}

}
