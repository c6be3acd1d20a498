package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;
import uk.aftercare.customers.ContactDetails;

/**
 * The case queries, run against H2 and against a real PostgreSQL by the two subclasses, after Flyway has built
 * the schema and Hibernate has validated it.
 */
@org.springframework.transaction.annotation.Transactional
abstract class CaseRepositoryContract {

	private static final Instant NOW = Instant.parse("2026-11-02T10:15:30Z");

	@Autowired
	ServiceCaseRepository cases;

	@Autowired
	IdempotencyRecordRepository idempotency;

	@Autowired
	TestEntityManager em;

	@Autowired
	javax.sql.DataSource dataSource;

	private long customerId;

	private ServiceCase save(String name, String email, String phone, String orderRef, CaseType type, Instant at) {
		if (customerId == 0) {
			var entityManager = em.getEntityManager();
			entityManager.createNativeQuery("insert into customer (name, email, created_at, version) "
					+ "values ('Jane Smith', 'jane@example.com', current_timestamp, 0)").executeUpdate();
			customerId = ((Number) entityManager.createNativeQuery("select max(id) from customer").getSingleResult())
				.longValue();
		}
		var numbers = new CaseNumbers(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource),
				em.getEntityManager().getEntityManagerFactory());
		var command = new OpenCaseCommand(ContactChannel.EMAIL, "The toaster stopped working",
				new ContactDetails(name, email, phone), customerId, orderRef, "Toaster", type, false);
		var serviceCase = new ServiceCase(numbers.next(LocalDate.of(2026, 11, 2)), command, customerId,
				new Suggestion(CaseType.RETURN, 0.8, List.of("stopped working"), java.util.Set.of(Flag.SAFETY_CONCERN)),
				"sam", at);
		return em.persistFlushFind(serviceCase);
	}

	private List<String> search(CaseQuery query) {
		return cases
			.findAll(CaseSpecifications.matching(query), PageRequest.of(0, 10, Sort.by(Sort.Order.desc("createdAt"))))
			.map(ServiceCase::getCaseNumber)
			.getContent();
	}

	@Test
	void handsOutIncreasingCaseNumbersFromTheSequence() {
		ServiceCase first = save("Jane Smith", "jane@example.com", null, null, CaseType.RETURN, NOW);
		ServiceCase second = save("Jane Smith", "jane@example.com", null, null, CaseType.RETURN, NOW);

		assertThat(first.getCaseNumber()).matches("AC-2026-\\d{6}");
		assertThat(second.getCaseNumber()).isGreaterThan(first.getCaseNumber());
	}

	@Test
	void storesTheTimelineAndFlagsWithTheCase() {
		String number = save("Jane Smith", "jane@example.com", null, null, CaseType.RETURN, NOW).getCaseNumber();
		em.clear();

		CaseView view = cases.findWithTimeline(number).orElseThrow().toView();
		assertThat(view.flags()).containsExactly(Flag.SAFETY_CONCERN);
		assertThat(view.timeline()).extracting(TimelineEntry::kind)
			.containsExactly(TimelineKind.OPENED, TimelineKind.TYPE_CONFIRMED);
		assertThat(view.timeline().get(0).occurredAt()).isEqualTo(NOW);
	}

	@Test
	void findsCasesByEmailPhoneNamePrefixOrderReferenceAndCaseNumber() {
		String jane = save("Jane Smith", "jane@example.com", "07700 900123", "ORD-77", CaseType.RETURN, NOW)
			.getCaseNumber();
		String bob = save("Bob Jones", "bob@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(5))
			.getCaseNumber();

		assertThat(search(new CaseQuery(null, null, null, "JANE@example.com"))).containsExactly(jane);
		assertThat(search(new CaseQuery(null, null, null, "+44 7700 900123"))).containsExactly(jane);
		assertThat(search(new CaseQuery(null, null, null, "jane sm"))).containsExactly(jane);
		assertThat(search(new CaseQuery(null, null, null, "Smith"))).as("by surname").containsExactly(jane);
		assertThat(search(new CaseQuery(null, null, null, "ord-77"))).containsExactly(jane);
		assertThat(search(new CaseQuery(null, null, null, bob.toLowerCase()))).containsExactly(bob);
		assertThat(search(new CaseQuery(CaseType.QUERY, null, null, null))).containsExactly(bob);
		assertThat(search(new CaseQuery(null, CaseStatus.OPEN, "sam", null))).containsExactly(bob, jane);
		assertThat(search(new CaseQuery(null, null, null, "100%_"))).isEmpty();
	}

	/** The page as the case list asks for it, each way the text may match asked on its own (see CaseSearch). */
	private org.springframework.data.domain.Page<ServiceCase> searchEachWay(CaseQuery query, int page, int size) {
		return new CaseSearch(cases, em.getEntityManager())
			.find(query, PageRequest.of(page, size, CaseSearch.LIST_ORDER));
	}

	@Test
	void findsBySurnameFullNamePhoneAndOrderReferenceTheCasesOneConditionFindsInTheSameOrderAndCount() {
		String jane = save("Jane Smith", "jane@example.com", "07700 900123", "ORD-77", CaseType.RETURN, NOW)
			.getCaseNumber();
		String smithJones = save("Smith Jones", "sj@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(5))
			.getCaseNumber();
		// Matches "smith" by its surname and by its order reference: found, and counted, once.
		String smithson = save("John Smithson", "jsn@example.com", null, "smith", CaseType.QUERY, NOW.plusSeconds(10))
			.getCaseNumber();
		// Logged in the same second as the one above: the higher id comes first.
		String ann = save("Ann Smith", "as@example.com", "+44 7700 900123", null, CaseType.RETURN, NOW.plusSeconds(10))
			.getCaseNumber();
		String siobhan = save("Siobhán Ó Briain", "sb@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(15))
			.getCaseNumber();
		save("Bob Jones", "bob@example.com", "020 7946 0000", "W-1", CaseType.QUERY, NOW.plusSeconds(20));

		var smith = new CaseQuery(null, null, null, "smith");
		assertThat(searchEachWay(smith, 0, 3).map(ServiceCase::getCaseNumber))
			.as("by surname, first page").containsExactly(ann, smithson, smithJones);
		assertThat(searchEachWay(smith, 0, 3).getTotalElements()).isEqualTo(4);
		assertThat(searchEachWay(smith, 1, 3).map(ServiceCase::getCaseNumber))
			.as("by surname, second page").containsExactly(jane);
		assertThat(searchEachWay(smith, 1, 3).getTotalElements()).isEqualTo(4);
		assertThat(searchEachWay(new CaseQuery(null, null, null, "Jane Smith"), 0, 10).map(ServiceCase::getCaseNumber))
			.as("by full name").containsExactly(jane);
		assertThat(searchEachWay(new CaseQuery(null, null, null, "07700 900123"), 0, 10).map(ServiceCase::getCaseNumber))
			.as("by phone").containsExactly(ann, jane);
		assertThat(searchEachWay(new CaseQuery(null, null, null, "ord-77"), 0, 10).map(ServiceCase::getCaseNumber))
			.as("by order reference").containsExactly(jane);
		assertThat(searchEachWay(new CaseQuery(null, null, null, "ORD-78"), 0, 10))
			.as("an order reference nobody gave").isEmpty();
		assertThat(searchEachWay(new CaseQuery(null, null, null, "o bri"), 0, 10).map(ServiceCase::getCaseNumber))
			.as("by the start of a surname of two words").containsExactly(siobhan);
		assertThat(searchEachWay(new CaseQuery(CaseType.RETURN, null, null, "smith"), 0, 10)
			.map(ServiceCase::getCaseNumber)).as("with a filter").containsExactly(ann, jane);

		List<CaseQuery> queries = List.of(smith, new CaseQuery(null, null, null, "Jane Smith"),
				new CaseQuery(null, null, null, "07700 900123"), new CaseQuery(null, null, null, "ord-77"),
				new CaseQuery(null, null, null, "o bri"), new CaseQuery(null, null, null, "Nobody"),
				new CaseQuery(CaseType.RETURN, null, null, "smith"), new CaseQuery(null, CaseStatus.OPEN, "sam", "sm"),
				new CaseQuery(null, null, null, "100%_"));
		for (CaseQuery query : queries) {
			for (int page = 0; page <= 2; page++) {
				var asOneCondition = cases.findAll(CaseSpecifications.matching(query),
						PageRequest.of(page, 2, CaseSearch.LIST_ORDER));
				var eachWay = searchEachWay(query, page, 2);
				assertThat(eachWay.map(ServiceCase::getCaseNumber).getContent()).as(query.text() + ", page " + page)
					.isEqualTo(asOneCondition.map(ServiceCase::getCaseNumber).getContent());
				assertThat(eachWay.getTotalElements()).as(query.text() + ", count")
					.isEqualTo(asOneCondition.getTotalElements());
			}
		}
		int beyondMerging = CaseSearch.MERGE_LIMIT;
		assertThat(searchEachWay(smith, beyondMerging, 3)).as("a page too deep to merge").isEmpty();
		assertThat(searchEachWay(smith, beyondMerging, 3).getTotalElements()).isEqualTo(4);
	}

	@Test
	void findsANameWhetherItOrTheSearchWasTypedWithAccentsOrWithout() {
		String zoe = save("Zoe Marshall", "zoe@example.com", null, null, CaseType.QUERY, NOW).getCaseNumber();
		String zoeAccented = save("Zoë Ünïcödé", "zu@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(5))
			.getCaseNumber();
		String jose = save("José Müller", "jm@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(10))
			.getCaseNumber();
		String soren = save("Søren Straße", "ss@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(15))
			.getCaseNumber();

		assertThat(search(new CaseQuery(null, null, null, "Zoe"))).containsExactly(zoeAccented, zoe);
		assertThat(search(new CaseQuery(null, null, null, "Zoë"))).containsExactly(zoeAccented, zoe);
		assertThat(search(new CaseQuery(null, null, null, "unicode"))).as("by surname").containsExactly(zoeAccented);
		assertThat(search(new CaseQuery(null, null, null, "ÜNÏ"))).as("by surname").containsExactly(zoeAccented);
		assertThat(search(new CaseQuery(null, null, null, "Jose Muller"))).containsExactly(jose);
		assertThat(search(new CaseQuery(null, null, null, "Müller"))).as("by surname").containsExactly(jose);
		assertThat(search(new CaseQuery(null, null, null, "soren strasse"))).containsExactly(soren);
		assertThat(em.getEntityManager()
			.createNativeQuery("select customer_name from service_case where case_number = '" + zoeAccented + "'")
			.getSingleResult()).as("kept as typed").isEqualTo("Zoë Ünïcödé");
	}

	@Test
	void migrationV27FoldsTheNameKeysOfCasesSavedBeforeSearchIgnoredAccents() throws java.sql.SQLException {
		assertThat(em.getEntityManager()
			.createNativeQuery("select \"description\" from \"flyway_schema_history\" where \"version\" = '27' and \"success\"")
			.getResultList()).as("Flyway found and ran it").containsExactly("Fold accents in name search keys");
		String zoe = save("Zoë Ünïcödé", "zu@example.com", null, null, CaseType.QUERY, NOW).getCaseNumber();
		String jane = save("Jane Smith", "jane@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(5))
			.getCaseNumber();
		update(zoe, "customer_name_key = 'zoë ünïcödé', customer_surname_key = 'ünïcödé'");
		assertThat(search(new CaseQuery(null, null, null, "Zoe"))).as("as V26 left it").isEmpty();

		int changed = db.migration.V27__Fold_accents_in_name_search_keys
			.recomputeCaseKeys(org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource));

		assertThat(changed).isEqualTo(1);
		assertThat(search(new CaseQuery(null, null, null, "Zoe"))).containsExactly(zoe);
		assertThat(search(new CaseQuery(null, null, null, "Zoë"))).containsExactly(zoe);
		assertThat(search(new CaseQuery(null, null, null, "unicode"))).containsExactly(zoe);
		assertThat(search(new CaseQuery(null, null, null, "jane"))).containsExactly(jane);
	}

	@Test
	void findsANameWhicheverApostropheItOrTheSearchWasTypedWith() {
		String aoife = save("Aoife O’Connor", "ao@example.com", null, null, CaseType.QUERY, NOW).getCaseNumber();
		String mary = save("Mary O'Neill", "mo@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(5))
			.getCaseNumber();

		assertThat(search(new CaseQuery(null, null, null, "O'Connor"))).as("by surname").containsExactly(aoife);
		assertThat(search(new CaseQuery(null, null, null, "aoife o'c"))).containsExactly(aoife);
		assertThat(search(new CaseQuery(null, null, null, "o’neill"))).as("by surname").containsExactly(mary);
		assertThat(search(new CaseQuery(null, null, null, "O`Neill"))).as("by surname").containsExactly(mary);
	}

	@Test
	void findsASurnameOfMoreThanOneWordByItsStart() {
		String siobhan = save("Siobhán Ó Briain", "sb@example.com", null, null, CaseType.QUERY, NOW).getCaseNumber();
		String dylan = save("Dylan Mac Giolla", "dm@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(5))
			.getCaseNumber();
		String maria = save("Maria de la Cruz", "mc@example.com", null, null, CaseType.QUERY, NOW.plusSeconds(10))
			.getCaseNumber();

		assertThat(search(new CaseQuery(null, null, null, "Ó Briain"))).containsExactly(siobhan);
		assertThat(search(new CaseQuery(null, null, null, "O Briain"))).containsExactly(siobhan);
		assertThat(search(new CaseQuery(null, null, null, "o  bri"))).containsExactly(siobhan);
		assertThat(search(new CaseQuery(null, null, null, "Briain"))).containsExactly(siobhan);
		assertThat(search(new CaseQuery(null, null, null, "Mac Giolla"))).containsExactly(dylan);
		assertThat(search(new CaseQuery(null, null, null, "Giolla"))).containsExactly(dylan);
		assertThat(search(new CaseQuery(null, null, null, "de la Cruz"))).containsExactly(maria);
		assertThat(search(new CaseQuery(null, null, null, "la cr"))).containsExactly(maria);
		assertThat(search(new CaseQuery(null, null, null, "Giolla Mac"))).as("words out of order").isEmpty();
		assertThat(search(new CaseQuery(null, null, null, "an Ó Briain"))).as("not the start of a word").isEmpty();
	}

	@Test
	void findsAPhoneNumberHoweverItsUkPrefixIsWritten() {
		String mobile = save("Jane Smith", "js@example.com", "+44 (0)7700 900777", null, CaseType.QUERY, NOW)
			.getCaseNumber();
		String belfast = save("Bob Jones", "bj@example.com", "028 9012 3456", null, CaseType.QUERY, NOW.plusSeconds(5))
			.getCaseNumber();

		assertThat(search(new CaseQuery(null, null, null, "07700 900777"))).containsExactly(mobile);
		assertThat(search(new CaseQuery(null, null, null, "0044 7700 900777"))).containsExactly(mobile);
		assertThat(search(new CaseQuery(null, null, null, "+44 (0)28 9012 3456"))).containsExactly(belfast);
		assertThat(search(new CaseQuery(null, null, null, "0044 28 9012 3456"))).containsExactly(belfast);
	}

	@Test
	void migrationV33RemakesThePhoneAndNameKeysOfCasesSavedBeforeTheyMatchedEveryForm() throws java.sql.SQLException {
		assertThat(em.getEntityManager()
			.createNativeQuery("select \"description\" from \"flyway_schema_history\" where \"version\" = '33' and \"success\"")
			.getResultList()).as("Flyway found and ran it")
			.containsExactly("Match phone prefixes and apostrophes in search keys");
		String aoife = save("Aoife O’Connor", "ao@example.com", "+44 (0)7700 900777", null, CaseType.QUERY, NOW)
			.getCaseNumber();
		String jane = save("Jane Smith", "jane@example.com", "07700 900123", null, CaseType.QUERY, NOW.plusSeconds(5))
			.getCaseNumber();
		// As the keys were made before V33.
		update(aoife, "customer_name_key = 'aoife o’connor', customer_surname_key = 'o’connor', "
				+ "customer_phone_key = '007700900777'");
		assertThat(search(new CaseQuery(null, null, null, "O'Connor"))).as("as V32 left it").isEmpty();
		assertThat(search(new CaseQuery(null, null, null, "07700 900777"))).as("as V32 left it").isEmpty();

		int changed = db.migration.V33__Match_phone_prefixes_and_apostrophes_in_search_keys
			.recomputeCaseKeys(org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource));

		assertThat(changed).isEqualTo(1);
		assertThat(search(new CaseQuery(null, null, null, "O'Connor"))).containsExactly(aoife);
		assertThat(search(new CaseQuery(null, null, null, "aoife o’connor"))).containsExactly(aoife);
		assertThat(search(new CaseQuery(null, null, null, "07700 900777"))).containsExactly(aoife);
		assertThat(search(new CaseQuery(null, null, null, "+44 7700 900123"))).containsExactly(jane);
	}

	@Test
	void migrationV34FilesContactPreferencesRecordedBeforeItUnderTheirOwnKind() throws java.sql.SQLException {
		String number = save("Jane Smith", "jane@example.com", null, null, CaseType.QUERY, NOW).getCaseNumber();
		for (String summary : List.of(
				"Contact preferences recorded: e-mails allowed no, survey by e-mail no, prefers Post.",
				"Decision e-mailed to jane@example.com: \"Your case\"")) {
			em.getEntityManager()
				.createNativeQuery("insert into case_event (case_id, occurred_at, actor, kind, summary) select id, "
						+ "current_timestamp, 'sam', 'CUSTOMER_UPDATE', ?1 from service_case where case_number = ?2")
				.setParameter(1, summary)
				.setParameter(2, number)
				.executeUpdate();
		}

		org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(
				org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource),
				new org.springframework.core.io.ClassPathResource(
						"db/migration/V34__contact_preferences_timeline_kind.sql"));

		assertThat(em.getEntityManager()
			.createNativeQuery("select e.kind from case_event e join service_case c on c.id = e.case_id "
					+ "where c.case_number = ?1 and e.kind in ('CUSTOMER_UPDATE', 'CONTACT_PREFERENCES') "
					+ "order by e.summary")
			.setParameter(1, number)
			.getResultList()).containsExactly("CONTACT_PREFERENCES", "CUSTOMER_UPDATE");
	}

	@Test
	void savesAndFindsACaseWhoseNameEmailAndOrderReferenceChangeLengthWhenTheirCaseChanges() {
		// 120 is the widest name the forms and the API accept; "İ" lower-cases to two characters, "ß" upper-cases to
		// "SS" with String's methods.
		String name = "İ".repeat(60) + " " + "İ".repeat(59);
		String email = "İ".repeat(64) + "@" + "İ".repeat(60) + "." + "İ".repeat(60) + ".com";
		String number = save(name, email, "+44 (0) 7700 900 123 4567", "ß".repeat(60), CaseType.QUERY, NOW)
			.getCaseNumber();

		assertThat(search(new CaseQuery(null, null, null, "İİİ"))).as("by name").containsExactly(number);
		assertThat(search(new CaseQuery(null, null, null, "İ".repeat(59)))).as("by surname").containsExactly(number);
		assertThat(search(new CaseQuery(null, null, null, email))).as("by email").containsExactly(number);
		assertThat(search(new CaseQuery(null, null, null, "ß".repeat(60)))).as("by order").containsExactly(number);
	}

	@Test
	void countsACustomersRecentComplaints() {
		String first = save("Jane Smith", "jane@example.com", null, null, CaseType.COMPLAINT, NOW.minusSeconds(86400 * 40))
			.getCaseNumber();
		String second = save("Jane Smith", "jane@example.com", null, null, CaseType.COMPLAINT, NOW.minusSeconds(86400))
			.getCaseNumber();

		assertThat(cases.countOtherCasesSince(customerId, CaseType.COMPLAINT, NOW.minusSeconds(86400 * 30), "none"))
			.isEqualTo(1);
		assertThat(cases.findOtherCases(customerId, second, Limit.of(5))).extracting(CaseListItem::caseNumber)
			.containsExactly(first);
	}

	@Test
	void refusesASecondUseOfTheSameIdempotencyKey() {
		idempotency.saveAndFlush(new IdempotencyRecord("sam", "key-1", "AC-2026-000001", null, NOW));

		assertThat(idempotency.findByOwnerAndKey("sam", "key-1")).isPresent();
		assertThat(idempotency.findByOwnerAndKey("sue", "key-1")).isEmpty();
		assertThatThrownBy(() -> idempotency.saveAndFlush(new IdempotencyRecord("sam", "key-1", "AC-2026-000002", null, NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void keepsTheLongestApiIdempotencyKeyWithItsPrefix() {
		String key = "api:" + "k".repeat(100);
		idempotency.saveAndFlush(new IdempotencyRecord("sam", key, "AC-2026-000001", null, NOW));

		assertThat(idempotency.findByOwnerAndKey("sam", key)).isPresent();
	}

	@Test
	void keepsTheHashOfTheRequestAKeyWasFirstSentWith() {
		String hash = "a".repeat(64);
		idempotency.saveAndFlush(new IdempotencyRecord("sam", "api:key-2", "AC-2026-000001", hash, NOW));
		em.clear();

		IdempotencyRecord kept = idempotency.findByOwnerAndKey("sam", "api:key-2").orElseThrow();
		assertThat(kept.madeFor(hash)).isTrue();
		assertThat(kept.madeFor("b".repeat(64))).isFalse();
	}

	private void update(String caseNumber, String assignments) {
		em.getEntityManager()
			.createNativeQuery("update service_case set " + assignments + " where case_number = '" + caseNumber + "'")
			.executeUpdate();
		em.clear();
	}

	@Test
	void filtersByChannelWhenLoggedAgeSlaAndApprovalState() {
		String today = save("Ann Lee", "ann@example.com", null, null, CaseType.RETURN, NOW.minusSeconds(3600))
			.getCaseNumber();
		String twoDays = save("Ben Ray", "ben@example.com", null, null, CaseType.RETURN, NOW.minusSeconds(2 * 86400))
			.getCaseNumber();
		String tenDays = save("Cat Orr", "cat@example.com", null, null, CaseType.QUERY, NOW.minusSeconds(10 * 86400))
			.getCaseNumber();
		String closed = save("Dan Fox", "dan@example.com", null, null, CaseType.QUERY, NOW.minusSeconds(9 * 86400))
			.getCaseNumber();
		update(twoDays, "channel = 'PHONE', sla_breached = true, approval_state = 'PENDING'");
		update(closed, "status = 'CLOSED'");
		update(today, "resolution_due_at = timestamp with time zone '2026-11-03 09:00:00+00'");
		update(tenDays, "status = 'AWAITING_CUSTOMER', resolution_due_at = timestamp with time zone '2026-11-02 12:00:00+00'");

		assertThat(search(CaseQuery.all().withChannel(ContactChannel.PHONE))).containsExactly(twoDays);
		assertThat(search(CaseQuery.all().activeOnly())).containsExactly(today, twoDays, tenDays);
		assertThat(search(CaseQuery.all().aged(CaseAge.UNDER_1_DAY, NOW))).containsExactly(today);
		assertThat(search(CaseQuery.all().aged(CaseAge.DAYS_1_TO_3, NOW))).containsExactly(twoDays);
		assertThat(search(CaseQuery.all().aged(CaseAge.DAYS_3_TO_7, NOW))).isEmpty();
		assertThat(search(CaseQuery.all().activeOnly().aged(CaseAge.OVER_7_DAYS, NOW))).containsExactly(tenDays);
		assertThat(search(CaseQuery.all().createdBetween(NOW.minusSeconds(3 * 86400), NOW.minusSeconds(86400))))
			.containsExactly(twoDays);
		assertThat(search(CaseQuery.all().withSla(SlaFilter.BREACHED, NOW))).containsExactly(twoDays);
		// Due tomorrow morning; the other case's clock is paused while it waits for the customer.
		assertThat(search(CaseQuery.all().withSla(SlaFilter.DUE_SOON, NOW))).containsExactly(today);
		assertThat(search(CaseQuery.all().withApprovalState(ApprovalState.PENDING))).containsExactly(twoDays);
		update(tenDays, "assignee = null");
		assertThat(search(CaseQuery.all().unassignedOnly())).containsExactly(tenDays);
		assertThat(search(CaseQuery.all().activeOnly().unassignedOnly().withSla(SlaFilter.BREACHED, NOW))).isEmpty();
	}

	@Test
	void readsDatesBeyondAnyCaseAsTheEarliestAndLatestDays() {
		String logged = save("Ann Lee", "ann@example.com", null, null, CaseType.RETURN, NOW).getCaseNumber();
		java.time.ZoneId zone = java.time.ZoneId.of("Europe/London");

		assertThat(search(CaseListFilter.none().between(LocalDate.MIN, LocalDate.MAX).toQuery("sam", NOW, zone)))
			.containsExactly(logged);
		assertThat(search(CaseListFilter.none().between(LocalDate.MIN, LocalDate.of(1899, 12, 31))
			.toQuery("sam", NOW, zone))).isEmpty();
		assertThat(search(CaseListFilter.none().between(LocalDate.of(10000, 1, 1), LocalDate.MAX)
			.toQuery("sam", NOW, zone))).isEmpty();
	}

	@Test
	void matchesAnEmailAddressAgainstEmailsOnly() {
		String jane = save("Jane Smith", "jane@example.com", null, null, CaseType.RETURN, NOW).getCaseNumber();
		save("jane@example.com", null, "07700 900123", null, CaseType.RETURN, NOW);

		assertThat(search(new CaseQuery(null, null, null, "Jane@Example.com"))).containsExactly(jane);
	}


	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	/** Runs in a transaction of its own, committed (or rolled back) before it returns, as logging a case is. */
	private <T> T committed(org.springframework.transaction.support.TransactionCallback<T> work) {
		var transaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		transaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return transaction.execute(work);
	}

	@Test
	void recordsWhoMadeTheChangeThatMovedTheVersionButNotWhoOnlyWroteOnTheTimeline() {
		ServiceCase serviceCase = save("Jane Smith", "jane@example.com", null, null, CaseType.RETURN, NOW);
		assertThat(versionAndUpdatedBy(serviceCase)).containsExactly(0L, "sam");

		serviceCase.changePriority(Priority.LOW, "harriet", NOW.plusSeconds(60));
		em.flush();
		assertThat(versionAndUpdatedBy(serviceCase)).containsExactly(1L, "harriet");

		// A note moves neither the version nor who changed the case last: a clash with it is never blamed on them.
		serviceCase.addNote("Rang back, no answer", "bob", NOW.plusSeconds(120));
		em.flush();
		assertThat(versionAndUpdatedBy(serviceCase)).containsExactly(1L, "harriet");

		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Rang again", "bob",
				NOW.plusSeconds(180));
		em.flush();
		assertThat(versionAndUpdatedBy(serviceCase)).containsExactly(2L, "bob");
	}

	private List<Object> versionAndUpdatedBy(ServiceCase serviceCase) {
		Object[] row = (Object[]) em.getEntityManager()
			.createNativeQuery("select version, updated_by from service_case where id = ?1")
			.setParameter(1, serviceCase.getId())
			.getSingleResult();
		return List.of(((Number) row[0]).longValue(), row[1]);
	}

	@Test
	void newCasesWritesEveryColumnOfACaseAndItsTimeline() {

		var rows = new uk.aftercare.shared.JdbcRows(new org.springframework.jdbc.core.JdbcTemplate(dataSource));
		assertThat(rows.columnTypes("service_case").keySet())
			.containsExactlyInAnyOrderElementsOf(plus(ServiceCase.COLUMNS, "id"));
		assertThat(rows.columnTypes("case_event").keySet())
			.containsExactlyInAnyOrderElementsOf(plus(CaseEvent.COLUMNS, "id", "case_id"));
	}

	private static List<String> plus(List<String> columns, String... more) {
		var all = new java.util.ArrayList<>(columns);
		all.addAll(List.of(more));
		return all;
	}

	@Test
	void newCasesWritesACaseWithWhatWasDoneToItInItsTransaction() {
		var newCases = new NewCases(new uk.aftercare.shared.JdbcRows(new org.springframework.jdbc.core.JdbcTemplate(dataSource)));
		var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
		var numbers = new CaseNumbers(jdbc, em.getEntityManager().getEntityManagerFactory());

		CaseView logged = committed(status -> {
			jdbc.sql("insert into customer (name, email, phone, created_at, version) values "
					+ "('Nadia Okafor', 'nadia.okafor@example.com', '07700 900456', current_timestamp, 0)").update();
			long customer = jdbc.sql("select max(id) from customer").query(Long.class).single();
			var command = new OpenCaseCommand(ContactChannel.PHONE, "The heater sparked and I want my money back",
					new ContactDetails("Nadia Okafor", "nadia.okafor@example.com", "07700 900456"), customer,
					"w-98765", "Fan heater", CaseType.RETURN, true);
			var serviceCase = new ServiceCase(numbers.next(LocalDate.of(2026, 11, 2)), command, customer,
					new Suggestion(CaseType.COMPLAINT, 0.7, List.of("sparked", "money back"),
							java.util.Set.of(Flag.SAFETY_CONCERN, Flag.VULNERABLE_CUSTOMER)),
					"sam", NOW);
			serviceCase.setSlaTargets(java.time.Duration.ofHours(4), java.time.Duration.ofDays(2));
			newCases.insert(serviceCase);
			// What the escalation rules and the acknowledgement do in the same transaction, to the same object.
			ServiceCase found = newCases.find(serviceCase.getCaseNumber()).orElseThrow();
			assertThat(found).isSameAs(serviceCase);
			found.escalate(java.util.Set.of("SAFETY"), "Escalated to supervisor: a safety concern.", Priority.URGENT,
					"system", NOW);
			found.recordEntry(TimelineKind.CUSTOMER_UPDATE, "Acknowledgement e-mailed.", "sam", NOW);
			return serviceCase.toView();
		});

		assertThat(newCases.find(logged.caseNumber())).isEmpty();
		CaseView read;
		try {
			read = committed(status -> cases.findWithTimeline(logged.caseNumber()).orElseThrow().toView());
			// The search keys, which the view does not show.
			assertThat(search(new CaseQuery(null, null, null, "okafor"))).containsExactly(logged.caseNumber());
			assertThat(search(new CaseQuery(null, null, null, "07700900456"))).containsExactly(logged.caseNumber());
		}
		finally {
			// Committed, so the other tests here would see it: removed once read.
			committed(status -> {
				jdbc.sql("delete from case_event where case_id = (select id from service_case where case_number = ?)")
					.param(logged.caseNumber()).update();
				jdbc.sql("delete from service_case where case_number = ?").param(logged.caseNumber()).update();
				return jdbc.sql("delete from customer where id = ?").param(logged.customerId()).update();
			});
		}
		assertThat(read).isEqualTo(logged);
		assertThat(read.priority()).isEqualTo(Priority.URGENT);
		assertThat(read.escalationReasons()).containsExactly("SAFETY");
		assertThat(read.updatedBy()).isEqualTo("system");
		assertThat(read.responseDueAt()).isEqualTo(NOW.plus(java.time.Duration.ofHours(4)));
		assertThat(read.timeline()).extracting(TimelineEntry::kind)
			.containsExactly(TimelineKind.OPENED, TimelineKind.TYPE_OVERRIDDEN, TimelineKind.ESCALATED,
					TimelineKind.CUSTOMER_UPDATE);
		assertThat(read.version()).isZero();
	}

	@Test
	void newCasesLeavesNothingBehindWhenTheTransactionRollsBack() {
		var newCases = new NewCases(new uk.aftercare.shared.JdbcRows(new org.springframework.jdbc.core.JdbcTemplate(dataSource)));
		var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
		var numbers = new CaseNumbers(jdbc, em.getEntityManager().getEntityManagerFactory());
		org.springframework.transaction.support.TransactionCallback<String> logOne = status -> {
			jdbc.sql("insert into customer (name, email, created_at, version) values "
					+ "('Rollo Back', 'rollo.back@example.com', current_timestamp, 0)").update();
			long customer = jdbc.sql("select max(id) from customer").query(Long.class).single();
			var serviceCase = new ServiceCase(numbers.next(LocalDate.of(2026, 11, 2)),
					new OpenCaseCommand(ContactChannel.EMAIL, "Where is my parcel?",
							new ContactDetails("Rollo Back", "rollo.back@example.com", null), customer, null, null,
							null, false),
					customer, new Suggestion(CaseType.QUERY, 0.6, List.of("where is"), java.util.Set.of()), "sam", NOW);
			newCases.insert(serviceCase);
			status.setRollbackOnly();
			return serviceCase.getCaseNumber();
		};

		String first = committed(logOne);
		String second = committed(logOne);

		assertThat(newCases.find(second)).isEmpty();
		assertThat(jdbc.sql("select count(*) from service_case where case_number in (:numbers)")
			.param("numbers", List.of(first, second))
			.query(Long.class)
			.single()).isZero();
	}

}
