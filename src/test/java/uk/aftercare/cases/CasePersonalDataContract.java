package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.customers.PersonalDataHolder.KeepReason;
import uk.aftercare.shared.JdbcRows;

/**
 * What the cases module holds about a customer, for a copy, an erasure and the retention check, on H2 and on a real
 * PostgreSQL by the two subclasses.
 */
@Transactional
abstract class CasePersonalDataContract {

	/** Long before any row another test leaves behind, so the retention check sees only these customers. */
	private static final Instant CUTOFF = Instant.parse("2021-01-01T00:00:00Z");

	@Autowired
	ServiceCaseRepository cases;

	@Autowired
	TestEntityManager em;

	@Autowired
	javax.sql.DataSource dataSource;

	private JdbcClient jdbc;

	private CasePersonalData personalData;

	private CustomerCases customerCases;

	private final List<Object> published = new java.util.ArrayList<>();

	@org.junit.jupiter.api.BeforeEach
	void setUp() {
		jdbc = JdbcClient.create(dataSource);
		personalData = new CasePersonalData(cases, jdbc, List.of(new CaseTimelineShapes()));
		customerCases = new CustomerCases(cases, jdbc, published::add);
	}

	private long customer(String name, Instant createdAt) {
		jdbc.sql("insert into customer (name, email, created_at, version) values (?, ?, ?, 0)")
			.params(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com", JdbcRows.utc(createdAt))
			.update();
		return jdbc.sql("select max(id) from customer").query(Long.class).single();
	}

	private String openCase(long customerId, String name, Instant at) {
		var numbers = new CaseNumbers(jdbc, em.getEntityManager().getEntityManagerFactory());
		var command = new OpenCaseCommand(ContactChannel.EMAIL, name + ": the kettle leaks onto the worktop",
				new ContactDetails(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com",
						"07700 900123"),
				customerId, "ORD-" + customerId, "Kettle", CaseType.RETURN, false);
		var serviceCase = new ServiceCase(numbers.next(LocalDate.of(2020, 6, 1)), command, customerId,
				new Suggestion(CaseType.RETURN, 0.8, List.of("leaks"), Set.of(Flag.SAFETY_CONCERN)), "sam", at);
		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.TO_CUSTOMER, "Told " + name + " to unplug it",
				"sam", at.plusSeconds(60));
		String number = em.persistFlushFind(serviceCase).getCaseNumber();
		em.clear();
		return number;
	}

	private void close(String caseNumber, Instant at) {
		jdbc.sql("update service_case set status = 'CLOSED', resolved_at = ?, closed_at = ? where case_number = ?")
			.params(JdbcRows.utc(at), JdbcRows.utc(at), caseNumber)
			.update();
	}

	private void setStatus(String caseNumber, CaseStatus status) {
		jdbc.sql("update service_case set status = ? where case_number = ?").params(status.name(), caseNumber).update();
	}

	/** Every row of the table for these cases, by id, with lower-case column names whatever the database returns. */
	private List<Map<String, Object>> rows(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query().listOfRows().stream().map(row -> {
			Map<String, Object> lower = new HashMap<>();
			row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
			return lower;
		}).toList();
	}

	private List<Map<String, Object>> caseRows(long customerId) {
		return rows("select * from service_case where customer_id = ? order by id", customerId);
	}

	private List<Map<String, Object>> eventRows(long customerId) {
		return rows("select * from case_event where case_id in (select id from service_case where customer_id = ?) "
				+ "order by id", customerId);
	}

