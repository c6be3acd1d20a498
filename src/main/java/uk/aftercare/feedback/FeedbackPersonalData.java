package uk.aftercare.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
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

	/**
	 * The survey links (never the token's hash: it is a key, not data about the customer) and the feedback. With each
	 * link, what ended it before its time: the first feedback staff took since it was sent, or the erasure.
	 */
	@Override
	public Object export(long customerId) {
		Instant now = clock.now();
		List<Map<String, Object>> invitations = jdbc.sql("""
				select i.case_number, i.created_at, i.expires_at, i.used_at, i.version,
				  (select min(f.recorded_at) from customer_feedback f
				   where f.case_number = i.case_number and f.invitation_id is null and f.recorded_at >= i.created_at)
				    as taken_by_staff_at,
				  %s as erased_at
				from survey_invitation i where %s order by i.case_number, i.created_at, i.id"""
			.formatted(CUSTOMERS_ERASURE, CUSTOMERS_CASES))
			.param("customerId", customerId)
			.query((rs, row) -> invitation(rs, now))
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

	/**
	 * A survey link as the copy gives it. A link never answered whose version moved on was withdrawn
	 * ({@link SurveyInvitation}): WITHDRAWN, at the first of the feedback staff took since it was sent and the erasure,
	 * and its expiry the one the customer was told. An earlier version moved a withdrawn link's expiry to the moment of
	 * the withdrawal, before the feedback or erasure that withdrew it was recorded: for such a link that moment is when
	 * it was withdrawn, and the expiry it was told is not known here (null; the e-mail that told it is in the copy's
	 * messages).
	 */
	private static Map<String, Object> invitation(ResultSet rs, Instant now) throws SQLException {
		Instant expires = JdbcRows.instant(rs, "expires_at");
		Instant used = JdbcRows.instant(rs, "used_at");
		Instant withdrawn = null;
		if (used == null && rs.getLong("version") > 0) {
			Instant ended = earliest(JdbcRows.instant(rs, "taken_by_staff_at"), JdbcRows.instant(rs, "erased_at"));
			boolean expiryKept = ended != null && ended.isBefore(expires);
			withdrawn = expiryKept ? ended : expires;
			expires = expiryKept ? expires : null;
		}
		Map<String, Object> invitation = new LinkedHashMap<>();
		invitation.put("caseNumber", rs.getString("case_number"));
		invitation.put("sentAt", JdbcRows.instant(rs, "created_at"));
		invitation.put("expiresAt", expires);
		invitation.put("state",
				withdrawn != null ? SurveyState.WITHDRAWN.name() : SurveyInvitation.stateOf(used, expires, now).name());
		invitation.put("answeredAt", used);
		invitation.put("withdrawnAt", withdrawn);
		return invitation;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a == null || (b != null && b.isBefore(a)) ? b : a;
	}

	@Override
	public List<KeepReason> reasonsToKeep(long customerId) {
		return List.of();
	}

	/**
	 * Removes the customer's comments and withdraws their survey links still open: an answer after erasure would store
	 * new words from someone the shop no longer knows. A link withdrawn keeps its expiry (what the customer was told)
	 * and its version moves on, the mark of a withdrawal ({@link SurveyInvitation}); the survey page says it is no
	 * longer available (FeedbackService). The survey stores no e-mail address.
	 */
	@Override
	public void erase(long customerId) {
		// No comment rather than "[erased]": the satisfaction report lists the latest comments, and an erased one
		// says nothing there.
		jdbc.sql("update customer_feedback set comment = null where comment is not null and " + CUSTOMERS_CASES)
			.param("customerId", customerId)
			.update();
		// Version 0: never used nor withdrawn (by staff, or by this before).
		jdbc.sql("""
				update survey_invitation set version = version + 1
				where used_at is null and version = 0 and expires_at > :now and %s""".formatted(CUSTOMERS_CASES))
			.param("now", clock.now().atOffset(ZoneOffset.UTC))
			.param("customerId", customerId)
			.update();
	}

}
