package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SurveyInvitationTest {

	private static final Instant SENT = Instant.parse("2026-11-02T10:00:00Z");

	private static final Instant EXPIRES = SENT.plus(Duration.ofDays(30));

	private static SurveyInvitation invitation() {
		return new SurveyInvitation("AC-2026-000001", SurveyTokens.hash(SurveyTokens.newToken()), SENT, EXPIRES);
	}

	@Test
	void canBeAnsweredUntilItExpires() {
		SurveyInvitation invitation = invitation();

		assertThat(invitation.stateAt(SENT)).isEqualTo(SurveyState.OPEN);
		assertThat(invitation.stateAt(EXPIRES.minusSeconds(1))).isEqualTo(SurveyState.OPEN);
		assertThat(invitation.stateAt(EXPIRES)).isEqualTo(SurveyState.EXPIRED);
	}

	@Test
	void canBeUsedOnlyOnce() {
		SurveyInvitation invitation = invitation();
		invitation.use(SENT.plusSeconds(60));

		assertThat(invitation.stateAt(SENT.plusSeconds(61))).isEqualTo(SurveyState.USED);
		assertThatThrownBy(() -> invitation.use(SENT.plusSeconds(120)))
			.isInstanceOfSatisfying(SurveyUnavailableException.class,
					e -> assertThat(e.state()).isEqualTo(SurveyState.USED));
	}

	@Test
	void cannotBeUsedAfterItExpires() {
		assertThatThrownBy(() -> invitation().use(EXPIRES.plusSeconds(1)))
			.isInstanceOfSatisfying(SurveyUnavailableException.class,
					e -> assertThat(e.state()).isEqualTo(SurveyState.EXPIRED));
	}

}
