package uk.aftercare.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/**
 * Bulk-loads realistic volume for load tests and dashboards: customers, cases spread over the last {@code days} days
 * (types, channels, priorities and statuses distributed as a busy retailer's are, SLA targets from the
 * {@code sla_target} table, some breached), each case's timeline, and approval requests with their decisions.
 *
 * <p>Plain JDBC, many rows per statement, one commit per few thousand cases: a million cases take minutes, not hours.
 * It writes the tables directly (the services would take days for a million cases), so it keeps their rules itself:
 * case numbers come from a block reserved on {@code case_number_seq}, ids from blocks reserved on each identity
 * column, and every row is one the application itself could have written.
 *
 * <p>Records of modules that land later are one method each: {@link #returnAuthorisations},
 * {@link #followUpsAndClosing} and {@link #feedback} receive every chunk of generated cases.
 */
final class VolumeGenerator {

	private static final Logger log = LoggerFactory.getLogger(VolumeGenerator.class);

	/** Cases per transaction. */
	private static final int CHUNK = 5_000;

	private static final int ROWS_PER_STATEMENT = 100;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final String[] CASE_COLUMNS = { "id", "case_number", "customer_id", "customer_name",
			"customer_name_key", "customer_surname_key", "customer_email", "customer_phone", "customer_phone_key", "channel", "order_reference",
			"product", "description", "vulnerable_customer", "suggested_type", "suggestion_confidence",
			"suggestion_evidence", "flags", "type", "type_overridden", "type_confirmed_by", "status", "priority",
			"assignee", "created_by", "created_at", "updated_at", "resolved_at", "closed_at", "customer_contacts",
			"escalated", "escalation_reasons", "version", "approval_state", "response_due_at", "resolution_due_at",
			"first_response_at", "awaiting_customer_since", "sla_breached" };

	private static final int[] CASE_TYPES = { Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.BOOLEAN, Types.VARCHAR, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.INTEGER,
			Types.BOOLEAN, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.BOOLEAN };

	private static final String[] EVENT_COLUMNS = { "case_id", "occurred_at", "actor", "kind", "channel", "direction",
			"summary" };

	private static final int[] EVENT_TYPES = { Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };

	private static final String[] CUSTOMER_COLUMNS = { "id", "name", "email", "phone", "phone_key", "created_at",
			"version" };

