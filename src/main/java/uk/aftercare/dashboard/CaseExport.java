package uk.aftercare.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseQuery;
import uk.aftercare.shared.ShopClock;

/**
 * Writes a filtered case list as CSV (RFC 4180), row by row from a database cursor: a million cases pass through a
 * few hundred rows of memory. The rows are those the case list shows for the same query, in its order: newest first,
 * and of cases logged at the same moment the one saved last first. Times are the shop's clock time
 * ({@link ShopClock#zone()}: in London GMT or BST, as the day had it) written {@code 2026-04-01 00:30:00}, which a
 * spreadsheet reads as a date and time; it keeps an instant ending in {@code Z} as text, and UTC would put a summer
 * evening's case on the wrong day.
 */
@Service
public class CaseExport {

	static final String HEADER = "case_number,created_at,type,suggested_type,status,priority,channel,customer_name,"
			+ "customer_email,customer_phone,order_reference,product,assignee,created_by,escalated,approval_state,"
			+ "sla_breached,response_due_at,resolution_due_at,first_response_at,resolved_at,closed_at,description";

	private static final int FETCH_SIZE = 500;

	/** As a spreadsheet reads a date and time typed into a cell. */
	private static final DateTimeFormatter SHOP_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.UK);

	private final NamedParameterJdbcTemplate jdbc;

	private final ZoneId zone;

	CaseExport(DataSource dataSource, ShopClock clock) {
		this.zone = clock.zone();
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// With a fetch size inside a transaction, PostgreSQL's driver reads through a cursor instead of buffering
		// the whole result; H2 keeps large results on disk rather than on the heap.
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	/** Writes the header and every matching case to {@code out}, and returns how many cases were written. */
	@Transactional(readOnly = true)
	public long export(CaseQuery query, Writer out) {
		CaseSql where = CaseSql.of(query);
		long[] rows = { 0 };
		String sql = select(where);
		try {
			out.write(HEADER);
			out.write("\r\n");
			jdbc.query(sql, where.params(), rs -> {
				writeRow(rs, out, zone);
				rows[0]++;
			});
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows[0];
	}

	/** The export's query: every column the CSV has, of the cases {@code where} finds, in the case list's order. */
	static String select(CaseSql where) {
		return where.select("""
				c.case_number, c.created_at, c.type, c.suggested_type, c.status, c.priority, c.channel,
				  c.customer_name, c.customer_email, c.customer_phone, c.order_reference, c.product, c.assignee,
				  c.created_by, c.escalated, c.approval_state, c.sla_breached, c.response_due_at,
				  c.resolution_due_at, c.first_response_at, c.resolved_at, c.closed_at, c.description""");
	}

	private static void writeRow(ResultSet rs, Writer out, ZoneId zone) throws SQLException {
		StringBuilder line = new StringBuilder(512);
		for (int column = 1; column <= 23; column++) {
			if (column > 1) {
				line.append(',');
			}
			Object value = rs.getObject(column);
			if (value == null) {
				continue;
			}
			if (column == 2 || (column >= 18 && column <= 22)) {
				line.append(SHOP_TIME.format(rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(zone)));
			}
			else if (value instanceof Boolean b) {
				line.append(b);
			}
			else {
				line.append(Csv.field(value.toString()));
			}
		}
		line.append("\r\n");
		try {
			out.write(line.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** CSV quoting, and no cell a spreadsheet would run as a formula. */
	static final class Csv {

		private Csv() {
		}

		static String field(String value) {
			String safe = value;
			if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
				// OWASP "CSV injection": a leading quote makes spreadsheets show the text instead of evaluating it.
				safe = "'" + safe;
			}
			boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
					|| safe.indexOf('\r') >= 0 || !safe.equals(value);
			return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
		}

	}

}
