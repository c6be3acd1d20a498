package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets PostgreSQL answer a search by the start of a name or surname ({@code customer_name_key like 'smi%'}) from an
 * index whatever the database's collation. A plain index on a text column serves {@code like} only under the "C"
 * collation; a database created with a language's collation (en_GB.UTF-8, as {@code createdb} gives on most UK
 * servers) read every case instead. Indexes with {@code varchar_pattern_ops} compare characters as "C" does, so they
 * serve the prefix, and equality, under any collation; they take the place of the plain ones, which no query reads
 * by range or order.
 *
 * <p>Java, not SQL: H2 knows no operator classes, and its plain indexes already serve {@code like 'x%'}, so on H2
 * this changes nothing.
 */
public class V35__Index_name_search_prefixes_on_PostgreSQL extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		String database = context.getConnection().getMetaData().getDatabaseProductName();
		if (!"PostgreSQL".equals(database)) {
			return;
		}
		try (Statement ddl = context.getConnection().createStatement()) {
			ddl.execute("drop index ix_case_name");
			ddl.execute("create index ix_case_name on service_case (customer_name_key varchar_pattern_ops)");
			ddl.execute("drop index ix_case_surname");
			ddl.execute("create index ix_case_surname on service_case (customer_surname_key varchar_pattern_ops)");
		}
	}

}
