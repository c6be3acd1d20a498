package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Function;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import uk.aftercare.cases.SearchKeys;
import uk.aftercare.customers.ContactDetails;

/**
 * Makes name search and the customer lookup ignore accents for what is already stored: remakes every case's name
 * search keys as {@link SearchKeys} now makes them, folded (lower case, no accents), and gives each customer the
 * folded name key ({@link ContactDetails#nameKey}) that the lookup on the log form now compares on an index, so "Zoe"
 * finds an old "Zoë" case or customer too.
 *
 * <p>Java, not SQL: neither H2 nor PostgreSQL has a built-in that takes accents off, and the keys must be exactly the
 * ones the application makes. One pass over each table, read a batch at a time; the keys are written in JDBC batches,
 * and for cases only where they change (names with accents), so a million cases of mostly plain names take seconds.
 * The customer index is built after its keys are written, which is quicker than keeping it up to date row by row.
 */
public class V27__Fold_accents_in_name_search_keys extends BaseJavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		recomputeCaseKeys(connection);
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table customer add column name_key varchar(" + ContactDetails.NAME_KEY_LENGTH + ")");
		}
		computeCustomerKeys(connection);
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("create index ix_customer_name_key on customer (name_key)");
		}
	}

	/** Remakes the name keys of the cases whose keys are not the folded ones; says how many it changed. */
	public static int recomputeCaseKeys(Connection connection) throws SQLException {
		return rewrite(connection, "select id, customer_name, customer_name_key, customer_surname_key from service_case",
				"update service_case set customer_name_key = ?, customer_surname_key = ? where id = ?",
				name -> new String[] { SearchKeys.nameKey(name), SearchKeys.surnameKey(name) });
	}

	/**
	 * Gives every customer whose name key is not the one the application makes ({@link ContactDetails#lookupKey}:
	 * folded, and since V37 forename first) that one; says how many it changed.
	 */
	public static int computeCustomerKeys(Connection connection) throws SQLException {
		return rewrite(connection, "select id, name, name_key from customer",
				"update customer set name_key = ? where id = ?",
				name -> new String[] { ContactDetails.lookupKey(name) });
	}

	/**
	 * Reads id, name and the stored keys with {@code select}; where the keys made from the name differ, writes them
	 * with {@code update} (the keys, then the id).
	 */
	private static int rewrite(Connection connection, String select, String update, Function<String, String[]> keys)
			throws SQLException {
		int changed = 0;
		try (PreparedStatement read = connection.prepareStatement(select, ResultSet.TYPE_FORWARD_ONLY,
				ResultSet.CONCUR_READ_ONLY); PreparedStatement write = connection.prepareStatement(update)) {
			// PostgreSQL streams the rows a batch at a time only outside auto-commit, as Flyway runs a migration.
			read.setFetchSize(BATCH);
			int pending = 0;
			try (ResultSet rows = read.executeQuery()) {
				while (rows.next()) {
					String name = rows.getString(2);
					if (name == null) {
						continue;
					}
					String[] made = keys.apply(name);
					boolean same = true;
					for (int k = 0; k < made.length; k++) {
						same &= Objects.equals(made[k], rows.getString(3 + k));
						write.setString(1 + k, made[k]);
					}
					if (same) {
						continue;
					}
					write.setLong(1 + made.length, rows.getLong(1));
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
