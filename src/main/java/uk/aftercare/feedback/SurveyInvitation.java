package uk.aftercare.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A survey link e-mailed after closure. It can be answered once, until it expires. Opening the link changes
 * nothing (mail scanners open links); only submitting the answer uses it. It keeps the expiry the customer was told
 * whatever happens to it. Its version moves on only when it is used or withdrawn (by feedback staff took, or by the
 * customer's erasure: {@link SurveyInvitationRepository#withdraw}, {@link FeedbackPersonalData#erase}), so a link
 * never answered whose version moved on was withdrawn.
 */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Version
	private long version;

	protected SurveyInvitation() {
	}

	SurveyInvitation(String caseNumber, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.caseNumber = caseNumber;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	SurveyState stateAt(Instant now) {
		return stateOf(usedAt, expiresAt, now);
	}

	/** The state of a link used at {@code usedAt} (null if never) that expires at {@code expiresAt}. */
	static SurveyState stateOf(Instant usedAt, Instant expiresAt, Instant now) {
		if (usedAt != null) {
			return SurveyState.USED;
		}
		return now.isBefore(expiresAt) ? SurveyState.OPEN : SurveyState.EXPIRED;
	}

	/** Uses the link up. @throws SurveyUnavailableException when it was used before or has expired */
	void use(Instant now) {
		SurveyState state = stateAt(now);
		if (state != SurveyState.OPEN) {
			throw new SurveyUnavailableException(state);
		}
		usedAt = now;
	}

	Long getId() {
		return id;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	long getVersion() {
		return version;
	}

}
