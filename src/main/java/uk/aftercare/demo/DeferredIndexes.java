package uk.aftercare.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bulk load into a (nearly) empty table is several times faster when the table's plain secondary indexes are built
 * once at the end instead of row by row. This reads their definitions from the database's catalogue, drops them, and
 * creates them again afterwards, exactly as they were. Primary keys, unique constraints and the indexes behind
 * foreign keys stay in place throughout.
 */
final class DeferredIndexes {

	private final List<String> createStatements;

	private DeferredIndexes(List<String> createStatements) {
		this.createStatements = createStatements;
	}

	static DeferredIndexes drop(Connection connection, boolean postgres, String... tables) throws SQLException {
		List<String> creates = new ArrayList<>();
		Map<String, String> indexes = new LinkedHashMap<>();
		for (String table : tables) {
			if (postgres) {
				indexes.putAll(postgres(connection, table));
			}
			else {
				indexes.putAll(h2(connection, table));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (var index : indexes.entrySet()) {
				statement.execute("drop index " + index.getKey());
				creates.add(index.getValue());
			}
		}
		connection.commit();
		return new DeferredIndexes(creates);
	}

	int count() {
		return createStatements.size();
	}

	void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String create : createStatements) {
				statement.execute(create);
				connection.commit();
			}
		}
	}

	private static Map<String, String> postgres(Connection connection, String table) throws SQLException {
		Map<String, String> indexes = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select i.indexname, i.indexdef from pg_indexes i
				where i.schemaname = current_schema() and i.tablename = ? and i.indexdef not like 'CREATE UNIQUE%'
				  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
				order by i.indexname""")) {
			query.setString(1, table);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					indexes.put(rs.getString(1), rs.getString(2));
				}
			}
		}
		return indexes;
	}

	private static Map<String, String> h2(Connection connection, String table) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select i.index_name, c.column_name, c.ordering_specification
				from information_schema.indexes i
				join information_schema.index_columns c
				  on c.index_schema = i.index_schema and c.index_name = i.index_name and c.table_name = i.table_name
				where i.table_schema = current_schema and i.table_name = ? and i.index_type_name = 'INDEX'
				  and i.index_name not in (select tc.index_name from information_schema.table_constraints tc
				                           where tc.index_name is not null)
				order by i.index_name, c.ordinal_position""")) {
			query.setString(1, table.toUpperCase(java.util.Locale.ROOT));
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					columns.computeIfAbsent(rs.getString(1), name -> new ArrayList<>())
						.add(rs.getString(2) + ("DESC".equalsIgnoreCase(rs.getString(3)) ? " desc" : ""));
				}
			}
		}
		Map<String, String> indexes = new LinkedHashMap<>();
		columns.forEach((name, cols) -> indexes.put(name,
				"create index " + name + " on " + table + " (" + String.join(", ", cols) + ")"));
		return indexes;
	}

}
