package uk.aftercare.followups;

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

import uk.aftercare.classification.CaseType;

/** How a case was closed. One row per closing (a reopened case closes again); never changed afterwards. */
@Entity
@Immutable
@Table(name = "case_closure")
class CaseClosure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "case_type", nullable = false, length = 20)
	private CaseType caseType;

	@Column(nullable = false, length = ClosingPolicy.MAX_OUTCOME)
	private String outcome;

	@Column(name = "outcome_confirmed", nullable = false)
	private boolean outcomeConfirmed;

	@Column(name = "customer_thanked", nullable = false)
	private boolean customerThanked;

	@Column(name = "feedback_invited", nullable = false)
	private boolean feedbackInvited;

	@Enumerated(EnumType.STRING)
	@Column(name = "root_cause", length = 30)
	private RootCause rootCause;

	@Column(name = "preventive_measure", length = ClosingPolicy.MAX_PREVENTIVE_MEASURE)
	private String preventiveMeasure;

	@Column(name = "open_follow_ups", nullable = false)
	private int openFollowUps;

	@Column(name = "open_follow_ups_reason", length = ClosingPolicy.MAX_OPEN_FOLLOW_UPS_REASON)
	private String openFollowUpsReason;

	@Column(name = "closed_by", nullable = false, length = 60)
	private String closedBy;

	@Column(name = "closed_at", nullable = false)
	private Instant closedAt;

	protected CaseClosure() {
	}

	CaseClosure(String caseNumber, CaseType caseType, ClosingRequest request, int openFollowUps, String closedBy,
			Instant closedAt) {
		boolean complaint = caseType == CaseType.COMPLAINT;
		this.caseNumber = caseNumber;
		this.caseType = caseType;
		this.outcome = request.outcome();
		this.outcomeConfirmed = request.outcomeConfirmed();
		this.customerThanked = request.customerThanked();
		this.feedbackInvited = request.feedbackInvited();
		this.rootCause = complaint ? request.rootCause() : null;
		this.preventiveMeasure = complaint ? request.preventiveMeasure() : null;
		this.openFollowUps = openFollowUps;
		this.openFollowUpsReason = openFollowUps > 0 ? request.openFollowUpsReason() : null;
		this.closedBy = closedBy;
		this.closedAt = closedAt;
	}

	ClosureView toView() {
		return new ClosureView(caseNumber, caseType, outcome, outcomeConfirmed, customerThanked, feedbackInvited,
				rootCause, preventiveMeasure, openFollowUps, openFollowUpsReason, closedBy, closedAt);
	}

}
