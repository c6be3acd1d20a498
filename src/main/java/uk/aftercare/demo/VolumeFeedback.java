package uk.aftercare.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.SplittableRandom;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.classification.CaseType;
import uk.aftercare.feedback.FeedbackPolicy;
import uk.aftercare.feedback.FeedbackSource;
import uk.aftercare.returns.RmaStatus;

/**
 * Survey invitations and feedback on closed cases, as closing and {@code FeedbackService} leave them. A customer who
 * agreed to surveys (about four in ten of those with an e-mail address) is invited whenever one of their cases closes,
 * and the consent is on record from the first time; about half answer within days, before the link expires. Staff
 * take some feedback by phone or in store. About a third of closed cases end with feedback: mostly 4 and 5, lower after
 * a complaint, a refused return or a missed target, a little better towards the end of the period; short comments now
 * and then, more often from unhappy customers, whose score of 1 or 2 gets a supervisor's call-back. Each closing gets
 * one piece of feedback, as in the application: feedback staff take withdraws the closing's unanswered survey link.
 */
final class VolumeFeedback implements AutoCloseable {

	static final String[] INVITATION_COLUMNS = { "id", "case_number", "token_hash", "created_at", "expires_at",
			"used_at", "version" };

	static final int[] INVITATION_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT };

	static final String[] FEEDBACK_COLUMNS = { "case_number", "score", "resolved", "comment", "source",
			"invitation_id", "recorded_by", "recorded_at" };

	static final int[] FEEDBACK_TYPES = { Types.VARCHAR, Types.INTEGER, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
			Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE };

	static final String[] PREFERENCE_COLUMNS = { "customer_id", "email_allowed", "survey_consent",
			"preferred_channel", "updated_by", "updated_at", "version" };

	static final int[] PREFERENCE_TYPES = { Types.BIGINT, Types.BOOLEAN, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT };

	/** Who the application records as giving a survey answer, and as creating the call-back after it. */
	private static final String SURVEY_ACTOR = "customer";

	private static final String SYSTEM_ACTOR = "system";

	private static final String[][] COMMENTS = { {},
			{ "Nobody called me back.", "Still waiting for my refund.", "Terrible experience, I will shop elsewhere.",
					"Had to explain everything three times." },
			{ "Took far too long to sort out.", "Had to chase it myself.", "Not happy with the outcome." },
			{ "OK in the end, but I had to chase.", "Fine, but the wait on the phone was long.",
					"Sorted, eventually." },
			{ "Good, but took a little longer than I hoped.", "Happy with the outcome.", "Helpful staff." },
			{ "Really helpful, thank you.", "Sorted quickly, very happy.", "The staff were lovely.",
					"Refund came through fast.", "Great service as always." } };

	private final SplittableRandom random;

	private final Instant now;

	private final Instant periodStart;

	private final Duration surveyValidity;

	private final long invitationBase;

	private final VolumeFollowUps followUps;

	private final MultiRowInsert invitations;

	private final MultiRowInsert feedback;

	private final MultiRowInsert preferences;

	/** Customers whose survey consent is on record already. */
	private final BitSet consentRecorded = new BitSet();

	private long invited;

	private long responses;

	VolumeFeedback(Connection connection, SplittableRandom random, Instant now, Instant periodStart,
			Duration surveyValidity, long invitationBase, VolumeFollowUps followUps,
			int rowsPerStatement) {
		this.random = random;
		this.now = now;
		this.periodStart = periodStart;
		this.surveyValidity = surveyValidity;
		this.invitationBase = invitationBase;
		this.followUps = followUps;
		this.invitations = new MultiRowInsert(connection, "survey_invitation", INVITATION_COLUMNS, INVITATION_TYPES,
				rowsPerStatement);
		this.feedback = new MultiRowInsert(connection, "customer_feedback", FEEDBACK_COLUMNS, FEEDBACK_TYPES,
				rowsPerStatement);
		this.preferences = new MultiRowInsert(connection, "contact_preference", PREFERENCE_COLUMNS, PREFERENCE_TYPES,
				rowsPerStatement);
	}

	long invitations() {
		return invited;
	}

	long responses() {
		return responses;
	}

	/** Whether the customer agreed to satisfaction surveys: fixed per customer, so all their cases agree. */
	static boolean agreesToSurveys(long customerNo) {
		return Math.floorMod(customerNo * 0x9E3779B97F4A7C15L >>> 33, 100) < 45;
	}

	/**
	 * The closing's survey invitation, if the customer agreed, and at most one piece of feedback: their answer to it,
	 * or else, now and then, feedback staff took, which withdraws the unanswered link as {@code FeedbackService} does
	 * (it keeps its expiry and its version moves on).
	 */
	void write(VolumeGenerator.GeneratedCase c) throws SQLException {
		if (c.status() != CaseStatus.CLOSED) {
			return;
		}
		Instant closedAt = c.closedAt();
		Long invitationId = null;
		Instant answeredAt = null;
		Instant expires = null;
		String tokenHash = null;
		if (c.customer().email() != null && agreesToSurveys(c.customerNo())) {
			int customer = (int) c.customerNo();
			if (!consentRecorded.get(customer)) {
				// The closing form records the consent the first time the customer agrees (ClosingService).
				preferences.add(c.customerId(), true, true, null, c.assignee(),
						VolumeGenerator.at(closedAt), 0L);
				consentRecorded.set(customer);
			}
			invitationId = invitationBase + 1 + invited++;
			expires = closedAt.plus(surveyValidity);
			if (random.nextDouble() < 0.55) {
				// Most answer the same day or the next, a few weeks later.
				long minutes = random.nextDouble() < 0.9 ? (long) Math.exp(random.nextDouble() * 8)
						: (long) (random.nextDouble() * surveyValidity.toMinutes());
				Instant at = closedAt.plus(Duration.ofMinutes(5 + minutes)).plusSeconds(random.nextInt(60));
				answeredAt = at.isBefore(expires) && at.isBefore(now) ? at : null;
			}
			tokenHash = token();
		}
		Instant takenByStaffAt = null;
		if (answeredAt == null && random.nextDouble() < 0.13) {
			Instant at = closedAt.plus(Duration.ofMinutes(2 + random.nextInt(60)));
			takenByStaffAt = at.isBefore(now) ? at : null;
		}
		if (invitationId != null) {
			boolean withdrawn = takenByStaffAt != null && takenByStaffAt.isBefore(expires);
			invitations.add(invitationId, c.caseNumber(), tokenHash, VolumeGenerator.at(closedAt),
					VolumeGenerator.at(expires), VolumeGenerator.at(answeredAt),
					answeredAt != null || withdrawn ? 1L : 0L);
		}
		if (answeredAt != null) {
			record(c, FeedbackSource.SURVEY, invitationId, SURVEY_ACTOR, answeredAt);
		}
		else if (takenByStaffAt != null) {
			record(c, c.channel() == ContactChannel.IN_STORE ? FeedbackSource.IN_STORE : FeedbackSource.PHONE, null,
					c.assignee(), takenByStaffAt);
		}
	}

	private void record(VolumeGenerator.GeneratedCase c, FeedbackSource source, Long invitationId, String actor,
			Instant at) throws SQLException {
		int score = score(c);
		boolean resolved = random.nextDouble() < switch (score) {
			case 5 -> 0.97;
			case 4 -> 0.92;
			case 3 -> 0.65;
			case 2 -> 0.3;
			default -> 0.15;
		};
		double commentChance = score <= 2 ? 0.6 : score == 3 ? 0.3 : 0.15;
		String comment = random.nextDouble() < commentChance ? VolumeTexts.pick(COMMENTS[score], random) : null;
		feedback.add(c.caseNumber(), score, resolved, comment, source.name(), invitationId, actor,
				VolumeGenerator.at(at));
		responses++;
		if (new FeedbackPolicy().needsCallBack(score)) {
			followUps.lowScoreCallBack(c.caseNumber(), score, label(source),
					source == FeedbackSource.SURVEY ? SYSTEM_ACTOR : actor, at);
		}
	}

	private int score(VolumeGenerator.GeneratedCase c) {
		boolean badExperience = c.slaBreached()
				|| (c.rma() != null && (c.rma().denied() || c.rma().refundOverdueFlagged))
				|| (c.type() == CaseType.COMPLAINT && random.nextDouble() < 0.5);
		double[] cumulative = badExperience ? new double[] { 0.10, 0.21, 0.38, 0.66 }
				: new double[] { 0.02, 0.05, 0.13, 0.42 };
		double r = random.nextDouble();
		int score = 5;
		for (int i = 0; i < cumulative.length; i++) {
			if (r < cumulative[i]) {
				score = i + 1;
				break;
			}
		}
		// Service got a little better over the period: the earlier the case, the likelier a point lower.
		double age = (double) Duration.between(c.createdAt(), now).toDays()
				/ Math.max(1, Duration.between(periodStart, now).toDays());
		if (score > 1 && random.nextDouble() < 0.1 * age) {
			score--;
		}
		if (c.rma() != null && c.rma().status == RmaStatus.REFUNDED && score < 5 && random.nextDouble() < 0.1) {
			score++;
		}
		return score;
	}

	/** 256 random bits as the application stores a token: its SHA-256 in hex. Nobody holds a generated link. */
	private String token() {
		HexFormat hex = HexFormat.of();
		return hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong())
				+ hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
	}

	private static String label(FeedbackSource source) {
		return switch (source) {
			case SURVEY -> "Survey";
			case PHONE -> "Phone call";
			case IN_STORE -> "In store";
		};
	}

	void flush() throws SQLException {
		preferences.flush();
		invitations.flush();
		feedback.flush();
	}

	@Override
	public void close() throws SQLException {
		invitations.close();
		feedback.close();
		preferences.close();
	}

}
