package uk.aftercare.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/** Looks for text in every text column of every table: what an erasure must leave nowhere. */
public final class DatabaseText {

	private DatabaseText() {
	}

	/** Every "table.column" whose text contains the value, in upper or lower case (search keys hold lower-cased copies). */
	public static List<String> columnsHolding(DataSource dataSource, String value) {
		List<String> found = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet columns = meta.getColumns(null, "PUBLIC", "%", "%")) {
				while (columns.next()) {
					String type = columns.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
					if (!type.contains("CHAR") && !type.contains("CLOB")) {
						continue;
					}
					String table = columns.getString("TABLE_NAME");
					String column = columns.getString("COLUMN_NAME");
					try (PreparedStatement query = connection.prepareStatement(
							"select count(*) from \"" + table + "\" where lower(\"" + column + "\") like ?")) {
						query.setString(1, "%" + value.toLowerCase(Locale.ROOT) + "%");
						try (ResultSet hits = query.executeQuery()) {
							if (hits.next() && hits.getLong(1) > 0) {
								found.add(table + "." + column);
							}
						}
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return found;
	}

}
