package uk.aftercare.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One piece of feedback on a case, from the survey or recorded by staff. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "customer_feedback")
class CustomerFeedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Column(nullable = false)
	private int score;

	@Column(nullable = false)
	private boolean resolved;

	@Column(length = FeedbackPolicy.MAX_COMMENT)
	private String comment;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FeedbackSource source;

	/** The survey link answered, so one link can only ever give one answer (unique in the schema). */
	@Column(name = "invitation_id", unique = true)
	private Long invitationId;

	@Column(name = "recorded_by", nullable = false, length = 60)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected CustomerFeedback() {
	}

	CustomerFeedback(String caseNumber, FeedbackAnswer answer, FeedbackSource source, Long invitationId,
			String recordedBy, Instant recordedAt) {
		this.caseNumber = caseNumber;
		this.score = answer.score();
		this.resolved = answer.resolved();
		this.comment = answer.comment();
		this.source = source;
		this.invitationId = invitationId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	FeedbackView toView() {
		return new FeedbackView(id, caseNumber, score, resolved, comment, source, recordedBy, recordedAt);
	}

}
