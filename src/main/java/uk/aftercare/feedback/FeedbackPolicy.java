package uk.aftercare.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes feedback valid, and what it should lead to: a score from 1 to 5, an answer to "was it resolved?", a
 * comment of at most 2,000 characters. A score of 1 or 2 means the customer is unhappy enough that a supervisor
 * should call them back.
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
		return checkRecordedByStaff(answer, source, Optional.empty());
	}

	/**
	 * As {@link #checkRecordedByStaff(FeedbackAnswer, FeedbackSource)}, and a closing gets one piece of feedback, so
	 * the reports count the customer once: none can be recorded by staff once the closing has some, whether the
	 * customer answered the e-mailed survey or staff recorded it before.
	 *
	 * @param counted the feedback already counted for the case's latest closing, if any
	 */
	public List<Violation> checkRecordedByStaff(FeedbackAnswer answer, FeedbackSource source,
			Optional<FeedbackView> counted) {
		List<Violation> violations = new ArrayList<>();
		if (counted.isPresent()) {
			violations.add(alreadyCounted(counted.get()));
		}
		else if (source != FeedbackSource.PHONE && source != FeedbackSource.IN_STORE) {
			violations.add(new Violation("source", "feedback.source.required"));
		}
		violations.addAll(check(answer));
		return violations;
	}

	/**
	 * Why no more feedback can be recorded for a closing that has this: the customer answered its survey on a day, or
	 * a member of staff recorded it on a day (the message names them and the moment).
	 */
	public Violation alreadyCounted(FeedbackView counted) {
		if (counted.source() == FeedbackSource.SURVEY) {
			return new Violation("source", "feedback.source.surveyAnswered", List.of(counted.recordedAt()));
		}
		return new Violation("source", "feedback.source.alreadyRecorded",
				List.of(counted.recordedBy(), counted.recordedAt()));
	}

	public boolean needsCallBack(int score) {
		return score <= CALL_BACK_AT_OR_BELOW;
	}

	/**
	 * One invalid field, the message code that explains it and the message's arguments (a moment as an
	 * {@link java.time.Instant}, for the page to show in the shop's time).
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
