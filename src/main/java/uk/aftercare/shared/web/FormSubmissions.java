package uk.aftercare.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import uk.aftercare.shared.JdbcRows;
import uk.aftercare.shared.ShopClock;

/**
 * The forms each user has sent, by their one-time token (table {@code form_submission}): claimed before a form is
 * handled, each in a short transaction of its own so the row is seen by a second sending at once; the unique
 * (owner, token) constraint decides which of two sendings arriving together goes on. A row is kept a week: long
 * enough for any resend of a page still open. It holds none of the values typed, only a salted digest of them
 * ({@link FormFingerprint}).
 */
class FormSubmissions {

	private static final Logger log = LoggerFactory.getLogger(FormSubmissions.class);

	/** How long a sent form's token is remembered. */
	static final Duration KEPT = Duration.ofDays(7);

	/** The longest redirect location kept; an answer that sends elsewhere than that is not remembered. */
	static final int LOCATION_LENGTH = 1000;

	/**
	 * What became of the first sending of a form: where it redirected, or null while it is still being handled; and
	 * what it was sent with ({@link FormFingerprint}), null for sendings recorded before that was kept.
	 */
	record Earlier(String location, String fingerprint) {

		boolean finished() {
			return location != null;
		}

		/** Whether it is known to have been sent with other values than these. */
		boolean sentWithOtherValuesThan(String fingerprint) {
			return this.fingerprint != null && !this.fingerprint.equals(fingerprint);
		}

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ShopClock clock;

	FormSubmissions(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ShopClock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records that this user sent the form with this token and these values: empty when it is its first sending,
	 * which goes on; otherwise what became of the first.
	 */
	Optional<Earlier> claim(String owner, String token, String fingerprint) {
		// Twice: the first sending may be given back (it showed the form again) between our insert and our look-up.
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				transaction.executeWithoutResult(status -> jdbc.update(
						"insert into form_submission (owner, token, fingerprint, created_at) values (?, ?, ?, ?)", owner,
						token, fingerprint, JdbcRows.utc(clock.now())));
				return Optional.empty();
			}
			catch (DuplicateKeyException sentBefore) {
				Optional<Earlier> earlier = find(owner, token);
				if (earlier.isPresent()) {
					return earlier;
				}
			}
		}
		return Optional.of(new Earlier(null, null));
	}

	/** What became of a sending of this form, if one is recorded. */
	Optional<Earlier> find(String owner, String token) {
		return jdbc.query("select location, fingerprint from form_submission where owner = ? and token = ?",
				(rs, row) -> new Earlier(rs.getString("location"), rs.getString("fingerprint")), owner, token)
			.stream()
			.findFirst();
	}

	/** The first sending redirected here: a second sending is sent here too. */
	void finish(String owner, String token, String location) {
		transaction.executeWithoutResult(status -> jdbc.update(
				"update form_submission set location = ? where owner = ? and token = ?", location, owner, token));
	}

	/** The sending saved nothing (the form was shown again, or it failed): the same token may be sent again. */
	void release(String owner, String token) {
		transaction.executeWithoutResult(status -> jdbc.update(
				"delete from form_submission where owner = ? and token = ?", owner, token));
	}

	/** Forgets the forms sent more than {@link #KEPT} ago. ShedLock makes one instance act when several run. */
	@Scheduled(cron = "${aftercare.forms.clean-up-cron:0 40 2 * * *}", zone = "${aftercare.zone:Europe/London}")
	@SchedulerLock(name = "form-submissions", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void removeExpired() {
		int removed = removeSentBefore(clock.now().minus(KEPT));
		if (removed > 0) {
			log.info("Forgot {} forms sent more than {} days ago.", removed, KEPT.toDays());
		}
	}

	int removeSentBefore(Instant cutoff) {
		return transaction.execute(status -> jdbc.update("delete from form_submission where created_at < ?",
				JdbcRows.utc(cutoff)));
	}

}
