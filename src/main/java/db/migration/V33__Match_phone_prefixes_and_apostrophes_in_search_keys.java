package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import uk.aftercare.cases.SearchKeys;
import uk.aftercare.customers.ContactDetails;

/**
 * Remakes the stored name and phone keys of customers and cases as {@link ContactDetails} and {@link SearchKeys} now
 * make them: a phone written "+44 (0)7700 900777" or "0044 7700 900777" has the key of "07700 900777", and a curly
 * apostrophe in a name is kept as a straight one in its keys, so an old "O’Connor" case or customer is found by
 * "O'Connor", and an old number is matched however it is typed next time.
 *
 * <p>Java, not SQL, for the reason V27 gives: the keys must be exactly the ones the application makes. One pass over
 * each table, read a batch at a time; the keys are written in JDBC batches, and only where they change.
 */
public class V33__Match_phone_prefixes_and_apostrophes_in_search_keys extends BaseJavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		recomputeCaseKeys(connection);
		recomputeCustomerKeys(connection);
	}

	/** Remakes the name and phone keys of the cases whose keys are not the ones made now; says how many it changed. */
	public static int recomputeCaseKeys(Connection connection) throws SQLException {
		return rewrite(connection, """
				select id, customer_name, customer_phone, customer_name_key, customer_surname_key, customer_phone_key
				from service_case""",
				"update service_case set customer_name_key = ?, customer_surname_key = ?, customer_phone_key = ? where id = ?",
				typed -> new String[] { SearchKeys.nameKey(typed[0]), SearchKeys.surnameKey(typed[0]),
						ContactDetails.phoneKey(typed[1]) });
	}

	/** Remakes the name and phone keys of the customers whose keys are not the ones made now; says how many. */
	public static int recomputeCustomerKeys(Connection connection) throws SQLException {
		return rewrite(connection, "select id, name, phone, name_key, phone_key from customer",
				"update customer set name_key = ?, phone_key = ? where id = ?",
				typed -> new String[] { ContactDetails.lookupKey(typed[0]), ContactDetails.phoneKey(typed[1]) });
	}

	/**
	 * Reads id, the name and phone as typed, and the stored keys with {@code select}; where the keys made from what was
	 * typed differ, writes them with {@code update} (the keys, then the id).
	 */
	private static int rewrite(Connection connection, String select, String update, Function<String[], String[]> keys)
			throws SQLException {
		int changed = 0;
		try (PreparedStatement read = connection.prepareStatement(select, ResultSet.TYPE_FORWARD_ONLY,
				ResultSet.CONCUR_READ_ONLY); PreparedStatement write = connection.prepareStatement(update)) {
			// PostgreSQL streams the rows a batch at a time only outside auto-commit, as Flyway runs a migration.
			read.setFetchSize(BATCH);
			int pending = 0;
			try (ResultSet rows = read.executeQuery()) {
				while (rows.next()) {
					String[] made = keys.apply(new String[] { rows.getString(2), rows.getString(3) });
					boolean same = true;
					for (int k = 0; k < made.length; k++) {
						same &= Objects.equals(made[k], rows.getString(4 + k));
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
