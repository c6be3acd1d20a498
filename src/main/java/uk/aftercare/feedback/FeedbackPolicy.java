package uk.aftercare.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes feedback valid, and what it should lead to: a score from 1 to 5, an answer to "was it resolved?", a
 * comment of at most 2,000 characters. A score of 1 or 2 means the customer is unhappy enough that a supervisor
 * should call them back. A case gets one piece of feedback per period ({@link #periodStart}).
 */
public final class FeedbackPolicy {

	public static final int MIN_SCORE = 1;

	public static final int MAX_SCORE = 5;

	public static final int MAX_COMMENT = 2000;

	/** Scores at or below this get a supervisor's call-back. */
	public static final int CALL_BACK_AT_OR_BELOW = 2;

	public List<Violation> check(FeedbackAnswer answer) {
		List<Violation> violations = new ArrayList<>();
		if (answer.score() == null) {
			violations.add(new Violation("score", "feedback.score.required"));
		}
		else if (answer.score() < MIN_SCORE || answer.score() > MAX_SCORE) {
			violations.add(new Violation("score", "feedback.score.range"));
		}
		if (answer.resolved() == null) {
			violations.add(new Violation("resolved", "feedback.resolved.required"));
		}
		if (answer.comment() != null && answer.comment().length() > MAX_COMMENT) {
			violations.add(new Violation("comment", "feedback.comment.tooLong"));
		}
		return violations;
	}

	/**
	 * Feedback a member of staff took: every rule of {@link #check} and, first in the form's order, how it was taken
	 * (by phone or in store; the survey answers itself). Every broken rule at once.
	 */
	public List<Violation> checkRecordedByStaff(FeedbackAnswer answer, FeedbackSource source) {
		List<Violation> violations = new ArrayList<>();
		if (source != FeedbackSource.PHONE && source != FeedbackSource.IN_STORE) {
			violations.add(new Violation("source", "feedback.source.required"));
		}
		violations.addAll(check(answer));
		return violations;
	}

	/**
	 * Where the period a piece of feedback counts for begins: a case gets one piece of feedback per period, so the
	 * reports count the customer once and a low score asks for one call-back. Before the case is first closed the
	 * period began when it was logged; after, at its latest closing (a case reopened keeps that closing's feedback
	 * until it is closed again).
	 *
	 * @param loggedAt   when the case was logged
	 * @param lastClosed when the case was last closed, if it ever was
	 */
	public Instant periodStart(Instant loggedAt, Optional<Instant> lastClosed) {
		return lastClosed.orElse(loggedAt);
	}

	public boolean needsCallBack(int score) {
		return score <= CALL_BACK_AT_OR_BELOW;
	}

	/**
	 * One invalid field, the message code that explains it and the message's arguments.
	 */
	public record Violation(String field, String code, List<Object> args) {

		public Violation(String field, String code) {
			this(field, code, List.of());
		}

		public Violation {
			args = List.copyOf(args);
		}

	}

}
