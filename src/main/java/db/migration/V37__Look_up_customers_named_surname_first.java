package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import uk.aftercare.customers.ContactDetails;

/**
 * Remakes the lookup key of every customer recorded with their name surname first ("Blake, Wendy") as it is now made
 * ({@link ContactDetails#lookupKey}): forename first, so the log form offers that record to staff who type "Wendy
 * Blake". Before, such a record was offered only when the name was typed with the comma again.
 *
 * <p>The same pass as V33's over the customer table, which writes only the keys that change: here, those of names
 * with one comma.
 */
public class V37__Look_up_customers_named_surname_first extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		V33__Match_phone_prefixes_and_apostrophes_in_search_keys.recomputeCustomerKeys(context.getConnection());
	}

}
