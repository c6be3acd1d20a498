package uk.aftercare.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.Priority;
import uk.aftercare.cases.SearchKeys;
import uk.aftercare.cases.TimelineSummaries;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.followups.RootCause;

/**
 * Bulk-loads realistic volume for load tests and dashboards: customers, cases spread over the last {@code days} days
 * (types, channels, priorities and statuses distributed as a busy retailer's are, SLA targets from the
 * {@code sla_target} table, some breached), each case's timeline, approval requests with their decisions, and what the
 * other modules keep about the cases: return authorisations ({@link VolumeReturns}), follow-ups and closures
 * ({@link VolumeFollowUps}), survey invitations and feedback ({@link VolumeFeedback}).
 *
 * <p>Plain JDBC, many rows per statement, one commit per few thousand cases: a million cases take minutes, not hours.
 * It writes the tables directly (the services would take days for a million cases), so it keeps their rules itself:
 * case and RMA numbers come from blocks reserved on {@code case_number_seq} and {@code rma_number_seq}, ids that rows
 * refer to from blocks reserved on each identity column, and every row is one the application itself could have
 * written.
 *
 * <p>The other modules' records are written by one hook each, {@link #returnAuthorisations},
 * {@link #followUpsAndClosing} and {@link #feedback}, with every chunk of generated cases. A return authorisation is
 * planned with its case, because it decides things the case row shows: approval state, escalation and priority.
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

	private static final String[] CUSTOMER_COLUMNS = { "id", "name", "name_key", "email", "phone", "phone_key",
			"created_at", "version" };

	private static final int[] CUSTOMER_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT };

	private static final String[] APPROVAL_COLUMNS = { "case_number", "kind", "subject_ref", "amount", "remedy",
			"legal_basis",
			"reasons", "summary", "required_approver", "urgent", "owner", "requested_by", "requested_at", "status",
			"decided_by", "decided_at", "decision_note", "version" };

	private static final int[] APPROVAL_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
			Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
			Types.BIGINT };

	/** The default {@code aftercare.feedback.survey-validity}. */
	static final Duration SURVEY_VALIDITY = Duration.ofDays(30);

	private static final String[] OTHER_MODULES_TABLES = { "return_authorisation", "return_authorisation_line",
			"follow_up", "case_closure", "survey_invitation", "customer_feedback", "contact_preference" };

	private final DataSource dataSource;

	private final Instant now;

	private final int days;

	private final Duration surveyValidity;

	private final SplittableRandom random;

	/** Who decides approvals and reviews; known once a load has started. */
	private Staff.Seniors seniors;

	VolumeGenerator(DataSource dataSource, Instant now, int days, long seed) {
		this(dataSource, now, days, seed, SURVEY_VALIDITY);
	}

	VolumeGenerator(DataSource dataSource, Instant now, int days, long seed, Duration surveyValidity) {
		this.dataSource = dataSource;
		this.now = now;
		this.days = days;
		this.surveyValidity = surveyValidity;
		this.random = new SplittableRandom(seed);
	}

	/** What was generated and how long it took. */
	record Result(long customers, long cases, long timelineEntries, long approvals, long returnAuthorisations,
			long followUps, long closures, long surveyInvitations, long feedback, Duration took) {

		double casesPerSecond() {
			return cases * 1000.0 / Math.max(1, took.toMillis());
		}

	}

	/**
	 * One generated case, as the hooks for other modules' records see it.
	 *
	 * @param complaintCause for a complaint, the root cause its matter usually has
	 * @param rma the return authorisation raised on a return case, if one was
	 */
	record GeneratedCase(long id, String caseNumber, long customerId, long customerNo, Customer customer, CaseType type,
			CaseStatus status, ContactChannel channel, Priority priority, String product, String orderReference,
			String assignee, String createdBy, Instant createdAt, Instant firstResponseAt, Instant resolvedAt,
			Instant closedAt, boolean slaBreached, RootCause complaintCause, VolumeReturns.Rma rma) {
	}

	/** Where the hooks write; one per load. */
	private record Writers(MultiRowInsert rmaRows, MultiRowInsert lineRows, VolumeFollowUps followUps,
			VolumeFeedback feedback) {
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
			seniors = Staff.seniors(connection);
			Map<String, long[]> targets = slaTargets(connection);
			byte[] types = types(cases);
			int returns = 0;
			for (byte type : types) {
				returns += type == CaseType.RETURN.ordinal() ? 1 : 0;
			}
			int customers = Math.max(1, (int) (cases / 2.5));
			long customerBase = reserveIds(connection, "customer", customers);
			long caseBase = reserveIds(connection, "service_case", cases);
			long numberBase = reserveNumbers(connection, postgres, "case_number_seq", cases);
			// At most one RMA per return case: the block is that big, and what is left of it is never used.
			long rmaBase = reserveIds(connection, "return_authorisation", returns);
			long rmaNumberBase = reserveNumbers(connection, postgres, "rma_number_seq", returns);
			long invitationBase = reserveIds(connection, "survey_invitation", cases);
			VolumeReturns rmas = VolumeReturns.create(connection, random, now, seniors, rmaBase, rmaNumberBase,
					returns);
			connection.commit();
			DeferredIndexes deferred = null;
			if (isNearlyEmpty(connection)) {
				List<String> tables = new ArrayList<>(List.of("customer", "service_case", "case_event",
						"approval_request"));
				tables.addAll(List.of(OTHER_MODULES_TABLES));
				deferred = DeferredIndexes.drop(connection, postgres, tables.toArray(String[]::new));
			}

			insertCustomers(connection, customerBase, customers);
			long events;
			long approvals;
			long followUps;
			long closures;
			long invitations;
			long feedback;
			try (var caseRows = new MultiRowInsert(connection, "service_case", CASE_COLUMNS, CASE_TYPES,
					ROWS_PER_STATEMENT);
					var eventRows = new MultiRowInsert(connection, "case_event", EVENT_COLUMNS, EVENT_TYPES,
							ROWS_PER_STATEMENT * 2).after(caseRows);
					var approvalRows = new MultiRowInsert(connection, "approval_request", APPROVAL_COLUMNS,
							APPROVAL_TYPES, ROWS_PER_STATEMENT);
					var rmaRows = new MultiRowInsert(connection, "return_authorisation", VolumeReturns.COLUMNS,
							VolumeReturns.TYPES, ROWS_PER_STATEMENT);
					var lineRows = new MultiRowInsert(connection, "return_authorisation_line",
							VolumeReturns.LINE_COLUMNS, VolumeReturns.LINE_TYPES, ROWS_PER_STATEMENT * 2)
						.after(rmaRows);
					var followUpWriter = new VolumeFollowUps(connection, random, now, seniors, ROWS_PER_STATEMENT);
					var feedbackWriter = new VolumeFeedback(connection, random, now, now.minus(Duration.ofDays(days)),
							surveyValidity, invitationBase, followUpWriter, ROWS_PER_STATEMENT)) {
				Writers writers = new Writers(rmaRows, lineRows, followUpWriter, feedbackWriter);
				List<GeneratedCase> chunk = new ArrayList<>(CHUNK);
				for (int i = 0; i < cases; i++) {
					chunk.add(nextCase(i, cases, CaseType.values()[types[i]], caseBase + 1 + i, numberBase + i,
							customerBase, customers, staff, targets, rmas, caseRows, eventRows, approvalRows));
					if (chunk.size() == CHUNK || i == cases - 1) {
						caseRows.flush();
						eventRows.flush();
						approvalRows.flush();
						returnAuthorisations(chunk, writers);
						followUpsAndClosing(chunk, writers);
						feedback(chunk, writers);
						connection.commit();
						chunk.clear();
						if ((i + 1) % 100_000 == 0) {
							log.info("Generated {} of {} cases.", i + 1, cases);
						}
					}
				}
				events = eventRows.inserted();
				approvals = approvalRows.inserted();
				followUps = followUpWriter.followUps();
				closures = followUpWriter.closures();
				invitations = feedbackWriter.invitations();
				feedback = feedbackWriter.responses();
			}
			if (deferred != null) {
				log.info("Building {} indexes...", deferred.count());
				deferred.create(connection);
			}
			analyse(connection, postgres);
			return new Result(customers, cases, events, approvals, rmas.planned(), followUps, closures, invitations,
					feedback, Duration.ofNanos(System.nanoTime() - started));
		}
	}

	/**
	 * Hook for the returns module (migration V5, V8): the chunk's return authorisations, planned with their cases, and
	 * their item lines. Runs inside the chunk's transaction.
	 */
	private void returnAuthorisations(List<GeneratedCase> chunk, Writers writers) throws SQLException {
		for (GeneratedCase c : chunk) {
			if (c.rma() != null) {
				writers.rmaRows().add(VolumeReturns.row(c.rma()));
				VolumeReturns.writeLines(c.rma(), writers.lineRows());
			}
		}
		writers.rmaRows().flush();
		writers.lineRows().flush();
	}

	/**
	 * Hook for the followups module (migration V6): every case's follow-ups, automatic and manual, and for each closed
	 * case its closure, complaints with a root cause and preventive measure.
	 */
	private void followUpsAndClosing(List<GeneratedCase> chunk, Writers writers) throws SQLException {
		for (GeneratedCase c : chunk) {
			writers.followUps().write(c);
		}
	}

	/**
	 * Hook for the feedback module (migration V6): survey invitations (with the customer's recorded consent) and
	 * feedback on about a third of the closed cases, low scores with their call-backs.
	 */
	private void feedback(List<GeneratedCase> chunk, Writers writers) throws SQLException {
		for (GeneratedCase c : chunk) {
			writers.feedback().write(c);
		}
		writers.feedback().flush();
		writers.followUps().flush();
	}

	/** Every case's type, drawn up front so the RMA number block can be exactly as large as the return cases. */
	private byte[] types(int cases) {
		SplittableRandom draw = random.split();
		byte[] types = new byte[cases];
		for (int i = 0; i < cases; i++) {
			double r = draw.nextDouble();
			types[i] = (byte) (r < 0.50 ? CaseType.RETURN : r < 0.78 ? CaseType.COMPLAINT : CaseType.QUERY).ordinal();
		}
		return types;
	}

	private GeneratedCase nextCase(int index, int cases, CaseType type, long id, long number, long customerBase,
			int customers, List<String> staff, Map<String, long[]> targets, VolumeReturns rmas,
			MultiRowInsert caseRows, MultiRowInsert eventRows, MultiRowInsert approvalRows) throws SQLException {
		Instant createdAt = createdAt(index, cases);
		CaseType suggested = random.nextDouble() < 0.91 ? type : otherThan(type);
		ContactChannel channel = channel();
		boolean vulnerable = random.nextDouble() < 0.02;
		String flags = random.nextDouble() < 0.01 ? "SAFETY_CONCERN"
				: random.nextDouble() < 0.01 ? "LEGAL_THREAT" : vulnerable ? "VULNERABLE_CUSTOMER" : null;
		// The escalation rules run before the SLA targets are set (CaseEscalation), so a flag's priority counts.
		Priority priority = atLeast(priority(type), flags == null ? null
				: "VULNERABLE_CUSTOMER".equals(flags) ? Priority.HIGH : Priority.URGENT);
		long customerNo = customerNumber(customers);
		long customerId = customerBase + customerNo;
		Customer customer = Customer.of(customerNo);
		String order = type == CaseType.QUERY && random.nextDouble() < 0.6 ? null
				: (channel == ContactChannel.IN_STORE ? "R-" : "W-") + (100000 + random.nextInt(900000));
		String assignee = staff.get(random.nextInt(staff.size()));
		String createdBy = random.nextDouble() < 0.8 ? assignee : staff.get(random.nextInt(staff.size()));
		String digits = Long.toString(number);
		String caseNumber = "AC-" + createdAt.atZone(LONDON).getYear() + "-" + "000000".substring(Math.min(6, digits.length()))
				+ digits;

		long[] target = targets.getOrDefault(type + "/" + priority, new long[] { 24, 240 });
		Instant responseDue = createdAt.plus(Duration.ofHours(target[0]));
		Instant resolutionDue = createdAt.plus(Duration.ofHours(target[1]));
		CaseStatus status = status(Duration.between(createdAt, now), type);
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

		String product;
		String description;
		VolumeReturns.Rma rma = null;
		VolumeTexts.Matter matter = null;
		if (type == CaseType.RETURN) {
			VolumeReturns.Draw draw = rmas.draw();
			rma = rmas.plan(new VolumeReturns.ReturnCase(caseNumber, createdAt, status, resolvedAt, channel, order,
					createdBy, assignee, customer, draw));
			// A return waits for approval only with an RMA that needs one: try other returns until one does.
			for (int tries = 0; status == CaseStatus.AWAITING_APPROVAL && rma == null && tries < 50; tries++) {
				draw = rmas.draw();
				rma = rmas.plan(new VolumeReturns.ReturnCase(caseNumber, createdAt, status, resolvedAt, channel,
						order, createdBy, assignee, customer, draw));
			}
			if (status == CaseStatus.AWAITING_APPROVAL && rma == null) {
				status = CaseStatus.IN_PROGRESS;
			}
			if (rma != null && resolvedAt != null && rma.completedAt != null && rma.completedAt.isAfter(resolvedAt)) {
				// Resolved once the late refund was paid, closed a little later.
				resolvedAt = rma.completedAt.plus(minutes(5 + random.nextInt(120)));
				resolvedAt = resolvedAt.isAfter(now) ? now : resolvedAt;
				if (closedAt != null) {
					closedAt = resolvedAt.plus(minutes(60 + random.nextInt(3 * 24 * 60)));
					closedAt = closedAt.isAfter(now) ? now : closedAt;
				}
			}
			product = draw.model().product().noun();
			description = VolumeTexts.returnOf(draw.reason(), draw.failedRepair(), draw.wish(), product,
					draw.model().product().electrical(), order, random);
		}
		else if (type == CaseType.COMPLAINT) {
			matter = VolumeTexts.matter(random);
			product = VolumeTexts.pick(VolumeTexts.PRODUCTS, random);
			description = VolumeTexts.complaint(matter, product, order, random);
		}
		else {
			product = random.nextDouble() < 0.4 ? null : VolumeTexts.pick(VolumeTexts.PRODUCTS, random);
			description = VolumeTexts.query(product == null ? "order" : product, order, random);
		}

		boolean breached = breached(status, firstResponse, responseDue, resolvedAt, resolutionDue);
		Instant awaitingSince = status == CaseStatus.AWAITING_CUSTOMER
				? later(firstResponse, createdAt).plus(minutes(random.nextInt(120))) : null;
		if (awaitingSince != null && awaitingSince.isAfter(now)) {
			awaitingSince = now;
		}
		// The RMA escalates its case when it needs more authority, and again when its refund is paid late.
		Set<String> reasons = new LinkedHashSet<>();
		if (flags != null) {
			reasons.add(flags);
		}
		String approvalState = null;
		Instant rmaUpdated = null;
		if (rma != null) {
			if (rma.needsApproval()) {
				reasons.addAll(rma.escalationReasons);
				approvalState = rma.approvalState();
				priority = atLeast(priority, Priority.HIGH);
			}
			if (rma.refundOverdueFlagged) {
				reasons.add("SLA_BREACH");
				priority = atLeast(priority, Priority.HIGH);
			}
			rmaUpdated = rma.updatedAt.isAfter(now) ? null : rma.updatedAt;
		}
		boolean escalated = !reasons.isEmpty();
		int contacts = 1 + (random.nextDouble() < 0.3 ? 1 + random.nextInt(3) : 0);
		Instant updatedAt = latest(createdAt, firstResponse, resolvedAt, closedAt, awaitingSince, rmaUpdated);

		caseRows.add(id, caseNumber, customerId, customer.name(), SearchKeys.nameKey(customer.name()),
				SearchKeys.surnameKey(customer.name()),
				customer.email(), customer.phone(), customer.phoneKey(), channel.name(), order, product, description,
				vulnerable, suggested.name(), 0.55 + random.nextDouble() * 0.43, evidence(type), flags, type.name(),
				type != suggested, createdBy, status.name(), priority.name(), assignee, createdBy, at(createdAt),
				at(updatedAt), at(resolvedAt), at(closedAt), contacts, escalated,
				escalated ? String.join(",", reasons) : null, 0L, approvalState, at(responseDue), at(resolutionDue),
				at(firstResponse), at(awaitingSince), breached);

		eventRows.add(id, at(createdAt), createdBy, "OPENED", channel.name(), "FROM_CUSTOMER", description);
		eventRows.add(id, at(createdAt), createdBy, type == suggested ? "TYPE_CONFIRMED" : "TYPE_OVERRIDDEN",
				null, null, type == suggested ? TimelineSummaries.typeConfirmed(type)
						: TimelineSummaries.typeOverridden(suggested, type));
		if (closedAt != null || resolvedAt != null) {
			// One entry for the way to the end; contacts and notes in between are left out to keep the volume fast.
			eventRows.add(id, at(closedAt != null ? closedAt : resolvedAt), assignee, "STATUS_CHANGED", null, null,
					closedAt != null ? TimelineSummaries.statusChanged(CaseStatus.RESOLVED, CaseStatus.CLOSED, null)
							: TimelineSummaries.statusChanged(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, null));
		}
		if (rma != null && rma.approval != null) {
			approval(caseNumber, rma.approval, approvalRows);
		}
		if (flags != null && random.nextDouble() < 0.8) {
			review(caseNumber, flags, createdAt, createdBy, status, approvalRows);
		}
		return new GeneratedCase(id, caseNumber, customerId, customerNo, customer, type, status, channel, priority,
				product, order, assignee, createdBy, createdAt, firstResponse, resolvedAt, closedAt, breached,
				matter == null ? null : matter.cause(), rma);
	}

	/** A return authorisation's request for approval, as Approvals.request and decide store it. */
	private static void approval(String caseNumber, VolumeReturns.Approval a, MultiRowInsert rows) throws SQLException {
		rows.add(caseNumber, a.kind(), a.subjectRef(), a.amount(), a.remedy(), a.legalBasis(), a.reasons(),
				a.summary(), a.requiredApprover(), false, null, a.requestedBy(), at(a.requestedAt()), a.status(),
				a.decidedBy(), at(a.decidedAt()), a.decisionNote(), a.decided() ? 1L : 0L);
	}

	private void review(String caseNumber, String reason, Instant createdAt, String requester, CaseStatus status,
			MultiRowInsert rows) throws SQLException {
		Instant requestedAt = createdAt.plus(minutes(1 + random.nextInt(10)));
		requestedAt = requestedAt.isAfter(now) ? now : requestedAt;
		boolean decided = !status.isActive() || random.nextDouble() < 0.7;
		Instant decidedAt = decided ? requestedAt.plus(minutes(20 + random.nextInt(8 * 60))) : null;
		decidedAt = decidedAt != null && decidedAt.isAfter(now) ? now : decidedAt;
		// A review is owned, and decided, by a supervisor (Approvals.reviewOwner).
		String owner = seniors.supervisor(random);
		rows.add(caseNumber, "REVIEW", null, null, null, null, reason, "Supervisor review requested.", "SUPERVISOR",
				"SAFETY_CONCERN".equals(reason) || "LEGAL_THREAT".equals(reason), owner, requester,
				at(requestedAt), decided ? "APPROVED" : "PENDING", decided ? owner : null, at(decidedAt),
				decided ? "Reviewed; the case stays with its owner." : null, decided ? 1L : 0L);
	}

	private static Priority atLeast(Priority priority, Priority floor) {
		return floor != null && floor.compareTo(priority) > 0 ? floor : priority;
	}

	/** Spread evenly over the period, oldest first (ids follow time), within shop hours. */
	private Instant createdAt(int index, int cases) {
		LocalDate first = LocalDate.ofInstant(now, LONDON).minusDays(days);
		long day = (long) index * (days + 1) / cases;
		Instant at = first.plusDays(day).atTime(8, 0).atZone(LONDON).toInstant().plusSeconds(random.nextInt(12 * 3600));
		return at.isAfter(now) ? now.minusSeconds(1 + random.nextInt(3600)) : at;
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

	/**
	 * Younger cases are still being worked; most older ones are closed, a few stuck or reopened. Only returns wait for
	 * approval: the application asks for approval for return authorisations, and for the rest only for reviews, which
	 * leave the case where it is.
	 */
	private CaseStatus status(Duration age, CaseType type) {
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
				: s < 0.82 ? CaseStatus.AWAITING_CUSTOMER
						: s < 0.93 ? (type == CaseType.RETURN ? CaseStatus.AWAITING_APPROVAL : CaseStatus.IN_PROGRESS)
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
				rows.add(base + n, customer.name(), ContactDetails.lookupKey(customer.name()), customer.email(),
						customer.phone(), customer.phoneKey(), since, 0L);
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

		private static final Pattern NOT_A_LETTER = Pattern.compile("[^A-Za-z]");

		static Customer of(long n) {
			String first = VolumeTexts.FIRST_NAMES[(int) (n % VolumeTexts.FIRST_NAMES.length)];
			String last = VolumeTexts.LAST_NAMES[(int) ((n / VolumeTexts.FIRST_NAMES.length + n * 7)
					% VolumeTexts.LAST_NAMES.length)];
			String email = n % 10 == 3 ? null
					: (first + "." + NOT_A_LETTER.matcher(last).replaceAll("") + "." + n + "@example.com")
						.toLowerCase(Locale.ROOT);
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

	/**
	 * Takes a block of numbers from the sequence, so numbers the application hands out later never reuse one. Returns
	 * the first number of the block.
	 */
	private static long reserveNumbers(Connection connection, boolean postgres, String sequence, long count)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long next;
			try (ResultSet rs = statement.executeQuery(postgres ? "select nextval('" + sequence + "')"
					: "select next value for " + sequence)) {
				rs.next();
				next = rs.getLong(1);
			}
			statement.execute("alter sequence " + sequence + " restart with " + (next + count));
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
				for (String table : OTHER_MODULES_TABLES) {
					statement.execute("vacuum analyze " + table);
				}
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

	/** In UTC; built from the epoch second, which is much cheaper than looking up the offset's rules every time. */
	static OffsetDateTime at(Instant instant) {
		return instant == null ? null
				: OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
						ZoneOffset.UTC), ZoneOffset.UTC);
	}

}
