package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import uk.aftercare.cases.SearchKeys;

/**
 * Remakes every case's name search keys as {@link SearchKeys} now makes them, folded (lower case, no accents), so that
 * the cases logged before search ignored accents are found as the new ones are: "Zoe" finds an old "Zoë" case too.
 *
 * <p>Java, not SQL: neither H2 nor PostgreSQL has a built-in that takes accents off, and the keys must be exactly the
 * ones the application makes. One pass over the table, read a batch at a time; only the rows whose keys change (names
 * with accents, or the other letters folding changes) are written, in JDBC batches, so a million cases of mostly plain
 * names take seconds.
 */
public class V27__Fold_accents_in_name_search_keys extends BaseJavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public void migrate(Context context) throws SQLException {
		recompute(context.getConnection());
	}

	/** Remakes the keys of the cases whose keys are not the folded ones; says how many it changed. */
	public static int recompute(Connection connection) throws SQLException {
		int changed = 0;
		try (PreparedStatement read = connection.prepareStatement(
				"select id, customer_name, customer_name_key, customer_surname_key from service_case",
				ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
				PreparedStatement write = connection.prepareStatement(
						"update service_case set customer_name_key = ?, customer_surname_key = ? where id = ?")) {
			// PostgreSQL streams the rows a batch at a time only outside auto-commit, as Flyway runs a migration.
			read.setFetchSize(BATCH);
			int pending = 0;
			try (ResultSet rows = read.executeQuery()) {
				while (rows.next()) {
					String name = rows.getString(2);
					String nameKey = SearchKeys.nameKey(name);
					String surnameKey = SearchKeys.surnameKey(name);
					if (name == null || nameKey.equals(rows.getString(3)) && Objects.equals(surnameKey, rows.getString(4))) {
						continue;
					}
					write.setString(1, nameKey);
					write.setString(2, surnameKey);
					write.setLong(3, rows.getLong(1));
					write.addBatch();
					changed++;
					if (++pending == BATCH) {
						write.executeBatch();
						pending = 0;
					}
				}
			}
			if (pending > 0) {
				write.executeBatch();
			}
		}
		return changed;
	}

}
