package uk.aftercare.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.classification.CaseType;
import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpStatus;
import uk.aftercare.followups.RootCause;
import uk.aftercare.followups.WorkingDays;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.ReturnMethod;
import uk.aftercare.returns.RmaStatus;

/**
 * Follow-ups and closures for generated cases. The automatic follow-ups are the ones {@code AutomaticFollowUps}
 * creates (tell the customer an approval decision, confirm a refund arrived, check a repair came back), owned and
 * dated as it does; staff add their own call-backs, chases and checks. Most are done on or near their due date, a few
 * cancelled; the ones whose time has not come are open, and some on recent cases are overdue. Every closed case has
 * its closure as the closing checklist records it: the outcome, the three confirmations, the open follow-ups with a
 * reason, and for complaints a root cause (long tailed) with the preventive measure.
 */
final class VolumeFollowUps implements AutoCloseable {

	static final String[] COLUMNS = { "case_number", "purpose", "origin", "due_date", "owner", "note", "status",
			"outcome", "created_by", "created_at", "finished_by", "finished_at", "version" };

	static final int[] TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT };

	static final String[] CLOSURE_COLUMNS = { "case_number", "case_type", "outcome", "outcome_confirmed",
			"customer_thanked", "feedback_invited", "root_cause", "preventive_measure", "open_follow_ups",
			"open_follow_ups_reason", "closed_by", "closed_at" };

	static final int[] CLOSURE_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.BOOLEAN,
			Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE };

	/** AutomaticFollowUps: card refunds usually show within five working days. */
	private static final int REFUND_CHECK_WORKING_DAYS = 5;

	/** AutomaticFollowUps: a repair is expected back within two weeks. */
	private static final int REPAIR_CHECK_DAYS = 14;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Root causes staff pick when the complaint turns out not to be what it first looked like. */
	private static final RootCause[] OTHER_CAUSES = { RootCause.PROCESS, RootCause.PROCESS, RootCause.INFORMATION,
			RootCause.STAFF_CONDUCT, RootCause.DELIVERY, RootCause.OTHER };

	private static final Map<RootCause, String[]> MEASURES = Map.of(
			RootCause.DELIVERY, new String[] {
					"Raised with the courier; drivers reminded to use a safe place only when the customer asks.",
					"Delivery slots now confirmed by text the evening before.",
					"Courier's failed deliveries reviewed monthly with their account manager.",
					"Address checked with the customer before large items are dispatched." },
			RootCause.PROCESS, new String[] { "Call-backs now booked as follow-ups with an owner and a due date.",
					"Unpaid refunds checked every morning from the dashboard.",
					"Extra staff on the phones on Saturday mornings.",
					"Duplicate card payments reported to the payments team the same day." },
			RootCause.PRODUCT_DEFECT, new String[] { "Batch reported to the supplier; stock checked before sale.",
					"Withdrawn from sale while the supplier investigates.",
					"Quality issue logged with buying; supplier asked for a corrective action plan." },
			RootCause.STAFF_CONDUCT, new String[] { "Discussed with the colleague; customer-care refresher booked.",
					"Team briefing on handling upset customers." },
			RootCause.INFORMATION, new String[] { "Website stock levels now refresh every 15 minutes.",
					"Staff briefed to quote delivery dates from the system, not from memory.",
					"Opening hours page corrected and added to the weekly store checks." },
			RootCause.PRICING, new String[] { "Shelf-edge labels checked against the till every morning.",
					"Price-drop policy now printed on receipts." },
			RootCause.OTHER, new String[] { "Installation partner reminded of the clean-up standard.",
					"Passed to facilities; signage added." });

	private static final String[] COMPLAINT_OUTCOMES = {
			"Apologised and explained what went wrong; £10 voucher sent as a goodwill gesture.",
			"Apologised; redelivery booked for the customer's preferred day.",
			"Explained what we found; the customer accepted the apology.",
			"Apologised and refunded the delivery charge.", "Apologised; the duplicate payment was refunded.",
			"Apologised; the colleague's manager has spoken to them." };

	private static final String[] QUERY_OUTCOMES = { "Answered the question by phone.",
			"Answered by e-mail with the details the customer asked for.",
			"Stock checked; the customer was told when it will be back.", "Explained the returns policy.",
			"Tracking checked and the delivery date confirmed." };

	private static final String[] RETURN_WITHOUT_RMA_OUTCOMES = {
			"The customer decided to keep the item; nothing further needed.",
			"Advice given on using the item; the problem is solved.",
			"Referred to the manufacturer's guarantee at the customer's request." };

	private final SplittableRandom random;

	private final Instant now;

	private final Staff.Seniors seniors;

	private final MultiRowInsert rows;

	private final MultiRowInsert closureRows;

	private long written;

	VolumeFollowUps(Connection connection, SplittableRandom random, Instant now, Staff.Seniors seniors,
			int rowsPerStatement) {
		this.random = random;
		this.now = now;
		this.seniors = seniors;
		this.rows = new MultiRowInsert(connection, "follow_up", COLUMNS, TYPES, rowsPerStatement);
		this.closureRows = new MultiRowInsert(connection, "case_closure", CLOSURE_COLUMNS, CLOSURE_TYPES,
				rowsPerStatement);
	}

	/** One follow-up; {@code finishedAt} is null while it is open. */
	private record FollowUp(FollowUpPurpose purpose, FollowUpOrigin origin, LocalDate due, String owner, String note,
			FollowUpStatus status, String outcome, String createdBy, Instant createdAt, String finishedBy,
			Instant finishedAt) {

		boolean openAt(Instant at) {
			return !createdAt.isAfter(at) && (finishedAt == null || finishedAt.isAfter(at));
		}

	}

	long followUps() {
		return written;
	}

	long closures() {
		return closureRows.inserted();
	}

	/** The case's follow-ups, and its closure if it is closed (or was, before it was reopened). */
	void write(VolumeGenerator.GeneratedCase c) throws SQLException {
		List<FollowUp> followUps = new ArrayList<>();
		// Some cases still being worked have tasks nobody got to: overdue once their day has passed. The cases stuck
		// in the dashboard's "over 7 days" column have them more often.
		boolean stuck = c.status().isActive()
				&& random.nextDouble() < (Duration.between(c.createdAt(), now).toDays() > 7 ? 0.5 : 0.35);
		VolumeReturns.Rma rma = c.rma();
		if (rma != null) {
			automatic(c, rma, stuck, followUps);
		}
		manual(c, stuck, followUps);
		for (FollowUp followUp : followUps) {
			add(c.caseNumber(), followUp);
		}
		if (c.status() == CaseStatus.CLOSED) {
			close(c, c.closedAt(), followUps);
		}
		else if (c.status() == CaseStatus.REOPENED && random.nextDouble() < 0.5) {
			// Reopened after it was closed: the first closing stays on record.
			Instant closedAt = c.createdAt().plus(Duration.between(c.createdAt(), now).multipliedBy(2).dividedBy(5));
			close(c, closedAt, followUps);
		}
	}

	/** A supervisor's call-back after a score of 1 or 2, as {@code FeedbackService} schedules it. */
	void lowScoreCallBack(String caseNumber, int score, String source, String actor, Instant recordedAt)
			throws SQLException {
		LocalDate due = WorkingDays.nextAfter(date(recordedAt));
		add(caseNumber, settle(FollowUpPurpose.CALL_BACK, FollowUpOrigin.LOW_FEEDBACK_SCORE, due,
				seniors.firstSupervisor(), "The customer scored " + score + " out of 5 (" + source
						+ "). Call them back to understand what went wrong and put it right.",
				actor, recordedAt, false));
	}

	/** What AutomaticFollowUps creates for the RMA's steps. */
	private void automatic(VolumeGenerator.GeneratedCase c, VolumeReturns.Rma rma, boolean stuck,
			List<FollowUp> followUps) {
		VolumeReturns.Approval approval = rma.approval;
		if (approval != null && approval.decided()) {
			followUps.add(settle(FollowUpPurpose.CALL_BACK, FollowUpOrigin.APPROVAL_DECISION,
					WorkingDays.nextAfter(date(approval.decidedAt())), approval.requestedBy(),
					"Tell the customer: " + ("REFUND".equals(approval.kind()) ? "the refund" : "the goodwill exception")
							+ " was " + (approval.approved() ? "approved" : "not approved") + " by "
							+ seniors.named(approval.decidedBy())
							+ (approval.decisionNote() == null ? "." : " (" + approval.decisionNote() + ")."),
					approval.decidedBy(), approval.decidedAt(), stuck));
		}
		if (rma.inspectedAt != null && rma.offered == Remedy.REPAIR_OR_REPLACEMENT) {
			followUps.add(settle(FollowUpPurpose.CHECK_REPAIR, FollowUpOrigin.REPAIR_DUE_BACK,
					date(rma.inspectedAt).plusDays(REPAIR_CHECK_DAYS), rma.handler,
					"Check the repair or replacement for " + rma.number + " is back with the customer.", rma.handler,
					rma.inspectedAt, stuck));
		}
		if (rma.outcome() == RmaStatus.REFUNDED) {
			LocalDate due = date(rma.completedAt);
			for (int i = 0; i < REFUND_CHECK_WORKING_DAYS; i++) {
				due = WorkingDays.nextAfter(due);
			}
			followUps.add(settle(FollowUpPurpose.CONFIRM_REFUND_RECEIVED, FollowUpOrigin.REFUND_ISSUED, due,
					rma.handler, "Check the customer received the refund for " + rma.number + ".", rma.handler,
					rma.completedAt, stuck));
		}
	}

	/** Call-backs, chases and checks staff set themselves, due today or later when they set them. */
	private void manual(VolumeGenerator.GeneratedCase c, boolean stuck, List<FollowUp> followUps) {
		Instant end = c.resolvedAt() != null ? c.resolvedAt() : now;
		double r = random.nextDouble();
		FollowUpPurpose purpose = null;
		String note = null;
		Instant from = c.createdAt();
		int days = 1;
		VolumeReturns.Rma rma = c.rma();
		if (c.status() == CaseStatus.AWAITING_CUSTOMER && r < 0.7) {
			purpose = FollowUpPurpose.CALL_BACK;
			note = "Chase the customer for what we asked them to send.";
			from = c.firstResponseAt() != null ? c.firstResponseAt() : c.createdAt();
			days = 2;
		}
		else if (c.type() == CaseType.COMPLAINT && r < 0.3) {
			purpose = FollowUpPurpose.CALL_BACK;
			note = "Call the customer back with what we found.";
		}
		else if (rma != null && rma.decidedAt != null && !rma.denied() && rma.returnMethod != null
				&& rma.returnMethod != ReturnMethod.IN_STORE && r < 0.2) {
			purpose = FollowUpPurpose.CHASE_GOODS_BACK;
			note = "Chase the goods for " + rma.number + " if they are not back by then.";
			from = rma.decidedAt;
			days = 7;
		}
		else if (c.type() == CaseType.QUERY && r < 0.08) {
			purpose = FollowUpPurpose.CALL_BACK;
			note = "Call back with the answer once the store has checked.";
		}
		else if (r > 0.98) {
			purpose = FollowUpPurpose.OTHER;
			note = "Check the customer is happy with the outcome.";
			days = 3;
		}
		if (purpose == null) {
			return;
		}
		long window = Math.max(1, Duration.between(from, end).toMinutes());
		Instant createdAt = from.plus(Duration.ofMinutes(Math.min(window - 1, 5 + random.nextInt(180))));
		if (createdAt.isBefore(from)) {
			createdAt = from;
		}
		LocalDate due = date(createdAt);
		for (int i = 0; i < days; i++) {
			due = WorkingDays.nextAfter(due);
		}
		followUps.add(settle(purpose, FollowUpOrigin.MANUAL, due, c.assignee(), note, c.assignee(), createdAt, stuck));
	}

	/**
	 * Done mostly on the due day, some before and some a few days late, a few cancelled; open while that time has
	 * not come (or, for a stuck case, at all).
	 */
	private FollowUp settle(FollowUpPurpose purpose, FollowUpOrigin origin, LocalDate due, String owner, String note,
			String createdBy, Instant createdAt, boolean leaveOpen) {
		if (!leaveOpen) {
			double r = random.nextDouble();
			LocalDate created = date(createdAt);
			LocalDate day = r < 0.25 ? created.plusDays(random.nextInt((int) Math.max(1, due.toEpochDay()
					- created.toEpochDay() + 1))) : r < 0.85 ? due : due.plusDays(1 + random.nextInt(4));
			Instant at = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(LONDON).toInstant();
			if (!at.isAfter(createdAt)) {
				at = createdAt.plus(Duration.ofMinutes(5 + random.nextInt(120)));
			}
			if (!at.isAfter(now)) {
				boolean cancel = random.nextDouble() < 0.05;
				return new FollowUp(purpose, origin, due, owner, note,
						cancel ? FollowUpStatus.CANCELLED : FollowUpStatus.DONE,
						cancel ? "No longer needed: the customer got in touch first." : outcome(purpose, origin),
						createdBy, createdAt, owner, at);
			}
		}
		return new FollowUp(purpose, origin, due, owner, note, FollowUpStatus.OPEN, null, createdBy, createdAt, null,
				null);
	}

	private String outcome(FollowUpPurpose purpose, FollowUpOrigin origin) {
		if (origin == FollowUpOrigin.LOW_FEEDBACK_SCORE) {
			return "Spoke to the customer, apologised and agreed what we will do.";
		}
		return switch (purpose) {
			case CALL_BACK -> origin == FollowUpOrigin.APPROVAL_DECISION ? "Called the customer with the decision."
					: random.nextDouble() < 0.8 ? "Called the customer and explained where things stand."
							: "Left a voicemail and sent an e-mail with the update.";
			case CONFIRM_REFUND_RECEIVED -> "The customer confirmed the refund arrived.";
			case CHECK_REPAIR -> "Back with the customer and working.";
			case CHASE_GOODS_BACK -> "Goods received back.";
			case OTHER -> "The customer is happy with the outcome.";
		};
	}

	private void add(String caseNumber, FollowUp f) throws SQLException {
		rows.add(caseNumber, f.purpose().name(), f.origin().name(), f.due(), f.owner(), f.note(), f.status().name(),
				f.outcome(), f.createdBy(), VolumeGenerator.at(f.createdAt()), f.finishedBy(),
				VolumeGenerator.at(f.finishedAt()), f.status() == FollowUpStatus.OPEN ? 0L : 1L);
		written++;
	}

	/** The closing checklist as ClosingService keeps it: every confirmation given, as ClosingPolicy requires. */
	private void close(VolumeGenerator.GeneratedCase c, Instant closedAt, List<FollowUp> followUps)
			throws SQLException {
		int open = (int) followUps.stream().filter(f -> f.openAt(closedAt)).count();
		String openReason = null;
		if (open > 0) {
			openReason = followUps.stream()
				.anyMatch(f -> f.openAt(closedAt) && f.purpose() == FollowUpPurpose.CONFIRM_REFUND_RECEIVED)
						? "The refund check stays open until the customer confirms the money arrived."
						: "The customer is happy; the follow-up stays open as a courtesy call.";
		}
		RootCause cause = null;
		String measure = null;
		if (c.type() == CaseType.COMPLAINT) {
			cause = random.nextDouble() < 0.85 ? c.complaintCause() : OTHER_CAUSES[random.nextInt(OTHER_CAUSES.length)];
			measure = VolumeTexts.pick(MEASURES.get(cause), random);
		}
		closureRows.add(c.caseNumber(), c.type().name(), outcome(c), true, true, true,
				cause == null ? null : cause.name(), measure, open, openReason, c.assignee(), VolumeGenerator.at(closedAt));
	}

	private String outcome(VolumeGenerator.GeneratedCase c) {
		return switch (c.type()) {
			case COMPLAINT -> VolumeTexts.pick(COMPLAINT_OUTCOMES, random);
			case QUERY -> VolumeTexts.pick(QUERY_OUTCOMES, random);
			case RETURN -> c.rma() == null ? VolumeTexts.pick(RETURN_WITHOUT_RMA_OUTCOMES, random) : outcome(c.rma());
		};
	}

	private static String outcome(VolumeReturns.Rma rma) {
		if (rma.denied()) {
			return rma.approval != null ? "Goodwill exception not approved; explained our returns policy to the customer."
					: "Return not accepted: no statutory right and outside our returns policy. Explained to the customer.";
		}
		RmaStatus outcome = rma.outcome();
		if (outcome == null) {
			return rma.refundAmount != null ? "Refund of " + money(rma.refundAmount) + " agreed under " + rma.number
					+ "; payment to follow." : "Return authorised under " + rma.number + ".";
		}
		return switch (outcome) {
			case REFUNDED -> "Refund of " + money(rma.refundAmount) + switch (rma.refundMethod) {
				case ORIGINAL_PAYMENT_METHOD -> " paid to the card used to pay.";
				case CASH -> " paid in cash.";
				case BANK_TRANSFER -> " paid by bank transfer.";
				case GIFT_CARD -> " given as a gift card.";
			};
			case EXCHANGED -> "Exchanged for another item; the customer is happy with it.";
			case REPAIRED -> "Repaired free of charge and back with the customer.";
			default -> "Replaced free of charge; the new one works.";
		};
	}

	private static String money(BigDecimal amount) {
		return String.format(Locale.UK, "£%,.2f", amount);
	}

	private static LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, LONDON);
	}

	void flush() throws SQLException {
		rows.flush();
		closureRows.flush();
	}

	@Override
	public void close() throws SQLException {
		rows.close();
		closureRows.close();
	}

}
