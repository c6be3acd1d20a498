package uk.aftercare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The volume generator on a small count, against H2 and a real PostgreSQL by the two subclasses: the right number of
 * rows, plausible distributions, and a database the application can go on using (sequence, identities, indexes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VolumeGeneratorContract {

	static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	static final int CASES = 2_000;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private VolumeGenerator.Result result;

	private Set<String> indexesBefore;

	@BeforeAll
	void generate() throws SQLException {
		indexesBefore = indexes();
		result = new VolumeGenerator(dataSource, NOW, 730, 7).generate(CASES);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void createsTheCasesTheirCustomersTimelinesAndApprovals() {
		assertThat(result.cases()).isEqualTo(CASES);
		assertThat(count("select count(*) from service_case")).isEqualTo(CASES);
		assertThat(result.customers()).isEqualTo(800);
		assertThat(count("select count(*) from customer where name <> 'After'")).isEqualTo(800);
		assertThat(count("select count(distinct case_id) from case_event where kind = 'OPENED'")).isEqualTo(CASES);
		assertThat(count("select count(*) from case_event")).isEqualTo(result.timelineEntries())
			.isGreaterThan(2L * CASES);
		assertThat(count("select count(*) from approval_request")).isEqualTo(result.approvals()).isPositive();
		assertThat(count("select count(*) from service_case c where not exists "
				+ "(select 1 from customer u where u.id = c.customer_id)")).isZero();
	}

	@Test
	void spreadsCasesOverTwoYearsMostlyClosedWithRecentOnesStillOpen() {
		assertThat(jdbc.sql("select min(created_at) from service_case").query(OffsetDateTime.class).single()
			.toInstant()).isBetween(NOW.minus(Duration.ofDays(731)), NOW.minus(Duration.ofDays(720)));
		assertThat(jdbc.sql("select max(created_at) from service_case").query(OffsetDateTime.class).single()
			.toInstant()).isBetween(NOW.minus(Duration.ofDays(2)), NOW);
		long open = count("select count(*) from service_case where status not in ('RESOLVED', 'CLOSED')");
		long closed = count("select count(*) from service_case where status = 'CLOSED'");
		assertThat(closed).isGreaterThan(CASES * 8L / 10);
		assertThat(open).isBetween(1L, CASES / 10L);
		long openLastMonth = count("select count(*) from service_case where status not in ('RESOLVED', 'CLOSED') "
				+ "and created_at > timestamp with time zone '2026-10-03 10:00:00+00'");
		assertThat(openLastMonth).isGreaterThan(open / 2);
		assertThat(count("select count(*) from service_case where resolved_at < created_at or closed_at < resolved_at"))
			.isZero();
	}

	@Test
	void mostlyKeepsTheSuggestedTypeAndMixesTypesAndChannels() {
		long agreed = count("select count(*) from service_case where type = suggested_type");
		assertThat(agreed).isBetween(CASES * 85L / 100, CASES * 96L / 100);
		assertThat(count("select count(*) from service_case where type_overridden <> (type <> suggested_type)"))
			.isZero();
		assertThat(count("select count(distinct type) from service_case")).isEqualTo(3);
		assertThat(count("select count(distinct channel) from service_case")).isEqualTo(5);
		assertThat(count("select count(distinct description) from service_case")).isGreaterThan(CASES / 2L);
		assertThat(count("select count(*) from service_case where type = 'RETURN'")).isBetween(CASES * 40L / 100,
				CASES * 60L / 100);
	}

	@Test
	void setsSlaTargetsAndMarksSomeBreached() {
		assertThat(count("select count(*) from service_case where response_due_at is null "
				+ "or resolution_due_at <= response_due_at")).isZero();
		long breached = count("select count(*) from service_case where sla_breached = true");
		assertThat(breached).isBetween(1L, CASES / 2L);
	}

	@Test
	void assignsCasesToAShopfulOfStaff() {
		assertThat(count("select count(distinct assignee) from service_case")).isGreaterThanOrEqualTo(Staff.FRONT_LINE);
		assertThat(count("select count(*) from service_case c where not exists "
				+ "(select 1 from staff_user s where s.username = c.assignee)")).isZero();
	}

	@Test
	void decidesApprovalsAfterTheyAreRequested() {
		assertThat(count("select count(*) from approval_request where decided_at < requested_at")).isZero();
		assertThat(count("select count(*) from approval_request where status = 'PENDING' and decided_at is not null"))
			.isZero();
		assertThat(count("select count(*) from service_case c where c.approval_state = 'PENDING' and not exists "
				+ "(select 1 from approval_request a where a.case_number = c.case_number and a.status = 'PENDING')"))
			.isZero();
	}

	@Test
	void leavesTheSequenceIdentitiesAndIndexesReadyForTheApplication() throws SQLException {
		long maxNumber = jdbc.sql("select case_number from service_case").query(String.class).list().stream()
			.mapToLong(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1)))
			.max()
			.orElseThrow();
		long maxId = count("select max(id) from service_case");
		assertThat(count("select count(distinct case_number) from service_case")).isEqualTo(CASES);

		jdbc.sql("insert into customer (name, created_at, version) values ('After', current_timestamp, 0)").update();
		assertThat(count("select max(id) from customer")).isGreaterThan(result.customers());
		assertThat(nextCaseNumber()).isGreaterThan(maxNumber);
		assertThat(count("select count(*) from service_case where id > " + maxId)).isZero();
		assertThat(indexes()).isEqualTo(indexesBefore);
	}

	abstract long nextCaseNumber();

	private Set<String> indexes() throws SQLException {
		Set<String> names = new TreeSet<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String table : new String[] { "service_case", "case_event", "customer", "approval_request" }) {
				String name = connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
				try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
					while (rs.next()) {
						if (rs.getString("INDEX_NAME") != null) {
							names.add(rs.getString("INDEX_NAME").toLowerCase() + ":" + rs.getString("COLUMN_NAME"));
						}
					}
				}
			}
		}
		return names;
	}

}
