package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.aftercare.feedback.FeedbackPolicy.Violation;

class FeedbackPolicyTest {

	private final FeedbackPolicy policy = new FeedbackPolicy();

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 5 })
	void acceptsScoresFromOneToFive(int score) {
		assertThat(policy.check(new FeedbackAnswer(score, true, "Thanks"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 6, -1, 10 })
	void refusesScoresOutsideOneToFive(int score) {
		assertThat(policy.check(new FeedbackAnswer(score, true, null)))
			.containsExactly(new Violation("score", "feedback.score.range"));
	}

	@Test
	void requiresAScoreAndAnAnswerToWasItResolved() {
		assertThat(policy.check(new FeedbackAnswer(null, null, null))).containsExactly(
				new Violation("score", "feedback.score.required"), new Violation("resolved", "feedback.resolved.required"));
	}

	@Test
	void limitsTheCommentTo2000Characters() {
		assertThat(policy.check(new FeedbackAnswer(4, true, "x".repeat(2001))))
			.containsExactly(new Violation("comment", "feedback.comment.tooLong"));
	}

	@Test
	void feedbackRecordedByStaffWithNoSourceIsToldEveryOtherProblemToo() {
		assertThat(policy.checkRecordedByStaff(new FeedbackAnswer(null, null, "x".repeat(2001)), null)).containsExactly(
				new Violation("source", "feedback.source.required"), new Violation("score", "feedback.score.required"),
				new Violation("resolved", "feedback.resolved.required"), new Violation("comment", "feedback.comment.tooLong"));
	}

	@Test
	void staffRecordFeedbackTakenByPhoneOrInStoreButNotAsASurvey() {
		FeedbackAnswer answer = new FeedbackAnswer(4, true, null);

		assertThat(policy.checkRecordedByStaff(answer, FeedbackSource.PHONE)).isEmpty();
		assertThat(policy.checkRecordedByStaff(answer, FeedbackSource.IN_STORE)).isEmpty();
		assertThat(policy.checkRecordedByStaff(answer, FeedbackSource.SURVEY))
			.containsExactly(new Violation("source", "feedback.source.required"));
	}

	@Test
	void aCaseNeverClosedHasOnePeriodForFeedbackSinceItWasLogged() {
		Instant logged = Instant.parse("2026-11-01T09:00:00Z");

		assertThat(policy.periodStart(logged, Optional.empty())).isEqualTo(logged);
	}

	@Test
	void aClosedCaseHasOnePeriodForFeedbackSinceItsLatestClosing() {
		Instant logged = Instant.parse("2026-11-01T09:00:00Z");
		Instant closed = Instant.parse("2026-11-03T14:30:00Z");

		assertThat(policy.periodStart(logged, Optional.of(closed))).isEqualTo(closed);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void aLowScoreGetsASupervisorsCallBack(int score) {
		assertThat(policy.needsCallBack(score)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 4, 5 })
	void aMiddlingOrGoodScoreGetsNoCallBack(int score) {
		assertThat(policy.needsCallBack(score)).isFalse();
	}

}
