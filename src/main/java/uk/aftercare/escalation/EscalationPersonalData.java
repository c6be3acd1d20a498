package uk.aftercare.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.shared.JdbcRows;

/**
 * The approval requests on a customer's cases, for their rights of access and erasure. The summary and the decision
 * note quote the customer, so erasure replaces them; the reasons are rule codes ({@link EscalationReason}) and stay,
 * with the amounts, statuses and who decided when, for the dashboard's turnaround figures.
 */
@Component
class EscalationPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	EscalationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "approvals";
	}

	@Override
	public Object export(long customerId) {
		return jdbc.sql("select * from approval_request where " + CUSTOMERS_CASES + " order by requested_at, id")
			.param("customerId", customerId)
			.query((rs, i) -> approval(rs))
			.list();
	}

	/**
	 * One reason for each request still waiting, saying what it is for (a case may wait on a review and a refund at
	 * once): the decision may yet need the customer's details.
	 */
	@Override
	public List<KeepReason> reasonsToKeep(long customerId) {
		return jdbc.sql("select case_number, kind, subject_ref from approval_request where status = :pending and "
				+ CUSTOMERS_CASES + " order by case_number, requested_at, id")
			.param("pending", ApprovalStatus.PENDING.name())
			.param("customerId", customerId)
			.query((rs, i) -> waiting(rs.getString("case_number"), rs.getString("kind"), rs.getString("subject_ref")))
			.list();
	}

	/** A request waiting on the case, named by its kind and, when it is about one, the return it is about. */
	private static KeepReason waiting(String caseNumber, String kind, String subject) {
		String key = "privacy.keep.approval-pending." + kind;
		return subject == null ? KeepReason.of(key, caseNumber) : KeepReason.of(key + ".subject", caseNumber, subject);
	}

	@Override
	public void erase(long customerId) {
		jdbc.sql("""
				update approval_request set
				  summary = :erased,
				  decision_note = case when decision_note is null then null else :erased end,
				  version = version + 1
				where summary <> :erased and\s""" + CUSTOMERS_CASES)
			.param("erased", ERASED)
			.param("customerId", customerId)
			.update();
	}

	private static Map<String, Object> approval(ResultSet rs) throws SQLException {
		Map<String, Object> approval = new LinkedHashMap<>();
		approval.put("caseNumber", rs.getString("case_number"));
		approval.put("kind", rs.getString("kind"));
		approval.put("subject", rs.getString("subject_ref"));
		approval.put("status", rs.getString("status"));
		approval.put("amount", rs.getBigDecimal("amount"));
		approval.put("remedy", rs.getString("remedy"));
		approval.put("legalBasis", rs.getString("legal_basis"));
		String reasons = rs.getString("reasons");
		approval.put("reasons", reasons.isBlank() ? List.of() : List.of(reasons.split(",")));
		approval.put("summary", rs.getString("summary"));
		approval.put("urgent", rs.getBoolean("urgent"));
		approval.put("requestedBy", rs.getString("requested_by"));
		approval.put("requestedAt", JdbcRows.instant(rs, "requested_at"));
		approval.put("decidedBy", rs.getString("decided_by"));
		approval.put("decidedAt", JdbcRows.instant(rs, "decided_at"));
		approval.put("decisionNote", rs.getString("decision_note"));
		return approval;
	}

}
