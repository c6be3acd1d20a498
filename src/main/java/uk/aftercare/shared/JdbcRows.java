package uk.aftercare.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes rows with plain JDBC, on the current transaction's connection, for the one path that must be cheap: logging
 * a case (the case, its timeline, the acknowledgement). Through JPA those rows cost twice the CPU (docs/performance.md).
 * Callers give the columns (without {@code id}) and the values in the same order, as JDBC takes them (enums as
 * names, instants as {@link java.time.OffsetDateTime}); nulls are bound with the column's type, read from the
 * database once per table.
 */
@Component
public class JdbcRows {

	private final JdbcTemplate jdbc;

	private final Map<String, Map<String, Integer>> types = new ConcurrentHashMap<>();

	private final Map<Statement, String> sql = new ConcurrentHashMap<>();

	public JdbcRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts one row and returns the id the database gave it. */
	public long insert(String table, List<String> columns, List<?> values) {
		String insert = sql(new Statement("insert", table, columns));
		Map<String, Integer> columnTypes = columnTypes(table);
		var key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(insert, new String[] { "id" });
			bind(statement, 1, columns, values, columnTypes);
			return statement;
		}, key);
		return key.getKeyAs(Number.class).longValue();
	}

	/** Inserts rows as one JDBC batch. */
	public void insertAll(String table, List<String> columns, List<? extends List<?>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Integer> columnTypes = columnTypes(table);
		jdbc.batchUpdate(sql(new Statement("insert", table, columns)), rows, rows.size(),
				(statement, row) -> bind(statement, 1, columns, row, columnTypes));
	}

	/** Sets every one of these columns of the row with this id. */
	public void update(String table, List<String> columns, List<?> values, long id) {
		String update = sql(new Statement("update", table, columns));
		Map<String, Integer> columnTypes = columnTypes(table);
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(update);
			bind(statement, 1, columns, values, columnTypes);
			statement.setLong(columns.size() + 1, id);
			return statement;
		});
	}

	/** The table's columns, in lower case, with their JDBC types. */
	public Map<String, Integer> columnTypes(String table) {
		return types.computeIfAbsent(table, t -> jdbc.query("select * from " + t + " where 1 = 0",
				(ResultSetExtractor<Map<String, Integer>>) resultSet -> {
					ResultSetMetaData meta = resultSet.getMetaData();
					Map<String, Integer> found = new HashMap<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						found.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
					}
					return Map.copyOf(found);
				}));
	}

	/** An instant as a column takes it. */
	public static java.time.OffsetDateTime utc(java.time.Instant at) {
		return at == null ? null : at.atOffset(java.time.ZoneOffset.UTC);
	}

	/** A timestamp column as an instant, or null. */
	public static java.time.Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.time.OffsetDateTime at = rs.getObject(column, java.time.OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	/** A code as a column takes it: its name. */
	public static String name(Enum<?> code) {
		return code == null ? null : code.name();
	}

	private String sql(Statement statement) {
		return sql.computeIfAbsent(statement, s -> s.kind().equals("insert")
				? "insert into " + s.table() + " (" + String.join(", ", s.columns()) + ") values ("
						+ String.join(", ", Collections.nCopies(s.columns().size(), "?")) + ")"
				: "update " + s.table() + " set " + String.join(" = ?, ", s.columns()) + " = ? where id = ?");
	}

	private static void bind(PreparedStatement statement, int first, List<String> columns, List<?> values,
			Map<String, Integer> types) throws SQLException {
		if (values.size() != columns.size()) {
			throw new IllegalArgumentException(columns.size() + " columns but " + values.size() + " values");
		}
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				Integer type = types.get(columns.get(i));
				if (type == null) {
					throw new IllegalArgumentException("No column " + columns.get(i));
				}
				statement.setNull(first + i, type);
			}
			else {
				statement.setObject(first + i, value);
			}
		}
	}

	private record Statement(String kind, String table, List<String> columns) {
	}

}
