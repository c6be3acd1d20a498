package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseMovedToCustomer;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.customers.PersonalDataHolder.KeepReason;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.shared.ShopClock;

/**
 * What the follow-up loop holds about a customer, as {@link FollowUpsPersonalData} exports and erases it, on H2 and
 * on a real PostgreSQL by the two subclasses. Jane has a complaint with everything on it; Bob's case must never move.
 */
@Transactional
@Import({ FollowUpsPersonalData.class, FollowUpsPersonalDataContract.Support.class })
abstract class FollowUpsPersonalDataContract {

	private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

	/** When the holder's clock says an erasure happens: six years and a day after the call back was due. */
	private static final Instant ERASED_AT = Instant.parse("2032-11-10T02:30:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Support {

		@Bean
		JdbcClient jdbcClient(javax.sql.DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

		@Bean
		ShopClock shopClock() {
			return new ShopClock(Clock.fixed(ERASED_AT, ZoneId.of("Europe/London")));
		}

	}

	@Autowired
	FollowUpsPersonalData holder;

	@Autowired
	FollowUpRepository followUps;

	@Autowired
	CaseClosureRepository closures;

	@Autowired
	ComplaintStepRecordRepository steps;

	@Autowired
	ContactPreferenceRepository preferences;

	@Autowired
	CustomerMessageRepository messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEntityManager em;

	private long jane;

	private long bob;

	private FollowUp janesCallBack;

	@BeforeEach
	void janeAndBob() {
		jane = customer("Jane Smith");
		bob = customer("Bob Jones");
		serviceCase(jane, "AC-2026-700001");
		serviceCase(bob, "AC-2026-700002");
		for (String number : List.of("AC-2026-700001", "AC-2026-700002")) {
			followUps.save(new FollowUp(number, FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL,
					LocalDate.of(2026, 11, 9), "sam", "Call " + number + " after 5pm", "sam", NOW));
			closures.save(new CaseClosure(number, CaseType.COMPLAINT, new ClosingRequest("Refunded " + number, true,
					true, false, RootCause.STAFF_CONDUCT, "Coaching", "Awaiting the refund", false), 1, "sue", NOW));
			steps.save(new ComplaintStepRecord(number, ComplaintStep.LISTEN, "Upset about " + number, "sam", NOW));
			messages.save(new CustomerMessage(number, MailTemplateKey.CLOSURE, "someone@example.com",
					"Closed " + number, "Dear someone, " + number, Delivery.SENT, "sam", NOW));
		}
		janesCallBack = followUps.findByCaseNumber("AC-2026-700001").get(0);
		for (long customer : List.of(jane, bob)) {
			ContactPreference preference = new ContactPreference(customer, ContactPreferenceView.defaults(customer));
			preference.change(true, true, PreferredChannel.EMAIL, "sam", NOW);
			preferences.save(preference);
		}
		em.flush();
	}

	@Test
	void exportsOnlyTheCustomersOwnFollowUpsClosingsStepsPreferencesAndMessages() {
		@SuppressWarnings("unchecked")
		Map<String, List<Map<String, Object>>> held = (Map<String, List<Map<String, Object>>>) holder.export(jane);

		assertThat(held).containsOnlyKeys("followUps", "closings", "complaintSteps", "contactPreferences", "messages");
		assertThat(held.get("followUps")).singleElement()
			.satisfies(f -> assertThat(f).containsEntry("caseNumber", "AC-2026-700001")
				.containsEntry("purpose", "CALL_BACK")
				.containsEntry("status", "OPEN")
				.containsEntry("dueDate", LocalDate.of(2026, 11, 9))
				.containsEntry("note", "Call AC-2026-700001 after 5pm")
				.containsEntry("createdAt", NOW));
		assertThat(held.get("closings")).singleElement()
			.satisfies(c -> assertThat(c).containsEntry("outcome", "Refunded AC-2026-700001")
				.containsEntry("rootCause", "STAFF_CONDUCT")
				.containsEntry("outcomeConfirmed", true));
		assertThat(held.get("complaintSteps")).singleElement()
			.satisfies(s -> assertThat(s).containsEntry("note", "Upset about AC-2026-700001"));
		assertThat(held.get("contactPreferences")).singleElement()
			.satisfies(p -> assertThat(p).containsEntry("surveyConsent", true).containsEntry("updatedAt", NOW));
		assertThat(held.get("messages")).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("channel", "EMAIL")
				.containsEntry("recipient", "someone@example.com")
				.containsEntry("subject", "Closed AC-2026-700001")
				.containsEntry("delivery", "SENT"));
		// A customer with nothing here gets the same section, each list empty: its shape never depends on the data.
		assertThat(holder.export(customer("Nobody"))).isEqualTo(Map.of("followUps", List.of(), "closings", List.of(),
				"complaintSteps", List.of(), "contactPreferences", List.of(), "messages", List.of()));
	}

