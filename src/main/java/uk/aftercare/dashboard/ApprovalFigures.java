package uk.aftercare.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;

/** Approval requests of one kind: how many wait and since when, and how quickly decided ones were decided. */
public final class ApprovalFigures {

	private ApprovalFigures() {
	}

	/** Requests of this kind still waiting for a decision, and when the oldest was made. */
	public record Pending(ApprovalKind kind, long requests, Instant oldestRequestedAt) {

		public long hoursWaitingAt(Instant now) {
			return Duration.between(oldestRequestedAt, now).toHours();
		}

	}

	/**
	 * One request still waiting for a decision, as the dashboard lists the requests behind its count: its reasons are
	 * escalation reason codes, its required approver a role's name.
	 */
	public record Waiting(long id, ApprovalKind kind, String caseNumber, BigDecimal amount, List<String> reasons,
			String requiredApprover, boolean urgent, String requestedBy, String owner, Instant requestedAt) {

		public Duration age(Instant now) {
			return Duration.between(requestedAt, now);
		}

	}

	/**
	 * One request decided in the turnaround period, as the dashboard lists the requests behind its Decided and
	 * Approved counts: its outcome is approved or rejected.
	 */
	public record Decided(long id, ApprovalKind kind, String caseNumber, BigDecimal amount, String requestedBy,
			Instant requestedAt, String decidedBy, ApprovalStatus outcome, Instant decidedAt) {

		/** Hours from the request to its decision, as the turnaround figures measure them. */
		public double hoursTaken() {
			return Duration.between(requestedAt, decidedAt).toSeconds() / 3600.0;
		}

		/** The hours taken as the dashboard shows them, rounded as the turnaround's are. */
		public BigDecimal roundedHoursTaken() {
			return OneDecimal.of(hoursTaken());
		}

	}

	/** Requests of this kind decided in the period, and the hours from request to decision. */
	public record Turnaround(ApprovalKind kind, long decided, long approved, double averageHours,
			double medianHours) {

		/** The average as the table and the chart both show it. */
		public BigDecimal roundedAverageHours() {
			return OneDecimal.of(averageHours);
		}

		/** The median as the table and the chart both show it. */
		public BigDecimal roundedMedianHours() {
			return OneDecimal.of(medianHours);
		}

	}

}
