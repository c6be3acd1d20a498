package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.classification.CaseType;

/**
 * The follow-ups module's tables and queries, run against H2 and against a real PostgreSQL by the two subclasses,
 * after Flyway has built the schema (V6) and Hibernate has validated it.
 */
@Transactional
abstract class FollowUpsRepositoryContract {

	private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

	@Autowired
	FollowUpRepository followUps;

	@Autowired
	CaseClosureRepository closures;

	@Autowired
	MailTemplateRepository templates;

	@Autowired
	ContactPreferenceRepository preferences;

	@Autowired
	CustomerMessageRepository messages;

	@Autowired
	ComplaintStepRecordRepository steps;

	@Autowired
	TestEntityManager em;

	@Autowired
	javax.sql.DataSource dataSource;

	private uk.aftercare.shared.JdbcRows rows;

	@org.junit.jupiter.api.BeforeEach
	void rows() {
		rows = new uk.aftercare.shared.JdbcRows(new org.springframework.jdbc.core.JdbcTemplate(dataSource));
	}

	private FollowUp save(String caseNumber, String owner, LocalDate due) {
		return followUps.save(new FollowUp(caseNumber, FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL, due, owner,
				null, "sam", NOW));
	}

	@Test
	void listsAnOwnersOpenFollowUpsSoonestFirstAndCountsTheOverdueOnes() {
		FollowUp later = save("AC-2026-000001", "sam", LocalDate.of(2026, 11, 9));
		FollowUp earliest = save("AC-2026-000002", "sam", LocalDate.of(2026, 11, 1));
		FollowUp yesterday = save("AC-2026-000003", "sam", LocalDate.of(2026, 11, 3));
		save("AC-2026-000004", "sam", LocalDate.of(2026, 10, 1)).complete("Done", "sam", NOW);
		save("AC-2026-000005", "priya", LocalDate.of(2026, 10, 1));
		em.flush();
		em.clear();

		assertThat(followUps.findByOwnerAndStatus("sam", FollowUpStatus.OPEN)).extracting(FollowUp::getId)
			.containsExactly(earliest.getId(), yesterday.getId(), later.getId());
		assertThat(followUps.countOverdue("sam", LocalDate.of(2026, 11, 4))).isEqualTo(2);
		assertThat(followUps.countOverdue("sam", LocalDate.of(2026, 11, 1))).isZero();
	}

	@Test
	void countsACasesOpenFollowUps() {
		save("AC-2026-000010", "sam", LocalDate.of(2026, 11, 9));
		save("AC-2026-000010", "priya", LocalDate.of(2026, 11, 10)).cancel("Not needed", "sam", NOW);
		save("AC-2026-000011", "sam", LocalDate.of(2026, 11, 9));
		em.flush();

		assertThat(followUps.countByCaseNumberAndStatus("AC-2026-000010", FollowUpStatus.OPEN)).isEqualTo(1);
		assertThat(followUps.findByCaseNumber("AC-2026-000010")).hasSize(2);
	}

	@Test
	void refusesAStaleChangeToAFollowUp() {
		FollowUp followUp = save("AC-2026-000012", "sam", LocalDate.of(2026, 11, 9));
		em.flush();
		em.clear();
		FollowUp first = followUps.findById(followUp.getId()).orElseThrow();
		em.detach(first);
		FollowUp second = followUps.findById(followUp.getId()).orElseThrow();
		second.complete("Done", "sam", NOW);
		em.flush();

		first.cancel("Not needed", "priya", NOW);
		assertThatThrownBy(() -> {
			followUps.saveAndFlush(first);
		}).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void seedsAValidDefaultTextForEveryKindOfMessage() {
		assertThat(templates.findAll()).hasSize(MailTemplateKey.values().length).allSatisfy(t -> assertThat(
				TemplateText.check(t.getKey(), t.getSubject(), t.getBody())).isEmpty());
		assertThat(templates.findByKey(MailTemplateKey.FINAL_RESPONSE).orElseThrow().getBody())
			.contains("This is our final response", "{adrName}", "{adrWebsite}");
	}

	@Test
	void theDefaultClosingEmailThanksTheCustomerInWordsForTheCaseType() {
		assertThat(templates.findByKey(MailTemplateKey.CLOSURE).orElseThrow().getBody()).contains("{outcome}")
			.contains("\n\n{thanks}\n\nKind regards,")
			.doesNotContain("put this right");
	}

	@Test
	void keepsOnePreferencePerCustomer() {
		ContactPreference preference = new ContactPreference(42L, ContactPreferenceView.defaults(42L));
		preference.change(false, false, PreferredChannel.PHONE, "sam", NOW);
		preferences.saveAndFlush(preference);
		em.clear();

		assertThat(preferences.findByCustomerId(42L).orElseThrow().toView().preferredChannel())
			.isEqualTo(PreferredChannel.PHONE);
		ContactPreference twin = new ContactPreference(42L, ContactPreferenceView.defaults(42L));
		twin.change(true, true, null, "priya", NOW);
		assertThatThrownBy(() -> preferences.saveAndFlush(twin)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void keepsEveryClosingAndMessageOfACaseInOrder() {
		var request = new ClosingRequest("Refunded", true, true, true, RootCause.STAFF_CONDUCT, "Coaching", "Workshop",
				false);
		closures.save(new CaseClosure("AC-2026-000020", CaseType.COMPLAINT, request, 1, "sam", NOW));
		closures.save(new CaseClosure("AC-2026-000020", CaseType.COMPLAINT, request, 0, "sue", NOW.plusSeconds(60)));
		// Kept as the product keeps messages: inserted over plain JDBC, read and updated through JPA.
		var kept = new CustomerMessage("AC-2026-000020", MailTemplateKey.CLOSURE, "jane@example.com", "Closed",
				"x".repeat(CustomerMessage.MAX_BODY), Delivery.PENDING, "sam", NOW);
		kept.assignId(rows.insert("customer_message", CustomerMessage.COLUMNS, kept.rowValues()));
		em.flush();
		em.clear();

		assertThat(closures.findByCaseNumberOrderByClosedAtAscIdAsc("AC-2026-000020")).extracting(CaseClosure::toView)
			.satisfiesExactly(first -> {
				assertThat(first.rootCause()).isEqualTo(RootCause.STAFF_CONDUCT);
				assertThat(first.openFollowUpsReason()).isEqualTo("Workshop");
			}, second -> assertThat(second.openFollowUpsReason()).isNull());
		assertThat(messages.findByCaseNumberOrderByCreatedAtAscIdAsc("AC-2026-000020")).singleElement()
			.satisfies(m -> assertThat(m.toView()).isEqualTo(kept.toView()));
		assertThat(kept.toView().body()).hasSize(CustomerMessage.MAX_BODY);
		assertThat(rows.columnTypes("customer_message").keySet()).containsExactlyInAnyOrderElementsOf(
				java.util.stream.Stream.concat(CustomerMessage.COLUMNS.stream(), java.util.stream.Stream.of("id")).toList());
	}

	@Test
	void recordsEachComplaintStepOnce() {
		steps.saveAndFlush(new ComplaintStepRecord("AC-2026-000030", ComplaintStep.LISTEN, null, "sam", NOW));

		assertThatThrownBy(() -> steps
			.saveAndFlush(new ComplaintStepRecord("AC-2026-000030", ComplaintStep.LISTEN, "again", "sam", NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
