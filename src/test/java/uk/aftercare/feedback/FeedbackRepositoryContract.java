package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/** The feedback tables, on H2 and on a real PostgreSQL (see the two subclasses). */
@Transactional
abstract class FeedbackRepositoryContract {

	private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

	@Autowired
	SurveyInvitationRepository invitations;

	@Autowired
	CustomerFeedbackRepository feedback;

	@Autowired
	TestEntityManager em;

	private SurveyInvitation invite(String caseNumber, String token) {
		return invitations.saveAndFlush(new SurveyInvitation(caseNumber, SurveyTokens.hash(token), NOW,
				NOW.plus(Duration.ofDays(30))));
	}

	@Test
	void findsAnInvitationOnlyByTheHashOfItsToken() {
		String token = SurveyTokens.newToken();
		invite("AC-2026-000001", token);
		em.clear();

		assertThat(invitations.findByTokenHash(SurveyTokens.hash(token))).get()
			.extracting(SurveyInvitation::getCaseNumber)
			.isEqualTo("AC-2026-000001");
		assertThat(invitations.findByTokenHash(token)).isEmpty();
	}

	@Test
	void acceptsOneAnswerPerSurveyLink() {
		SurveyInvitation invitation = invite("AC-2026-000002", SurveyTokens.newToken());
		feedback.saveAndFlush(new CustomerFeedback("AC-2026-000002", new FeedbackAnswer(2, false, "Slow"),
				FeedbackSource.SURVEY, invitation.getId(), "customer", NOW));

		assertThatThrownBy(() -> feedback.saveAndFlush(new CustomerFeedback("AC-2026-000002",
				new FeedbackAnswer(5, true, null), FeedbackSource.SURVEY, invitation.getId(), "customer", NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void listsACasesFeedbackOldestFirst() {
		feedback.save(new CustomerFeedback("AC-2026-000003", new FeedbackAnswer(4, true, null), FeedbackSource.PHONE,
				null, "sam", NOW.plusSeconds(60)));
		feedback.save(new CustomerFeedback("AC-2026-000003", new FeedbackAnswer(1, false, "x".repeat(2000)),
				FeedbackSource.IN_STORE, null, "sam", NOW));
		feedback.save(new CustomerFeedback("AC-2026-000004", new FeedbackAnswer(3, true, null), FeedbackSource.PHONE,
				null, "sam", NOW));
		em.flush();
		em.clear();

		assertThat(feedback.findByCaseNumberOrderByRecordedAtAscIdAsc("AC-2026-000003"))
			.extracting(f -> f.toView().score())
			.containsExactly(1, 4);
	}

}
