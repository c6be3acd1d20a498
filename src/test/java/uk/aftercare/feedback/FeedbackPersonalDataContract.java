package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.shared.ShopClock;

/**
 * What the feedback module holds about a customer, as {@link FeedbackPersonalData} exports and erases it, on H2 and
 * on a real PostgreSQL by the two subclasses. Jane answered one survey, has one open and one expired; Bob must never
 * move (but for his own test).
 */
@Transactional
@Import({ FeedbackPersonalData.class, FeedbackPersonalDataContract.Support.class })
abstract class FeedbackPersonalDataContract {

	private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Support {

		@Bean
		ShopClock shopClock() {
			return new ShopClock(Clock.fixed(NOW, ZoneId.of("Europe/London")));
		}

		@Bean
		JdbcClient jdbcClient(javax.sql.DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

	}

	@Autowired
	FeedbackPersonalData holder;

	@Autowired
	SurveyInvitationRepository invitations;

	@Autowired
	CustomerFeedbackRepository feedback;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEntityManager em;

	private long jane;

	private long bob;

	private SurveyInvitation janesOpenLink;

	private SurveyInvitation bobsOpenLink;

	@BeforeEach
	void janeAndBob() {
		jane = customer("Jane Smith");
		bob = customer("Bob Jones");
		serviceCase(jane, "AC-2026-800001");
		serviceCase(bob, "AC-2026-800002");
		SurveyInvitation answered = invite("AC-2026-800001", NOW.minus(Duration.ofDays(2)));
		answered.use(NOW.minus(Duration.ofDays(1)));
		feedback.save(new CustomerFeedback("AC-2026-800001", new FeedbackAnswer(2, false, "Jane: still broken"),
				FeedbackSource.SURVEY, answered.getId(), "customer", NOW.minus(Duration.ofDays(1))));
		feedback.save(new CustomerFeedback("AC-2026-800001", new FeedbackAnswer(4, true, null), FeedbackSource.PHONE,
				null, "sam", NOW));
		invite("AC-2026-800001", NOW.minus(Duration.ofDays(40)));
		janesOpenLink = invite("AC-2026-800001", NOW);
		bobsOpenLink = invite("AC-2026-800002", NOW);
		feedback.save(new CustomerFeedback("AC-2026-800002", new FeedbackAnswer(5, true, "Bob: great"),
				FeedbackSource.IN_STORE, null, "sam", NOW));
		em.flush();
	}

	@Test
	void exportsOnlyTheCustomersSurveyLinksWithoutTheirTokensAndFeedback() {
		@SuppressWarnings("unchecked")
		Map<String, List<Map<String, Object>>> held = (Map<String, List<Map<String, Object>>>) holder.export(jane);

		assertThat(held.get("surveyInvitations")).extracting(i -> i.get("state"))
			.containsExactly("EXPIRED", "USED", "OPEN");
		assertThat(held.get("surveyInvitations")).allSatisfy(i -> assertThat(i)
			.containsOnlyKeys("caseNumber", "sentAt", "expiresAt", "state", "answeredAt", "withdrawnAt")
			.containsEntry("caseNumber", "AC-2026-800001")
			.containsEntry("withdrawnAt", null));
		assertThat(held.get("feedback")).extracting(f -> f.get("comment"))
			.containsExactly("Jane: still broken", null);
		assertThat(held.get("feedback").get(0)).containsEntry("source", "SURVEY")
			.containsEntry("score", 2)
			.containsEntry("resolved", false)
			.containsEntry("recordedBy", "customer");
		// A customer with nothing here gets the same section, each list empty: its shape never depends on the data.
		assertThat(holder.export(customer("Nobody")))
			.isEqualTo(Map.of("surveyInvitations", List.of(), "feedback", List.of()));
	}

	@Test
	void removesCommentsAndClosesOpenSurveyLinksButKeepsWhatTheSatisfactionReportCounts() {
		List<Map<String, Object>> bobsBefore = rowsOf("AC-2026-800002");
		assertThat(column("comment").get(0)).isNotNull();

		holder.erase(jane);

		assertThat(column("comment")).containsOnlyNulls();
		assertThat(column("score")).containsExactly(2, 4);
		assertThat(column("resolved")).containsExactly(false, true);
		assertThat(column("source")).containsExactly("SURVEY", "PHONE");
		em.clear();
		// Withdrawn, keeping the expiry Jane was told: her copy says so (below) and the survey page refuses it.
		assertThat(invitations.findById(janesOpenLink.getId()).orElseThrow()).satisfies(link -> {
			assertThat(link.getExpiresAt()).isEqualTo(janesOpenLink.getExpiresAt());
			assertThat(link.getVersion()).isEqualTo(janesOpenLink.getVersion() + 1);
		});
		assertThat(invitations.findById(bobsOpenLink.getId()).orElseThrow().stateAt(NOW)).isEqualTo(SurveyState.OPEN);
		assertThat(rowsOf("AC-2026-800002")).isEqualTo(bobsBefore);
		jdbc.sql("update customer set erased_at = ? where id = ?").params(NOW.atOffset(ZoneOffset.UTC), jane).update();
		assertThat(invitationsOf(jane)).extracting(i -> i.get("state")).containsExactly("EXPIRED", "USED", "WITHDRAWN");
		assertThat(invitationsOf(jane).get(2)).containsEntry("expiresAt", janesOpenLink.getExpiresAt())
			.containsEntry("withdrawnAt", NOW);
		assertThat(holder.reasonsToKeep(jane)).isEmpty();

		List<Map<String, Object>> janesOnce = rowsOf("AC-2026-800001");
		holder.erase(jane);
		assertThat(rowsOf("AC-2026-800001")).isEqualTo(janesOnce);
	}

	@Test
	void exportsALinkWithdrawnByFeedbackStaffTookAsWithdrawnThenWithTheExpiryTheCustomerWasTold() {
		// Sent three hours before Sam took Jane's feedback by phone, which withdrew it.
		SurveyInvitation link = invite("AC-2026-800001", NOW.minus(Duration.ofHours(3)));
		em.flush();
		assertThat(invitations.withdraw(link.getId(), link.getVersion())).isOne();
		assertThat(invitations.withdraw(link.getId(), link.getVersion())).as("changed since it was read").isZero();

		assertThat(invitationsOf(jane)).filteredOn(i -> i.get("sentAt").equals(NOW.minus(Duration.ofHours(3))))
			.singleElement()
			.satisfies(i -> assertThat(i).containsEntry("state", "WITHDRAWN")
				.containsEntry("expiresAt", NOW.minus(Duration.ofHours(3)).plus(Duration.ofDays(30)))
				.containsEntry("withdrawnAt", NOW)
				.containsEntry("answeredAt", null));
	}

	@Test
	void exportsALinkWithdrawnBeforeLinksKeptTheirExpiryAsWithdrawnThenWithNoExpiry() {
		// As withdrawal left a link before: its expiry moved to the moment Sam took Bob's feedback in store.
		jdbc.sql("""
				insert into survey_invitation (case_number, token_hash, created_at, expires_at, version)
				values ('AC-2026-800002', ?, ?, ?, 1)""")
			.params(SurveyTokens.hash(SurveyTokens.newToken()), NOW.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC),
					NOW.atOffset(ZoneOffset.UTC))
			.update();

		assertThat(invitationsOf(bob)).extracting(i -> i.get("state"), i -> i.get("expiresAt"),
				i -> i.get("withdrawnAt"))
			.containsExactly(tuple("WITHDRAWN", null, NOW), tuple("OPEN", bobsOpenLink.getExpiresAt(), null));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> invitationsOf(long customerId) {
		return ((Map<String, List<Map<String, Object>>>) holder.export(customerId)).get("surveyInvitations");
	}

	/** One column of Jane's feedback, oldest first. */
	private List<Object> column(String name) {
		return jdbc.sql("select " + name + " from customer_feedback where case_number = 'AC-2026-800001' order by id")
			.query((rs, i) -> rs.getObject(1))
			.list();
	}

	private SurveyInvitation invite(String caseNumber, Instant sent) {
		return invitations.save(new SurveyInvitation(caseNumber, SurveyTokens.hash(SurveyTokens.newToken()), sent,
				sent.plus(Duration.ofDays(30))));
	}

	/** Every row of the module's tables about one case, to compare before and after. */
	private List<Map<String, Object>> rowsOf(String caseNumber) {
		return List.of("survey_invitation", "customer_feedback")
			.stream()
			.flatMap(table -> jdbc.sql("select * from " + table + " where case_number = ? order by id")
				.param(caseNumber)
				.query()
				.listOfRows()
				.stream())
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
