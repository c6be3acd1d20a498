package uk.aftercare.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.CaseMovedToCustomer;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.shared.JdbcRows;
import uk.aftercare.shared.ShopClock;

/**
 * What the follow-up loop holds about a customer: the follow-ups, closings and complaint steps of their cases, their
 * contact preferences and every message sent or kept for them. An open follow-up keeps it all: someone still means
 * to contact the customer about the case (unless it has been left undone for the whole retention period).
 */
@Component
class FollowUpsPersonalData implements PersonalDataHolder {

	static final String OPEN_FOLLOW_UP = "privacy.keep.follow-up-open";

	/** A follow-up's due day as the follow-up pages show it: "Tue 1 Dec 2026". */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);

	private final JdbcClient jdbc;

	private final ShopClock clock;

	FollowUpsPersonalData(JdbcClient jdbc, ShopClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "followUpsAndMessages";
	}

	@Override
	public Object export(long customerId) {
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("followUps", rows("""
				select id, case_number, purpose, origin, status, due_date, owner, note, outcome, created_by, created_at,
				  finished_by, finished_at
				from follow_up where %s order by case_number, created_at, id""".formatted(CUSTOMERS_CASES), customerId,
				(rs, row) -> {
					Map<String, Object> followUp = new LinkedHashMap<>();
					followUp.put("id", rs.getLong("id"));
					followUp.put("caseNumber", rs.getString("case_number"));
					followUp.put("purpose", rs.getString("purpose"));
					followUp.put("origin", rs.getString("origin"));
					followUp.put("status", rs.getString("status"));
					followUp.put("dueDate", rs.getObject("due_date", LocalDate.class));
					followUp.put("owner", rs.getString("owner"));
					followUp.put("note", rs.getString("note"));
					followUp.put("outcome", rs.getString("outcome"));
					followUp.put("createdBy", rs.getString("created_by"));
					followUp.put("createdAt", JdbcRows.instant(rs, "created_at"));
					followUp.put("finishedBy", rs.getString("finished_by"));
					followUp.put("finishedAt", JdbcRows.instant(rs, "finished_at"));
					return followUp;
				}));
		held.put("closings", rows("""
				select case_number, case_type, outcome, outcome_confirmed, customer_thanked, feedback_invited, root_cause,
				  preventive_measure, open_follow_ups, open_follow_ups_reason, closed_by, closed_at
				from case_closure where %s order by case_number, closed_at, id""".formatted(CUSTOMERS_CASES), customerId,
				(rs, row) -> {
					Map<String, Object> closing = new LinkedHashMap<>();
					closing.put("caseNumber", rs.getString("case_number"));
					closing.put("caseType", rs.getString("case_type"));
					closing.put("outcome", rs.getString("outcome"));
					closing.put("outcomeConfirmed", rs.getBoolean("outcome_confirmed"));
					closing.put("customerThanked", rs.getBoolean("customer_thanked"));
					closing.put("feedbackInvited", rs.getBoolean("feedback_invited"));
					closing.put("rootCause", rs.getString("root_cause"));
					closing.put("preventiveMeasure", rs.getString("preventive_measure"));
					closing.put("openFollowUps", rs.getInt("open_follow_ups"));
					closing.put("openFollowUpsReason", rs.getString("open_follow_ups_reason"));
					closing.put("closedBy", rs.getString("closed_by"));
					closing.put("closedAt", JdbcRows.instant(rs, "closed_at"));
					return closing;
				}));
		held.put("complaintSteps", rows("""
				select case_number, step, note, done_by, done_at
				from complaint_step where %s order by case_number, done_at, id""".formatted(CUSTOMERS_CASES), customerId,
				(rs, row) -> {
					Map<String, Object> step = new LinkedHashMap<>();
					step.put("caseNumber", rs.getString("case_number"));
					step.put("step", rs.getString("step"));
					step.put("note", rs.getString("note"));
					step.put("doneBy", rs.getString("done_by"));
					step.put("doneAt", JdbcRows.instant(rs, "done_at"));
					return step;
				}));
		held.put("contactPreferences", rows("""
				select email_allowed, survey_consent, preferred_channel, updated_by, updated_at
				from contact_preference where customer_id = :customerId""", customerId, (rs, row) -> {
			Map<String, Object> preference = new LinkedHashMap<>();
			preference.put("emailAllowed", rs.getBoolean("email_allowed"));
			preference.put("surveyConsent", rs.getBoolean("survey_consent"));
			preference.put("preferredChannel", rs.getString("preferred_channel"));
			preference.put("updatedBy", rs.getString("updated_by"));
			preference.put("updatedAt", JdbcRows.instant(rs, "updated_at"));
			return preference;
		}));
		held.put("messages", rows("""
				select case_number, template_key, recipient, subject, body, delivery, created_by, created_at, delivered_at,
				  letter_name, letter_address_lines, letter_postcode, posted_by, posted_at
				from customer_message where %s order by case_number, created_at, id""".formatted(CUSTOMERS_CASES), customerId,
				(rs, row) -> {
					Map<String, Object> message = new LinkedHashMap<>();
					message.put("caseNumber", rs.getString("case_number"));
					message.put("kind", rs.getString("template_key"));
					// A message to print is a letter posted by staff; every other one was for e-mail.
					message.put("channel",
							Delivery.PRINT.name().equals(rs.getString("delivery")) ? "LETTER" : "EMAIL");
					message.put("recipient", rs.getString("recipient"));
					// The name and postal address a letter was issued to, as it keeps them (null when it kept none).
					message.put("addressedTo", rs.getString("letter_name"));
					String lines = rs.getString("letter_address_lines");
					message.put("addressLines", lines == null ? null : PostalAddress.lines(lines));
					message.put("postcode", rs.getString("letter_postcode"));
					message.put("subject", rs.getString("subject"));
					message.put("body", rs.getString("body"));
					message.put("delivery", rs.getString("delivery"));
					message.put("createdBy", rs.getString("created_by"));
					message.put("createdAt", JdbcRows.instant(rs, "created_at"));
					message.put("deliveredAt", JdbcRows.instant(rs, "delivered_at"));
					// When a letter was posted to them, and by whom: null until it is marked.
					message.put("postedBy", rs.getString("posted_by"));
					message.put("postedAt", JdbcRows.instant(rs, "posted_at"));
					return message;
				}));
		return held;
	}

	@Override
	public List<KeepReason> reasonsToKeep(long customerId) {
		return openFollowUps("", customerId, null);
	}

	/**
	 * For the retention check, an open follow-up made and due before the cutoff no longer holds the data: nobody has
	 * done it in the whole retention period, and nobody will. One made or due since still does. The erasure cancels it.
	 */
	@Override
	public List<KeepReason> reasonsToKeepPastRetention(long customerId, Instant cutoff) {
		return openFollowUps(" and (created_at >= :cutoff or due_date >= :cutoffDay)", customerId, cutoff);
	}

	private List<KeepReason> openFollowUps(String condition, long customerId, Instant cutoff) {
		var query = jdbc.sql("select id, case_number, due_date from follow_up where status = :open" + condition
				+ " and " + CUSTOMERS_CASES + " order by due_date, id")
			.param("open", FollowUpStatus.OPEN.name())
			.param("customerId", customerId);
		if (cutoff != null) {
			query = query.param("cutoff", JdbcRows.utc(cutoff))
				.param("cutoffDay", cutoff.atZone(clock.zone()).toLocalDate());
		}
		return query
			.query((rs, row) -> KeepReason.of(OPEN_FOLLOW_UP, String.valueOf(rs.getLong("id")),
					rs.getString("case_number"), DAY.format(rs.getObject("due_date", LocalDate.class))))
			.list();
	}

	/**
	 * Erases the notes and outcomes written about the customer and the text and addresses of their messages (the
	 * e-mail address, and the name and postal address a letter was issued to); keeps purposes, statuses, dates,
	 * owners, confirmations, root causes and preventive measures, which the reports count, and who posted a letter
	 * and when, as who issued it and when.
	 * Each update leaves rows already erased alone, so a second erasure changes nothing; versioned rows get a new
	 * version, so a page opened before the erasure cannot save the old text back.
	 */
	@Override
	public void erase(long customerId) {
		// Only the retention check erases with a follow-up still open (a request is refused while one is), one older
		// than the retention period: cancelled, or it would stay on its owner's list for ever with nobody to call.
		jdbc.sql("""
				update follow_up set status = :cancelled, outcome = :erased, finished_by = :system, finished_at = :now,
				  version = version + 1
				where status = :open and\s""" + CUSTOMERS_CASES)
			.param("cancelled", FollowUpStatus.CANCELLED.name())
			.param("erased", ERASED)
			.param("system", DataProtection.SYSTEM)
			.param("now", JdbcRows.utc(clock.now()))
			.param("open", FollowUpStatus.OPEN.name())
			.param("customerId", customerId)
			.update();
		update("update follow_up set note = :erased, version = version + 1 where note is not null and note <> :erased",
				customerId);
		update("""
				update follow_up set outcome = :erased, version = version + 1
				where outcome is not null and outcome <> :erased""", customerId);
		update("update case_closure set outcome = :erased where outcome <> :erased", customerId);
		update("""
				update case_closure set open_follow_ups_reason = :erased
				where open_follow_ups_reason is not null and open_follow_ups_reason <> :erased""", customerId);
		update("update complaint_step set note = :erased where note is not null and note <> :erased", customerId);
		// No recipient reads naturally: pages show "To ..." only when there is one. A letter's copy of the name and
		// address it was issued to goes too: the erased name in place of the name (the letter stays a letter, to no
		// address), and a letter that kept none keeps none.
		jdbc.sql("""
				update customer_message set recipient = null, subject = :erased, body = :erased,
				  letter_name = case when letter_name is null then null else :erasedName end,
				  letter_address_lines = null, letter_postcode = null, version = version + 1
				where (recipient is not null or subject <> :erased or body <> :erased or letter_name <> :erasedName
				  or letter_address_lines is not null or letter_postcode is not null) and\s""" + CUSTOMERS_CASES)
			.param("erased", ERASED)
			.param("erasedName", ERASED_NAME)
			.param("customerId", customerId)
			.update();
		// The consent is the customer's own data, and without it the shop has no consent to contact them: no row
		// reads as no survey consent, and an update about a case needs the e-mail address the cases module erases.
		jdbc.sql("delete from contact_preference where customer_id = :customerId").param("customerId", customerId).update();
	}

	/**
	 * A case logged while its customer was being erased has moved to a record of its own: a contact preference staff
	 * recorded on it meanwhile was kept under the erased record, and is the new record's (unless it has its own).
	 */
	@EventListener
	void caseMoved(CaseMovedToCustomer moved) {
		boolean hasOwn = jdbc.sql("select count(*) from contact_preference where customer_id = :to")
			.param("to", moved.toCustomerId())
			.query(Long.class)
			.single() > 0;
		if (hasOwn) {
			jdbc.sql("delete from contact_preference where customer_id = :from")
				.param("from", moved.fromCustomerId())
				.update();
		}
		else {
			jdbc.sql("update contact_preference set customer_id = :to where customer_id = :from")
				.param("to", moved.toCustomerId())
				.param("from", moved.fromCustomerId())
				.update();
		}
	}

	private void update(String sql, long customerId) {
		jdbc.sql(sql + " and " + CUSTOMERS_CASES).param("erased", ERASED).param("customerId", customerId).update();
	}

	private List<Map<String, Object>> rows(String sql, long customerId,
			RowMapper<Map<String, Object>> row) {
		return jdbc.sql(sql).param("customerId", customerId).query(row).list();
	}

}