	private static final int[] CUSTOMER_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT };

	private static final String[] APPROVAL_COLUMNS = { "case_number", "kind", "amount", "remedy", "legal_basis",
			"reasons", "summary", "required_approver", "urgent", "owner", "requested_by", "requested_at", "status",
			"decided_by", "decided_at", "decision_note", "version" };

	private static final int[] APPROVAL_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
			Types.BIGINT };

	private final DataSource dataSource;

	private final Instant now;

	private final int days;

	private final SplittableRandom random;

	VolumeGenerator(DataSource dataSource, Instant now, int days, long seed) {
		this.dataSource = dataSource;
		this.now = now;
		this.days = days;
		this.random = new SplittableRandom(seed);
	}

	/** What was generated and how long it took. */
	record Result(long customers, long cases, long timelineEntries, long approvals, Duration took) {

		double casesPerSecond() {
			return cases * 1000.0 / Math.max(1, took.toMillis());
		}

	}

	/** One generated case, as the hooks for other modules' records see it. */
	record GeneratedCase(long id, String caseNumber, long customerId, CaseType type, CaseStatus status,
			ContactChannel channel, String product, String orderReference, String assignee, Instant createdAt,
			Instant resolvedAt, Instant closedAt) {
	}

	Result generate(int cases) throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			boolean postgres = connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres");
			List<String> staff = Staff.ensure(connection);
			Map<String, long[]> targets = slaTargets(connection);
			int customers = Math.max(1, (int) (cases / 2.5));
			long customerBase = reserveIds(connection, "customer", customers);
			long caseBase = reserveIds(connection, "service_case", cases);
			long numberBase = reserveCaseNumbers(connection, postgres, cases);
			connection.commit();
			DeferredIndexes deferred = isNearlyEmpty(connection)
					? DeferredIndexes.drop(connection, postgres, "customer", "service_case", "case_event",
							"approval_request")
					: null;

			insertCustomers(connection, customerBase, customers);
			long events = 0;
			long approvals = 0;
			try (var caseRows = new MultiRowInsert(connection, "service_case", CASE_COLUMNS, CASE_TYPES,
					ROWS_PER_STATEMENT);
					var eventRows = new MultiRowInsert(connection, "case_event", EVENT_COLUMNS, EVENT_TYPES,
							ROWS_PER_STATEMENT * 2).after(caseRows);
					var approvalRows = new MultiRowInsert(connection, "approval_request", APPROVAL_COLUMNS,
							APPROVAL_TYPES, ROWS_PER_STATEMENT)) {
				List<GeneratedCase> chunk = new ArrayList<>(CHUNK);
				for (int i = 0; i < cases; i++) {
					chunk.add(nextCase(i, cases, caseBase + 1 + i, numberBase + i, customerBase, customers, staff,
							targets, caseRows, eventRows, approvalRows));
					if (chunk.size() == CHUNK || i == cases - 1) {
						caseRows.flush();
						eventRows.flush();
						approvalRows.flush();
						returnAuthorisations(connection, chunk);
						followUpsAndClosing(connection, chunk);
						feedback(connection, chunk);
						connection.commit();
						chunk.clear();
						if ((i + 1) % 100_000 == 0) {
							log.info("Generated {} of {} cases.", i + 1, cases);
						}
					}
				}
				events = eventRows.inserted();
				approvals = approvalRows.inserted();
			}
			if (deferred != null) {
				log.info("Building {} indexes...", deferred.count());
				deferred.create(connection);
			}
			analyse(connection, postgres);
			return new Result(customers, cases, events, approvals, Duration.ofNanos(System.nanoTime() - started));
		}
	}

	/**
	 * Hook for the returns module (return authorisations, migration V5): for the RETURN cases of {@code chunk}, insert
	 * authorisations with a refund amount, remedy, legal basis, statutory flag, reason code, and refund agreed, due
	 * (agreed + 14 days) and paid dates, leaving a few unpaid past their due date. Runs inside the chunk's transaction.
	 */
	void returnAuthorisations(Connection connection, List<GeneratedCase> chunk) {
		// Not generated yet: the benchmark measures the returns reports over an empty table.
	}

	/**
	 * Hook for the followups module (migration V6): follow-ups for open cases, and for closed ones the closure with a
	 * root cause and preventive measure (complaints) drawn from a short list, so the Pareto report has a long tail.
	 */
	void followUpsAndClosing(Connection connection, List<GeneratedCase> chunk) {
		// Not generated yet.
	}

	/**
	 * Hook for the feedback module (migration V6): for about a third of the closed cases a score of 1-5 (mostly 4 and
	 * 5), the resolved flag and, now and then, a comment.
	 */
	void feedback(Connection connection, List<GeneratedCase> chunk) {
		// Not generated yet.
	}

	private GeneratedCase nextCase(int index, int cases, long id, long number, long customerBase, int customers,
			List<String> staff, Map<String, long[]> targets, MultiRowInsert caseRows, MultiRowInsert eventRows,
			MultiRowInsert approvalRows) throws SQLException {
		Instant createdAt = createdAt(index, cases);
		CaseType type = type();
		CaseType suggested = random.nextDouble() < 0.91 ? type : otherThan(type);
		ContactChannel channel = channel();
		Priority priority = priority(type);
		long customerNo = customerNumber(customers);
		long customerId = customerBase + customerNo;
		Customer customer = Customer.of(customerNo);
		String product = type == CaseType.QUERY && random.nextDouble() < 0.4 ? null
				: VolumeTexts.pick(VolumeTexts.PRODUCTS, random);
		String order = type == CaseType.QUERY && random.nextDouble() < 0.6 ? null
				: (channel == ContactChannel.IN_STORE ? "R-" : "W-") + (100000 + random.nextInt(900000));
		String description = VolumeTexts.description(type, product == null ? "order" : product, order, random);
		String assignee = staff.get(random.nextInt(staff.size()));
		String createdBy = random.nextDouble() < 0.8 ? assignee : staff.get(random.nextInt(staff.size()));
		String digits = Long.toString(number);
		String caseNumber = "AC-" + createdAt.atZone(LONDON).getYear() + "-" + "000000".substring(Math.min(6, digits.length()))
				+ digits;

		long[] target = targets.getOrDefault(type + "/" + priority, new long[] { 24, 240 });
		Instant responseDue = createdAt.plus(Duration.ofHours(target[0]));
		Instant resolutionDue = createdAt.plus(Duration.ofHours(target[1]));
		CaseStatus status = status(Duration.between(createdAt, now));
		Instant firstResponse = status == CaseStatus.OPEN ? null
				: createdAt.plus(minutes((long) (target[0] * 60 * (0.1 + random.nextDouble() * 1.1))));
		if (firstResponse != null && firstResponse.isAfter(now)) {
			firstResponse = now.minus(minutes(1 + random.nextInt(30)));
		}
		Instant resolvedAt = null;
		Instant closedAt = null;
		if (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) {
			resolvedAt = later(firstResponse,
					createdAt.plus(minutes((long) (target[1] * 60 * (0.05 + random.nextDouble() * 1.1)))));
			resolvedAt = resolvedAt.isAfter(now) ? now.minus(minutes(1 + random.nextInt(60))) : resolvedAt;
			if (status == CaseStatus.CLOSED) {
				closedAt = resolvedAt.plus(minutes(60 + random.nextInt(7 * 24 * 60)));
				closedAt = closedAt.isAfter(now) ? now : closedAt;
			}
		}
		boolean breached = breached(status, firstResponse, responseDue, resolvedAt, resolutionDue);
		Instant awaitingSince = status == CaseStatus.AWAITING_CUSTOMER
				? later(firstResponse, createdAt).plus(minutes(random.nextInt(120))) : null;
		if (awaitingSince != null && awaitingSince.isAfter(now)) {
			awaitingSince = now;
		}
		String approvalState = null;
		if (status == CaseStatus.AWAITING_APPROVAL) {
			approvalState = "PENDING";
		}
		else if (type == CaseType.RETURN && random.nextDouble() < 0.06) {
			approvalState = random.nextDouble() < 0.8 ? "APPROVED" : "REJECTED";
		}
		boolean vulnerable = random.nextDouble() < 0.02;
		String flags = random.nextDouble() < 0.01 ? "SAFETY_CONCERN"
				: random.nextDouble() < 0.01 ? "LEGAL_THREAT" : vulnerable ? "VULNERABLE_CUSTOMER" : null;
		boolean escalated = flags != null || approvalState != null;
		String reasons = !escalated ? null : flags != null ? flags : "REFUND_OVER_AUTHORITY_LIMIT";
		int contacts = 1 + (random.nextDouble() < 0.3 ? 1 + random.nextInt(3) : 0);
		Instant updatedAt = latest(createdAt, firstResponse, resolvedAt, closedAt, awaitingSince);

		caseRows.add(id, caseNumber, customerId, customer.name(), customer.name().toLowerCase(Locale.ROOT),
				customer.name().substring(customer.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT),
				customer.email(), customer.phone(), customer.phoneKey(), channel.name(), order, product, description,
				vulnerable, suggested.name(), 0.55 + random.nextDouble() * 0.43, evidence(type), flags, type.name(),
				type != suggested, createdBy, status.name(), priority.name(), assignee, createdBy, at(createdAt),
				at(updatedAt), at(resolvedAt), at(closedAt), contacts, escalated, reasons, 0L, approvalState,
				at(responseDue), at(resolutionDue), at(firstResponse), at(awaitingSince), breached);

		eventRows.add(id, at(createdAt), createdBy, "OPENED", channel.name(), "FROM_CUSTOMER", description);
		eventRows.add(id, at(createdAt), createdBy, type == suggested ? "TYPE_CONFIRMED" : "TYPE_OVERRIDDEN",
				null, null, type == suggested ? "Suggested type " + type + " confirmed by staff."
						: "Suggested " + suggested + ", changed to " + type + " by staff.");
		if (closedAt != null || resolvedAt != null) {
			// One entry for the way to the end; contacts and notes in between are left out to keep the volume fast.
			eventRows.add(id, at(closedAt != null ? closedAt : resolvedAt), assignee, "STATUS_CHANGED", null, null,
					closedAt != null ? "Status RESOLVED → CLOSED." : "Status IN_PROGRESS → RESOLVED.");
		}
		if (approvalState != null) {
			approval(caseNumber, approvalState, createdAt, createdBy, approvalRows);
		}
		else if (flags != null && random.nextDouble() < 0.8) {
			review(caseNumber, flags, createdAt, createdBy, status, approvalRows);
		}
		return new GeneratedCase(id, caseNumber, customerId, type, status, channel, product, order, assignee,
				createdAt, resolvedAt, closedAt);
	}

	private void approval(String caseNumber, String state, Instant createdAt, String requester, MultiRowInsert rows)
			throws SQLException {
		boolean goodwill = random.nextDouble() < 0.25;
		BigDecimal amount = BigDecimal.valueOf(goodwill ? 20 + random.nextInt(300) : 150 + random.nextInt(1800), 0);
		Instant requestedAt = createdAt.plus(minutes(30 + random.nextInt(48 * 60)));
		requestedAt = requestedAt.isAfter(now) ? now.minus(minutes(1 + random.nextInt(30))) : requestedAt;
		Instant decidedAt = null;
		String decider = null;
		if (!"PENDING".equals(state)) {
			// Most decisions come within a working day, a few take days: a long-tailed turnaround.
			double hours = Math.exp(random.nextDouble() * 4.5) - 0.5;
			decidedAt = requestedAt.plus(minutes((long) (hours * 60) + 5));
			decidedAt = decidedAt.isAfter(now) ? now : decidedAt;
			decider = amount.intValue() > 1000 ? "manager" : "supervisor";
		}
		rows.add(caseNumber, goodwill ? "GOODWILL_EXCEPTION" : "REFUND", amount, goodwill ? "GOODWILL_REFUND"
				: "FULL_REFUND", goodwill ? null : "Consumer Rights Act 2015 ss.20-22 (short-term right to reject)",
				goodwill ? "GOODWILL_EXCEPTION" : "REFUND_OVER_AUTHORITY_LIMIT",
				goodwill ? "Customer asks for a refund outside the goodwill policy." : "Refund above the front-line limit.",
				amount.intValue() > 1000 ? "MANAGER" : "SUPERVISOR", false, null, requester, at(requestedAt), state,
				decider, at(decidedAt), decider == null ? null : "Checked the history; decision recorded.", 0L);
	}

	private void review(String caseNumber, String reason, Instant createdAt, String requester, CaseStatus status,
			MultiRowInsert rows) throws SQLException {
		Instant requestedAt = createdAt.plus(minutes(1 + random.nextInt(10)));
		boolean decided = !status.isActive() || random.nextDouble() < 0.7;
		Instant decidedAt = decided ? requestedAt.plus(minutes(20 + random.nextInt(8 * 60))) : null;
		decidedAt = decidedAt != null && decidedAt.isAfter(now) ? now : decidedAt;
		rows.add(caseNumber, "REVIEW", null, null, null, reason, "Supervisor review requested.", "SUPERVISOR",
				"SAFETY_CONCERN".equals(reason) || "LEGAL_THREAT".equals(reason), "supervisor", requester,
				at(requestedAt), decided ? "APPROVED" : "PENDING", decided ? "supervisor" : null, at(decidedAt),
				decided ? "Reviewed; the case stays with its owner." : null, 0L);
	}

	/** Spread evenly over the period, oldest first (ids follow time), within shop hours. */
	private Instant createdAt(int index, int cases) {
		LocalDate first = LocalDate.ofInstant(now, LONDON).minusDays(days);
		long day = (long) index * (days + 1) / cases;
		Instant at = first.plusDays(day).atTime(8, 0).atZone(LONDON).toInstant().plusSeconds(random.nextInt(12 * 3600));
		return at.isAfter(now) ? now.minusSeconds(1 + random.nextInt(3600)) : at;
	}

	private CaseType type() {
		double r = random.nextDouble();
		return r < 0.50 ? CaseType.RETURN : r < 0.78 ? CaseType.COMPLAINT : CaseType.QUERY;
	}

	private CaseType otherThan(CaseType type) {
		CaseType[] others = java.util.Arrays.stream(CaseType.values()).filter(t -> t != type).toArray(CaseType[]::new);
		return others[random.nextInt(others.length)];
	}

	private ContactChannel channel() {
		double r = random.nextDouble();
		return r < 0.30 ? ContactChannel.IN_STORE : r < 0.55 ? ContactChannel.PHONE
				: r < 0.77 ? ContactChannel.EMAIL : r < 0.92 ? ContactChannel.WEB : ContactChannel.CHAT;
	}

	private Priority priority(CaseType type) {
		double r = random.nextDouble();
		if (type == CaseType.QUERY) {
			return r < 0.85 ? Priority.LOW : Priority.NORMAL;
		}
		return r < 0.80 ? Priority.NORMAL : r < 0.95 ? Priority.HIGH : Priority.URGENT;
	}

	/** Younger cases are still being worked; most older ones are closed, a few stuck or reopened. */
	private CaseStatus status(Duration age) {
		double r = random.nextDouble();
		double open;
		double resolved;
		if (age.toHours() < 24) {
			open = 0.97;
			resolved = 0.03;
		}
		else if (age.toDays() < 7) {
			open = 0.65;
			resolved = 0.25;
		}
		else if (age.toDays() < 30) {
			open = 0.08;
			resolved = 0.15;
		}
		else {
			// A few cases get stuck for weeks: the ones the dashboard's "over 7 days" exists for.
			open = 0.002;
			resolved = 0.01;
		}
		if (r >= open) {
			return r < open + resolved ? CaseStatus.RESOLVED : CaseStatus.CLOSED;
		}
		double s = random.nextDouble();
		if (age.toHours() < 24) {
			return s < 0.55 ? CaseStatus.OPEN : s < 0.9 ? CaseStatus.IN_PROGRESS : CaseStatus.AWAITING_CUSTOMER;
		}
		return s < 0.20 ? CaseStatus.OPEN : s < 0.62 ? CaseStatus.IN_PROGRESS
				: s < 0.82 ? CaseStatus.AWAITING_CUSTOMER : s < 0.93 ? CaseStatus.AWAITING_APPROVAL
						: CaseStatus.REOPENED;
	}

	/** As the SLA monitor would have marked it: a target missed while the clock ran. */
	private boolean breached(CaseStatus status, Instant firstResponse, Instant responseDue, Instant resolvedAt,
			Instant resolutionDue) {
		boolean responseLate = firstResponse == null ? now.isAfter(responseDue) : firstResponse.isAfter(responseDue);
		boolean resolutionLate = resolvedAt == null ? now.isAfter(resolutionDue) : resolvedAt.isAfter(resolutionDue);
		if (status == CaseStatus.AWAITING_CUSTOMER) {
			// The clock is paused: only a miss from before the case started waiting counts.
			return firstResponse != null && firstResponse.isAfter(responseDue);
		}
		return responseLate || resolutionLate;
	}

	/** A few customers come back often; most appear once or twice. */
	private long customerNumber(int customers) {
		double r = random.nextDouble();
		return 1 + (long) (customers * Math.pow(r, 1.4)) % customers;
	}

	private String evidence(CaseType type) {
		return switch (type) {
			case RETURN -> VolumeTexts.pick(new String[] { "refund", "send it back", "exchange", "faulty, refund" },
					random);
			case COMPLAINT -> VolumeTexts.pick(new String[] { "unhappy", "complain", "poor service", "apology" }, random);
			case QUERY -> VolumeTexts.pick(new String[] { "can you tell me", "what time", "how long", "?" }, random);
		};
	}

	private void insertCustomers(Connection connection, long base, int customers) throws SQLException {
		OffsetDateTime since = at(now.minus(Duration.ofDays(days + 1)));
		try (var rows = new MultiRowInsert(connection, "customer", CUSTOMER_COLUMNS, CUSTOMER_TYPES,
				ROWS_PER_STATEMENT * 2)) {
			for (long n = 1; n <= customers; n++) {
				Customer customer = Customer.of(n);
				rows.add(base + n, customer.name(), customer.email(), customer.phone(), customer.phoneKey(), since, 0L);
				if (n % 50_000 == 0) {
					rows.flush();
					connection.commit();
				}
			}
			rows.flush();
			connection.commit();
		}
	}

	/** A generated customer, the same every time for the same number, so nothing needs keeping in memory. */
	record Customer(String name, String email, String phone, String phoneKey) {

		static Customer of(long n) {
			String first = VolumeTexts.FIRST_NAMES[(int) (n % VolumeTexts.FIRST_NAMES.length)];
			String last = VolumeTexts.LAST_NAMES[(int) ((n / VolumeTexts.FIRST_NAMES.length + n * 7)
					% VolumeTexts.LAST_NAMES.length)];
			String email = n % 10 == 3 ? null
					: (first + "." + last.replaceAll("[^A-Za-z]", "") + "." + n + "@example.com").toLowerCase(Locale.ROOT);
			String digits = "07" + (700_000_000L + n % 300_000_000L);
			String phone = n % 5 == 1 && email != null ? null : digits.substring(0, 5) + " " + digits.substring(5);
			return new Customer(first + " " + last, email, phone, phone == null ? null : digits);
		}

	}

	private static Map<String, long[]> slaTargets(Connection connection) throws SQLException {
		Map<String, long[]> targets = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select case_type, priority, first_response_hours, resolution_hours from sla_target")) {
			while (rs.next()) {
				targets.put(rs.getString(1) + "/" + rs.getString(2), new long[] { rs.getLong(3), rs.getLong(4) });
			}
		}
		return targets;
	}

	/** Deferring indexes pays off (and is safe to try) only when the cases table starts (almost) empty. */
	private static boolean isNearlyEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from service_case")) {
			rs.next();
			return rs.getLong(1) < 10_000;
		}
	}

	/**
	 * Reserves {@code count} ids after the current largest: the identity column restarts beyond the block first, so
	 * rows the application inserts meanwhile never take one of them. Returns the id before the block.
	 */
	private static long reserveIds(Connection connection, String table, long count) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long max;
			try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
				rs.next();
				max = rs.getLong(1);
			}
			statement.execute("alter table " + table + " alter column id restart with " + (max + count + 1000));
			return max;
		}
	}

	/** Takes a block of case numbers from the sequence, so cases logged later never reuse one. */
	private static long reserveCaseNumbers(Connection connection, boolean postgres, long count) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long next;
			try (ResultSet rs = statement.executeQuery(postgres ? "select nextval('case_number_seq')"
					: "select next value for case_number_seq")) {
				rs.next();
				next = rs.getLong(1);
			}
			statement.execute("alter sequence case_number_seq restart with " + (next + count));
			return next;
		}
	}

	/** Fresh statistics (and, on PostgreSQL, a visibility map for index-only scans) after a bulk load. */
	private static void analyse(Connection connection, boolean postgres) throws SQLException {
		connection.commit();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				statement.execute("vacuum analyze customer");
				statement.execute("vacuum analyze service_case");
				statement.execute("vacuum analyze case_event");
				statement.execute("vacuum analyze approval_request");
			}
			else {
				statement.execute("analyze");
			}
		}
	}

	private static Instant later(Instant a, Instant b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

	private static Instant latest(Instant... instants) {
		Instant latest = null;
		for (Instant instant : instants) {
			latest = later(latest, instant);
		}
		return latest;
	}

	private static Duration minutes(long minutes) {
		return Duration.ofMinutes(minutes);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
