package uk.aftercare.feedback;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.shared.JdbcRows;
import uk.aftercare.shared.ShopClock;

/**
 * What the feedback module holds about a customer: the survey links sent about their cases and the feedback they
 * gave. Nothing here stops erasure. Scores, resolved flags, sources and times stay after it: the satisfaction
 * report counts them.
 */
@Component
class FeedbackPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final ShopClock clock;

	FeedbackPersonalData(JdbcClient jdbc, ShopClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "feedback";
	}

	/** The survey links (never the token's hash: it is a key, not data about the customer) and the feedback. */
	@Override
	public Object export(long customerId) {
		Instant now = clock.now();
		List<Map<String, Object>> invitations = jdbc.sql("""
				select case_number, created_at, expires_at, used_at
				from survey_invitation where %s order by case_number, created_at, id""".formatted(CUSTOMERS_CASES))
			.param("customerId", customerId)
			.query((rs, row) -> {
				Map<String, Object> invitation = new LinkedHashMap<>();
				Instant expires = JdbcRows.instant(rs, "expires_at");
				Instant used = JdbcRows.instant(rs, "used_at");
				invitation.put("caseNumber", rs.getString("case_number"));
				invitation.put("sentAt", JdbcRows.instant(rs, "created_at"));
				invitation.put("expiresAt", expires);
				invitation.put("state", SurveyInvitation.stateOf(used, expires, now).name());
				invitation.put("answeredAt", used);
				return invitation;
			})
			.list();
		List<Map<String, Object>> feedback = jdbc.sql("""
				select case_number, source, score, resolved, comment, recorded_by, recorded_at
				from customer_feedback where %s order by case_number, recorded_at, id""".formatted(CUSTOMERS_CASES))
			.param("customerId", customerId)
			.query((rs, row) -> {
				Map<String, Object> given = new LinkedHashMap<>();
				given.put("caseNumber", rs.getString("case_number"));
				given.put("source", rs.getString("source"));
				given.put("score", rs.getInt("score"));
				given.put("resolved", rs.getBoolean("resolved"));
				given.put("comment", rs.getString("comment"));
				given.put("recordedBy", rs.getString("recorded_by"));
				given.put("recordedAt", JdbcRows.instant(rs, "recorded_at"));
				return given;
			})
			.list();
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("surveyInvitations", invitations);
		held.put("feedback", feedback);
		return held;
	}

	@Override
	public List<KeepReason> reasonsToKeep(long customerId) {
		return List.of();
	}

	/**
	 * Removes the customer's comments and expires their unanswered survey links, the way every link ends: an answer
	 * after erasure would store new words from someone the shop no longer knows. The survey page says such a link is
	 * no longer available, not that it expired (FeedbackService). The survey stores no e-mail address.
	 */
	@Override
	public void erase(long customerId) {
		// No comment rather than "[erased]": the satisfaction report lists the latest comments, and an erased one
		// says nothing there.
		jdbc.sql("update customer_feedback set comment = null where comment is not null and " + CUSTOMERS_CASES)
			.param("customerId", customerId)
			.update();
		jdbc.sql("""
				update survey_invitation set expires_at = :now, version = version + 1
				where used_at is null and expires_at > :now and %s""".formatted(CUSTOMERS_CASES))
			.param("now", clock.now().atOffset(ZoneOffset.UTC))
			.param("customerId", customerId)
			.update();
	}

}