	@Test
	@SuppressWarnings("unchecked")
	void exportsEveryCaseOfTheCustomerWithItsTimelineOldestFirst() {
		long jane = customer("Jane Smith", CUTOFF.minusSeconds(86400 * 400));
		long bob = customer("Bob Jones", CUTOFF.minusSeconds(86400 * 400));
		String newer = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400));
		String older = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 10));
		openCase(bob, "Bob Jones", CUTOFF.minusSeconds(86400 * 5));

		var export = (List<Map<String, Object>>) personalData.export(jane);

		assertThat(export).extracting(c -> c.get("caseNumber")).containsExactly(older, newer);
		Map<String, Object> first = export.get(0);
		assertThat(first).containsEntry("customerName", "Jane Smith")
			.containsEntry("customerEmail", "jane.smith@example.com")
			.containsEntry("customerPhone", "07700 900123")
			.containsEntry("orderReference", "ORD-" + jane)
			.containsEntry("product", "Kettle")
			.containsEntry("description", "Jane Smith: the kettle leaks onto the worktop")
			.containsEntry("status", "OPEN")
			.containsEntry("type", "RETURN")
			.containsEntry("flags", List.of("SAFETY_CONCERN"))
			.containsEntry("createdAt", CUTOFF.minusSeconds(86400 * 10))
			.containsEntry("closedAt", null);
		var timeline = (List<Map<String, Object>>) first.get("timeline");
		assertThat(timeline).extracting(e -> e.get("kind")).containsExactly("OPENED", "TYPE_CONFIRMED", "CONTACT");
		assertThat(timeline.get(2)).containsEntry("summary", "Told Jane Smith to unplug it")
			.containsEntry("channel", "PHONE")
			.containsEntry("direction", "TO_CUSTOMER")
			.containsEntry("actor", "sam");
		assertThat(personalData.export(customer("Nobody Yet", CUTOFF))).isEqualTo(List.of());
	}

	@Test
	void keepsTheDataUntilEveryCaseIsClosed() {
		long jane = customer("Jane Smith", CUTOFF.minusSeconds(86400 * 400));
		String open = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 10));
		String resolved = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 5));
		setStatus(resolved, CaseStatus.RESOLVED);

		assertThat(personalData.reasonsToKeep(jane)).containsExactly(
				KeepReason.of("privacy.keep.case.OPEN", open, "OPEN"),
				KeepReason.of("privacy.keep.case.RESOLVED", resolved, "RESOLVED"));

		close(open, CUTOFF);
		close(resolved, CUTOFF);

		assertThat(personalData.reasonsToKeep(jane)).isEmpty();
	}

	@Test
	@WithMockUser(username = "max", roles = "MANAGER")
	void erasesWhatIdentifiesTheCustomerOnEveryCaseAndKeepsWhatIsCounted() {
		long jane = customer("Jane Smith", CUTOFF.minusSeconds(86400 * 400));
		long bob = customer("Bob Jones", CUTOFF.minusSeconds(86400 * 400));
		close(openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 10)), CUTOFF.minusSeconds(86400));
		String moved = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 5));
		close(moved, CUTOFF.minusSeconds(86400));
		entry(moved, TimelineKind.STATUS_CHANGED, "Status Open → Resolved: told Jane it comes on Friday");
		entry(moved, TimelineKind.PRIORITY_CHANGED, "Priority Normal → High.");
		entry(moved, TimelineKind.ASSIGNED, "Assigned from sam to jane.smith@example.com.");
		openCase(bob, "Bob Jones", CUTOFF.minusSeconds(86400 * 5));
		var janeCases = caseRows(jane);
		var janeEvents = eventRows(jane);
		var bobCases = caseRows(bob);
		var bobEvents = eventRows(bob);

		personalData.erase(jane);

		Map<String, Object> erased = new HashMap<>();
		erased.put("customer_name", PersonalDataHolder.ERASED_NAME);
		erased.put("customer_name_key", "erased customer");
		erased.put("customer_surname_key", "customer");
		erased.put("customer_email", null);
		erased.put("customer_phone", null);
		erased.put("customer_phone_key", null);
		erased.put("order_reference", null);
		erased.put("description", PersonalDataHolder.ERASED);
		erased.put("suggestion_evidence", null);
		// Who changed the case last: a page opened before the erasure names them when it clashes with it.
		erased.put("updated_by", "max");
		assertThat(caseRows(jane)).isEqualTo(janeCases.stream()
			.map(row -> with(row, erased))
			.map(row -> with(row, Map.of("version", ((Number) row.get("version")).longValue() + 1)))
			.toList());
		// What the customer said, a contact and anything naming them go; the application's own words stay.
		Map<String, String> kept = Map.of("Suggested type Return confirmed.", "Suggested type Return confirmed.",
				"Status Open → Resolved: told Jane it comes on Friday", "Status Open → Resolved: [erased]",
				"Priority Normal → High.", "Priority Normal → High.");
		assertThat(eventRows(jane)).isEqualTo(janeEvents.stream()
			.map(row -> with(row, Map.of("summary",
					kept.getOrDefault((String) row.get("summary"), PersonalDataHolder.ERASED))))
			.toList());
		assertThat(caseRows(bob)).isEqualTo(bobCases);
		assertThat(eventRows(bob)).isEqualTo(bobEvents);
		assertThat(customerCases.casesOf(jane, 5)).extracting(CaseListItem::customerName)
			.containsOnly(PersonalDataHolder.ERASED_NAME);

		var once = caseRows(jane);
		var onceEvents = eventRows(jane);
		personalData.erase(jane);

		assertThat(caseRows(jane)).isEqualTo(once);
		assertThat(eventRows(jane)).isEqualTo(onceEvents);
	}

	private void entry(String caseNumber, TimelineKind kind, String summary) {
		jdbc.sql("""
				insert into case_event (case_id, occurred_at, actor, kind, summary)
				select id, ?, 'sam', ?, ? from service_case where case_number = ?""")
			.params(JdbcRows.utc(CUTOFF.minusSeconds(86400)), kind.name(), summary, caseNumber)
			.update();
	}

	private static Map<String, Object> with(Map<String, Object> row, Map<String, Object> changes) {
		Map<String, Object> changed = new HashMap<>(row);
		changed.putAll(changes);
		return changed;
	}

	@Test
	void listsACustomersCasesNewestFirst() {
		long jane = customer("Jane Smith", CUTOFF.minusSeconds(86400 * 400));
		long bob = customer("Bob Jones", CUTOFF.minusSeconds(86400 * 400));
		String oldest = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 10));
		String middle = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 5));
		String newest = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400));
		openCase(bob, "Bob Jones", CUTOFF);

		assertThat(customerCases.casesOf(jane, 10)).extracting(CaseListItem::caseNumber)
			.containsExactly(newest, middle, oldest);
		assertThat(customerCases.casesOf(jane, 2)).extracting(CaseListItem::caseNumber)
			.containsExactly(newest, middle);
	}

	@Test
	void aCaseLeftResolvedWithNothingWrittenOnItSinceTheCutoffNoLongerKeepsTheDataPastRetention() {
		long jane = customer("Jane Smith", CUTOFF.minusSeconds(86400 * 400));
		String leftResolved = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 10));
		setStatus(leftResolved, CaseStatus.RESOLVED);
		String touchedSince = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 5));
		setStatus(touchedSince, CaseStatus.RESOLVED);
		jdbc.sql("update service_case set updated_at = ? where case_number = ?")
			.params(JdbcRows.utc(CUTOFF), touchedSince)
			.update();
		String reopened = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 4));
		setStatus(reopened, CaseStatus.REOPENED);

		assertThat(personalData.reasonsToKeepPastRetention(jane, CUTOFF)).containsExactly(
				KeepReason.of("privacy.keep.case.RESOLVED", touchedSince, "RESOLVED"),
				KeepReason.of("privacy.keep.case.REOPENED", reopened, "REOPENED"));
		// A request to erase is another matter: the shop may still close or reopen a resolved case.
		assertThat(personalData.reasonsToKeep(jane)).hasSize(3);
	}

	@Test
	void findsCustomersWithNothingOpenOrClosedSinceTheCutoff() {
		Instant before = CUTOFF.minusSeconds(86400 * 400);
		long closedBefore = customer("Closed Before", before);
		close(openCase(closedBefore, "Closed Before", before), CUTOFF.minusSeconds(1));
		long noCases = customer("No Cases", before);
		long closedAtCutoff = customer("Closed At Cutoff", before);
		close(openCase(closedAtCutoff, "Closed At Cutoff", before), CUTOFF);
		long stillOpen = customer("Still Open", before);
		close(openCase(stillOpen, "Still Open", before), CUTOFF.minusSeconds(86400));
		openCase(stillOpen, "Still Open", before.plusSeconds(86400));
		// Resolved and never taken through closing: finished once nothing has been written on it since the cutoff.
		long resolved = customer("Only Resolved", before);
		setStatus(openCase(resolved, "Only Resolved", before), CaseStatus.RESOLVED);
		long resolvedLately = customer("Resolved Lately", before);
		String lately = openCase(resolvedLately, "Resolved Lately", before);
		setStatus(lately, CaseStatus.RESOLVED);
		jdbc.sql("update service_case set updated_at = ? where case_number = ?").params(JdbcRows.utc(CUTOFF), lately)
			.update();
		long createdAfter = customer("Created After", CUTOFF.plusSeconds(1));
		long erased = customer("Already Erased", before);
		jdbc.sql("update customer set erased_at = ? where id = ?").params(JdbcRows.utc(CUTOFF), erased).update();

		assertThat(customerCases.customersWithNothingOpenSince(CUTOFF, 0, 10))
			.containsExactly(closedBefore, noCases, resolved)
			.doesNotContain(closedAtCutoff, stillOpen, resolvedLately, createdAfter, erased);
		assertThat(customerCases.customersWithNothingOpenSince(CUTOFF, 0, 1)).containsExactly(closedBefore);
		assertThat(customerCases.customersWithNothingOpenSince(CUTOFF, closedBefore, 10))
			.containsExactly(noCases, resolved);
	}

	@Test
	void findsACaseLoggedWhileItsCustomerWasBeingErasedAndMovesItToAnotherRecord() {
		long jane = customer("Jane Smith", CUTOFF.minusSeconds(86400 * 400));
		String erasedCase = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 10));
		close(erasedCase, CUTOFF.minusSeconds(86400));
		personalData.erase(jane);
		jdbc.sql("update customer set erased_at = ? where id = ?").params(JdbcRows.utc(CUTOFF), jane).update();
		// Logged by a form that had found Jane's record just before the erasure committed.
		String loggedMeanwhile = openCase(jane, "Jane Smith", CUTOFF.plusSeconds(1));
		long bob = customer("Bob Jones", CUTOFF.minusSeconds(86400 * 400));
		openCase(bob, "Bob Jones", CUTOFF);

		assertThat(customerCases.casesLoggedDuringErasure()).singleElement().satisfies(logged -> {
			assertThat(logged.caseNumber()).isEqualTo(loggedMeanwhile);
			assertThat(logged.details().name()).isEqualTo("Jane Smith");
		});
		// Her erased case is archived from the erasure on; the one logged meanwhile is a new contact's, and is not.
		assertThat(cases.findWithTimelineByCustomer(jane)).extracting(ServiceCase::getCaseNumber,
				ServiceCase::personalDataErasedAt)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(erasedCase, CUTOFF),
					org.assertj.core.groups.Tuple.tuple(loggedMeanwhile, null));
		em.clear();

		customerCases.moveToCustomer(loggedMeanwhile, bob);
		assertThat(customerCases.casesLoggedDuringErasure()).isEmpty();
		assertThat(published).containsExactly(new CaseMovedToCustomer(loggedMeanwhile, jane, bob));
		assertThat(customerCases.casesOf(bob, 5)).extracting(CaseListItem::caseNumber).contains(loggedMeanwhile);
	}

	@Test
	@WithMockUser(username = "harriet", roles = "STAFF")
	void correctedDetailsGoOnTheCasesStillOpenWithTheirSearchKeys() {
		long jane = customer("Jane Smith", CUTOFF.minusSeconds(86400 * 400));
		String closed = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 10));
		close(closed, CUTOFF.minusSeconds(86400));
		String open = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 5));
		// Logged when she gave her work address for this one matter.
		String ownEmail = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 5));
		jdbc.sql("update service_case set customer_email = 'Jane.Work@example.com' where case_number = ?")
			.param(ownEmail)
			.update();

		personalData.correct(jane, new PersonalDataHolder.Correction(
				new ContactDetails("Jane Smith-Jones", "jane.sj@example.com", "+44 7700 900126"), true, true, true,
				new ContactDetails("Jane Smith", "jane.smith@example.com", "07700 900123")).madeBy("sue", CUTOFF));
		String other = openCase(jane, "Jane Smith", CUTOFF.minusSeconds(86400 * 4));
		// A name corrected on its own leaves the e-mail and phone each case was logged with.
		personalData.correct(jane, new PersonalDataHolder.Correction(
				new ContactDetails("Jane Smith-Jones", "record@example.com", null), true, false, false,
				new ContactDetails("Jane Smith", "record@example.com", null)).madeBy("sue", CUTOFF));

		assertThat(jdbc.sql("""
				select case_number, customer_name, customer_name_key, customer_surname_key, customer_email,
				  customer_phone_key from service_case where customer_id = ? order by id""")
			.param(jane)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					String.valueOf(rs.getString(5)), String.valueOf(rs.getString(6))))
			.list()).containsExactly(
				List.of(closed, "Jane Smith", "jane smith", "smith", "jane.smith@example.com", "07700900123"),
				List.of(open, "Jane Smith-Jones", "jane smith-jones", "smith-jones", "jane.sj@example.com",
						"07700900126"),
				List.of(ownEmail, "Jane Smith-Jones", "jane smith-jones", "smith-jones", "Jane.Work@example.com",
						"07700900126"),
				List.of(other, "Jane Smith-Jones", "jane smith-jones", "smith-jones", "jane.smith@example.com",
						"07700900123"));
		// Each case corrected says who corrected it, for a page opened before to name them; the closed one is as it was.
		assertThat(jdbc.sql("select updated_by from service_case where customer_id = ? order by id")
			.param(jane)
			.query(String.class)
			.list()).containsExactly("sam", "harriet", "harriet", "harriet");
	}

	@Test
	void aCorrectionThatRemovesTheRecordsEmailLeavesAnEmailTheCustomerGaveForOneCase() {
		long jane = customer("Jane Doe", CUTOFF.minusSeconds(86400 * 400));
		String given = openCase(jane, "Jane Doe", CUTOFF.minusSeconds(86400 * 5));
		jdbc.sql("update service_case set customer_email = 'jane.now@example.com' where case_number = ?")
			.param(given)
			.update();
		String usual = openCase(jane, "Jane Doe", CUTOFF.minusSeconds(86400 * 5));

		personalData.correct(jane, new PersonalDataHolder.Correction(
				new ContactDetails("Jane Doe", null, "07700 900123"), false, true, true,
				new ContactDetails("Jane Doe", "jane.doe@example.com", null)).madeBy("sue", CUTOFF));

		assertThat(jdbc.sql("select customer_email from service_case where case_number = ?").param(given)
			.query(String.class).single()).isEqualTo("jane.now@example.com");
		assertThat(jdbc.sql("select customer_email from service_case where case_number = ?").param(usual)
			.query((rs, row) -> String.valueOf(rs.getString(1))).single()).isEqualTo("null");
	}

	@Test
	void eachOpenCaseACorrectionChangesSaysWhichOfItsDetailsWereCorrectedAndByWhom() {
		long jane = customer("Jane Roe", CUTOFF.minusSeconds(86400 * 400));
		String closed = openCase(jane, "Jane Roe", CUTOFF.minusSeconds(86400 * 10));
		close(closed, CUTOFF.minusSeconds(86400));
		String open = openCase(jane, "Jane Roe", CUTOFF.minusSeconds(86400 * 5));
		String ownEmail = openCase(jane, "Jane Roe", CUTOFF.minusSeconds(86400 * 5));
		jdbc.sql("update service_case set customer_email = 'jane.work@example.com' where case_number = ?")
			.param(ownEmail)
			.update();
		String untouched = openCase(jane, "Jane Roe", CUTOFF.minusSeconds(86400 * 5));
		jdbc.sql("update service_case set customer_name = 'Jane Roe-Smith', customer_email = 'jane.work@example.com',"
				+ " customer_phone = '07700 900999' where case_number = ?")
			.param(untouched)
			.update();

		personalData.correct(jane, new PersonalDataHolder.Correction(
				new ContactDetails("Jane Roe-Smith", "jane.rs@example.com", "07700 900126"), true, true, true,
				new ContactDetails("Jane Roe", "jane.roe@example.com", "07700 900123"))
			.madeBy("sue", CUTOFF.plusSeconds(60)));

		assertThat(jdbc.sql("""
				select c.case_number, e.actor, e.summary, e.occurred_at from case_event e
				join service_case c on c.id = e.case_id
				where c.customer_id = ? and e.kind = 'CUSTOMER_DETAILS' order by e.id""")
			.param(jane)
			.query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3),
					JdbcRows.instant(rs, "occurred_at")))
			.list())
			.containsExactly(
					tuple(open, "sue", "The customer's name, e-mail address and phone number were corrected on their"
							+ " customer page.", CUTOFF.plusSeconds(60)),
					tuple(ownEmail, "sue", "The customer's name and phone number were corrected on their customer"
							+ " page.", CUTOFF.plusSeconds(60)));
		// The entry names no detail, so an erasure keeps it whole.
		assertThat(new ErasedTimeline(List.of(new CaseTimelineShapes())).erase(TimelineKind.CUSTOMER_DETAILS,
				"The customer's name was corrected on their customer page.",
				List.of("Jane Roe-Smith", "jane.rs@example.com", "07700 900126")))
			.isEqualTo("The customer's name was corrected on their customer page.");
	}

}
