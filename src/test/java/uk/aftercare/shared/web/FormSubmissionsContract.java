package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.ShopClock;

/**
 * The sent forms' table, on H2 and on a real PostgreSQL (see the two subclasses): a token is claimed once, keeping
 * what its form was sent with, and a refused second claim (a unique-key violation in a transaction of its own) leaves
 * the connection usable.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class FormSubmissionsContract {

	private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	private FormSubmissions submissions;

	@BeforeEach
	void store() {
		submissions = new FormSubmissions(new JdbcTemplate(dataSource), transactionManager,
				new ShopClock(Clock.fixed(NOW, ZoneId.of("Europe/London"))));
	}

	@Test
	void aTokenIsClaimedOnceAndASecondClaimSeesHowTheFirstEnded() {
		String token = SubmissionTokens.newToken();

		assertThat(submissions.claim("pat", token, null)).isEmpty();
		assertThat(submissions.claim("pat", token, null)).get().extracting(FormSubmissions.Earlier::finished)
			.isEqualTo(false);
		assertThat(submissions.claim("sid", token, null)).isEmpty();

		submissions.finish("pat", token, "/returns/RMA-2026-000001");
		assertThat(submissions.claim("pat", token, null)).get().extracting(FormSubmissions.Earlier::location)
			.isEqualTo("/returns/RMA-2026-000001");
	}

	@Test
	void aSecondClaimSeesWhatTheFirstWasSentWithOrNothingForOneRecordedWithout() {
		String token = SubmissionTokens.newToken();
		String fingerprint = "a".repeat(64);
		submissions.claim("pat", token, fingerprint);
		submissions.claim("sid", token, null);

		assertThat(submissions.claim("pat", token, "b".repeat(64))).get()
			.extracting(FormSubmissions.Earlier::fingerprint)
			.isEqualTo(fingerprint);
		assertThat(submissions.find("sid", token)).get().extracting(FormSubmissions.Earlier::fingerprint).isNull();
	}

	@Test
	void aReleasedTokenCanBeClaimedAgain() {
		String token = SubmissionTokens.newToken();
		submissions.claim("pat", token, null);

		submissions.release("pat", token);

		assertThat(submissions.find("pat", token)).isEmpty();
		assertThat(submissions.claim("pat", token, null)).isEmpty();
	}

	@Test
	void forgetsOnlyTheFormsSentBeforeTheCutoff() {
		String token = SubmissionTokens.newToken();
		submissions.claim("pat", token, null);

		submissions.removeSentBefore(NOW);
		assertThat(submissions.claim("pat", token, null)).isPresent();
		submissions.removeSentBefore(NOW.plusSeconds(1));
		assertThat(submissions.claim("pat", token, null)).isEmpty();
	}

}