	@Test
	void anOpenFollowUpKeepsTheDataUntilItIsDone() {
		assertThat(holder.reasonsToKeep(jane)).containsExactly(KeepReason.of(FollowUpsPersonalData.OPEN_FOLLOW_UP,
				String.valueOf(janesCallBack.getId()), "AC-2026-700001", "Mon 9 Nov 2026"));
		assertThat(ResourceBundle.getBundle("messages", Locale.UK).containsKey(FollowUpsPersonalData.OPEN_FOLLOW_UP))
			.isTrue();

		janesCallBack.complete("Refund arrived", "sam", NOW);
		em.flush();

		assertThat(holder.reasonsToKeep(jane)).isEmpty();
		assertThat(holder.reasonsToKeep(bob)).hasSize(1);
	}

	@Test
	void aFollowUpLeftUndoneForTheWholeRetentionPeriodNoLongerKeepsTheDataAndTheErasureCancelsIt() {
		// Made on 4 November 2026, due on the 9th: a cutoff before either day leaves it holding the data.
		assertThat(holder.reasonsToKeepPastRetention(jane, Instant.parse("2026-11-04T00:00:00Z"))).hasSize(1);
		assertThat(holder.reasonsToKeepPastRetention(jane, Instant.parse("2026-11-09T00:00:00Z"))).hasSize(1);
		assertThat(holder.reasonsToKeepPastRetention(jane, Instant.parse("2026-11-10T00:00:00Z"))).isEmpty();
		assertThat(holder.reasonsToKeep(jane)).hasSize(1);

		holder.erase(jane);

		assertThat(row("select status, outcome, finished_by, note from follow_up", "AC-2026-700001"))
			.containsExactly("CANCELLED", PersonalDataHolder.ERASED, "system", PersonalDataHolder.ERASED);
		assertThat(jdbc.sql("select finished_at from follow_up where case_number = 'AC-2026-700001'")
			.query((rs, row) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.single()).isEqualTo(ERASED_AT);
		assertThat(holder.reasonsToKeep(jane)).isEmpty();
		assertThat(holder.reasonsToKeep(bob)).hasSize(1);
	}

	@Test
	void erasesTheTextsAboutTheCustomerAndKeepsWhatTheReportsCount() {
		janesCallBack.complete("Refund arrived, she was pleased", "sam", NOW);
		em.flush();
		List<Map<String, Object>> bobsBefore = bobsRows();

		holder.erase(jane);

		String erased = PersonalDataHolder.ERASED;
		assertThat(row("select note, outcome, purpose, status, owner, due_date from follow_up", "AC-2026-700001"))
			.containsExactly(erased, erased, "CALL_BACK", "DONE", "sam", java.sql.Date.valueOf("2026-11-09"));
		assertThat(row("""
				select outcome, open_follow_ups_reason, root_cause, preventive_measure, outcome_confirmed
				from case_closure""", "AC-2026-700001"))
			.containsExactly(erased, erased, "STAFF_CONDUCT", "Coaching", true);
		assertThat(row("select note, step, done_by from complaint_step", "AC-2026-700001"))
			.containsExactly(erased, "LISTEN", "sam");
		assertThat(row("select recipient, subject, body, template_key, delivery from customer_message",
				"AC-2026-700001"))
			.containsExactly(null, erased, erased, "CLOSURE", "SENT");
		assertThat(preferences.findByCustomerId(jane)).isEmpty();
		assertThat(holder.reasonsToKeep(jane)).isEmpty();
		assertThat(bobsRows()).isEqualTo(bobsBefore);
		assertThat(preferences.findByCustomerId(bob)).isPresent();

		List<Map<String, Object>> janesOnce = rowsOf("AC-2026-700001");
		holder.erase(jane);
		assertThat(rowsOf("AC-2026-700001")).isEqualTo(janesOnce);
	}

	@Test
	void exportsAndErasesTheNameAndPostalAddressALetterWasIssuedToKeepingWhoPostedItAndWhen() {
		for (String number : List.of("AC-2026-700001", "AC-2026-700002")) {
			CustomerMessage letter = new CustomerMessage(number, MailTemplateKey.FINAL_RESPONSE, null,
					"Final response " + number, "Dear Jane Smith, " + number, Delivery.PRINT, "sam", NOW)
				.addressedTo("Jane Smith", new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
			letter.markPosted("harriet", NOW.plusSeconds(3600));
			messages.save(letter);
		}
		em.flush();

		@SuppressWarnings("unchecked")
		Map<String, List<Map<String, Object>>> held = (Map<String, List<Map<String, Object>>>) holder.export(jane);
		assertThat(held.get("messages")).filteredOn(m -> "LETTER".equals(m.get("channel")))
			.singleElement()
			.satisfies(m -> assertThat(m).containsEntry("addressedTo", "Jane Smith")
				.containsEntry("addressLines", List.of("14 Mill Lane", "Harrogate"))
				.containsEntry("postcode", "HG1 2XX")
				.containsEntry("postedBy", "harriet")
				.containsEntry("postedAt", NOW.plusSeconds(3600)));
		assertThat(held.get("messages")).filteredOn(m -> "EMAIL".equals(m.get("channel")))
			.singleElement()
			.satisfies(m -> assertThat(m).containsEntry("addressedTo", null).containsEntry("addressLines", null)
				.containsEntry("postedBy", null));
		List<Map<String, Object>> bobsBefore = bobsRows();

		holder.erase(jane);

		assertThat(jdbc.sql("""
				select letter_name, letter_address_lines, letter_postcode, template_key from customer_message
				where case_number = ? order by id""").param("AC-2026-700001").query().listOfRows())
			.extracting(row -> row.values().stream().toList())
			.containsExactly(java.util.Arrays.asList(null, null, null, "CLOSURE"),
					java.util.Arrays.asList(PersonalDataHolder.ERASED_NAME, null, null, "FINAL_RESPONSE"));
		assertThat(jdbc.sql("select posted_by from customer_message where case_number = ? and posted_by is not null")
			.param("AC-2026-700001").query(String.class).list()).as("who posted it, as who issued it, is kept")
			.containsExactly("harriet");
		assertThat(bobsRows()).isEqualTo(bobsBefore);
		List<Map<String, Object>> janesOnce = rowsOf("AC-2026-700001");
		holder.erase(jane);
		assertThat(rowsOf("AC-2026-700001")).isEqualTo(janesOnce);
	}

	private List<Map<String, Object>> bobsRows() {
		return rowsOf("AC-2026-700002");
	}

	@Test
	void aContactPreferenceFollowsACaseMovedToARecordOfItsOwn() {
		long fresh = customer("Jane Smith again");

		holder.caseMoved(new CaseMovedToCustomer("AC-2026-700001", jane, fresh));

		assertThat(preferences.findByCustomerId(fresh)).isPresent();
		assertThat(preferences.findByCustomerId(jane)).isEmpty();

		// A record with a preference of its own keeps it; the moved one goes.
		holder.caseMoved(new CaseMovedToCustomer("AC-2026-700002", bob, fresh));

		assertThat(preferences.findByCustomerId(bob)).isEmpty();
		assertThat(preferences.findByCustomerId(fresh)).isPresent();
	}

	/** Every row of the module's tables about one case, to compare before and after. */
	private List<Map<String, Object>> rowsOf(String caseNumber) {
		return List.of("follow_up", "case_closure", "complaint_step", "customer_message")
			.stream()
			.flatMap(table -> jdbc.sql("select * from " + table + " where case_number = ? order by id")
				.param(caseNumber)
				.query()
				.listOfRows()
				.stream())
			.toList();
	}

	private List<Object> row(String select, String caseNumber) {
		return jdbc.sql(select + " where case_number = ?")
			.param(caseNumber)
			.query()
			.singleRow()
			.values()
			.stream()
			.toList();
	}

	private long customer(String name) {
		jdbc.sql("insert into customer (name, created_at, version) values (?, ?, 0)")
			.params(name, NOW.atOffset(ZoneOffset.UTC))
			.update();
		return jdbc.sql("select max(id) from customer").query(Long.class).single();
	}

	private void serviceCase(long customerId, String caseNumber) {
		jdbc.sql("""
				insert into service_case (case_number, customer_id, customer_name, customer_name_key, channel,
				  description, vulnerable_customer, suggested_type, suggestion_confidence, type, type_overridden,
				  type_confirmed_by, status, priority, created_by, created_at, updated_at, customer_contacts, escalated,
				  sla_breached, version)
				values (?, ?, 'A customer', 'a customer', 'EMAIL', 'It broke', false, 'COMPLAINT', 0.9, 'COMPLAINT',
				  false, 'sam', 'CLOSED', 'NORMAL', 'sam', ?, ?, 1, false, false, 0)""")
			.params(caseNumber, customerId, NOW.atOffset(ZoneOffset.UTC), NOW.atOffset(ZoneOffset.UTC))
			.update();
	}

}
