package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.customers.PersonalDataHolder.KeepReason;

/**
 * The approval requests a customer's data-protection rights reach, on H2 and on a real PostgreSQL by the two
 * subclasses, on cases and requests inserted by SQL.
 */
abstract class EscalationPersonalDataContract {

	static final Instant REQUESTED = Instant.parse("2026-11-02T10:00:00Z");

	@Autowired
	JdbcClient jdbc;

	private long customer(String name) {
		jdbc.sql("insert into customer (name, created_at, version) values (?, current_timestamp, 0)").param(name).update();
		return jdbc.sql("select max(id) from customer").query(Long.class).single();
	}

	private String caseOf(long customerId, String caseNumber) {
		jdbc.sql("""
				insert into service_case (case_number, customer_id, customer_name, customer_name_key, channel,
				  description, vulnerable_customer, suggested_type, suggestion_confidence, type, type_overridden,
				  type_confirmed_by, status, priority, created_by, created_at, updated_at, customer_contacts,
				  escalated, sla_breached, version)
				values (?, ?, 'x', 'x', 'PHONE', 'x', false, 'RETURN', 1, 'RETURN', false, 'sam', 'OPEN', 'NORMAL',
				  'sam', current_timestamp, current_timestamp, 1, false, false, 0)""")
			.params(caseNumber, customerId)
			.update();
		return caseNumber;
	}

	/** A refund request for £300 on RMA-2026-000001 on the case, pending or decided by sue with a note. */
	private void approval(String caseNumber, String status) {
		approval(caseNumber, status, "REFUND", "RMA-2026-000001");
	}

	/** A request of the kind about the subject (null: the case itself), pending or decided by sue with a note. */
	private void approval(String caseNumber, String status, String kind, String subject) {
		boolean decided = !status.equals("PENDING");
		jdbc.sql("""
				insert into approval_request (case_number, kind, subject_ref, amount, remedy, legal_basis, reasons,
				  summary, required_approver, urgent, requested_by, requested_at, status, decided_by, decided_at,
				  decision_note, version)
				values (:caseNumber, :kind, :subject, 300.00, 'FULL_REFUND', 'CRA 2015 s.20',
				  'REFUND_OVER_AUTHORITY_LIMIT,VULNERABLE_CUSTOMER', 'Jane Smith says the kettle caught fire',
				  'SUPERVISOR', true, 'sam', :requestedAt, :status, :decidedBy, :decidedAt, :note, 0)""")
			.param("caseNumber", caseNumber)
			.param("kind", kind)
			.param("subject", subject)
			.param("requestedAt", REQUESTED.atOffset(ZoneOffset.UTC))
			.param("status", status)
			.param("decidedBy", decided ? "sue" : null)
			.param("decidedAt", decided ? REQUESTED.plusSeconds(3600).atOffset(ZoneOffset.UTC) : null)
			.param("note", decided ? "Spoke to Jane: refund in full" : null)
			.update();
	}

	private EscalationPersonalData personalData() {
		return new EscalationPersonalData(jdbc);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> exported(long customerId) {
		return (List<Map<String, Object>>) personalData().export(customerId);
	}

	@Test
	void exportsOnlyTheApprovalsOnTheCustomersCases() {
		long jane = customer("Jane Smith");
		approval(caseOf(jane, "AC-2026-000201"), "APPROVED");
		approval(caseOf(customer("Ann Other"), "AC-2026-000202"), "PENDING");

		assertThat(exported(jane)).singleElement().satisfies(a -> {
			assertThat(a).containsEntry("caseNumber", "AC-2026-000201")
				.containsEntry("kind", "REFUND")
				.containsEntry("status", "APPROVED")
				.containsEntry("reasons", List.of("REFUND_OVER_AUTHORITY_LIMIT", "VULNERABLE_CUSTOMER"))
				.containsEntry("summary", "Jane Smith says the kettle caught fire")
				.containsEntry("requestedAt", REQUESTED)
				.containsEntry("decidedBy", "sue")
				.containsEntry("decisionNote", "Spoke to Jane: refund in full");
			assertThat(a.get("amount")).hasToString("300.00");
		});
		assertThat(exported(customer("Nobody"))).isEmpty();
	}

	@Test
	void keepsTheDataWhileARequestWaitsForADecisionNamingEachOneWaiting() {
		long jane = customer("Jane Smith");
		String caseNumber = caseOf(jane, "AC-2026-000211");
		approval(caseNumber, "PENDING", "REVIEW", null);
		approval(caseNumber, "PENDING");
		approval(caseOf(jane, "AC-2026-000212"), "REJECTED");

		assertThat(personalData().reasonsToKeep(jane)).containsExactly(
				KeepReason.of("privacy.keep.approval-pending.REVIEW", caseNumber),
				KeepReason.of("privacy.keep.approval-pending.REFUND.subject", caseNumber, "RMA-2026-000001"));

		jdbc.sql("update approval_request set status = 'APPROVED' where case_number = ?").param(caseNumber).update();
		assertThat(personalData().reasonsToKeep(jane)).isEmpty();
	}

	@Test
	void erasesTheSummaryAndNoteAndKeepsTheRest() {
		long jane = customer("Jane Smith");
		approval(caseOf(jane, "AC-2026-000221"), "APPROVED");
		approval(caseOf(jane, "AC-2026-000222"), "PENDING");
		long ann = customer("Ann Other");
		approval(caseOf(ann, "AC-2026-000223"), "APPROVED");
		List<Map<String, Object>> before = exported(jane);
		List<Map<String, Object>> annBefore = exported(ann);

		personalData().erase(jane);
		List<Map<String, Object>> after = exported(jane);
		personalData().erase(jane);

		assertThat(after).extracting(a -> a.get("summary")).containsOnly(PersonalDataHolder.ERASED);
		assertThat(after).extracting(a -> a.get("decisionNote")).containsExactly(PersonalDataHolder.ERASED, null);
		for (int i = 0; i < before.size(); i++) {
			Map<String, Object> was = before.get(i);
			Map<String, Object> is = after.get(i);
			was.keySet().stream().filter(key -> !List.of("summary", "decisionNote").contains(key))
				.forEach(key -> assertThat(is.get(key)).as(key).isEqualTo(was.get(key)));
		}
		assertThat(exported(jane)).isEqualTo(after);
		assertThat(exported(ann)).isEqualTo(annBefore);
	}

}
