package uk.aftercare.escalation;

import java.util.List;

/**
 * A request for approval is waiting in the supervisors' queue: a new one, or a review already waiting that was widened
 * with reasons it did not have.
 *
 * @param addedReasons the reasons a widened review did not have before; empty for a new request
 * @param widenedBy    who added them; null for a new request
 */
public record ApprovalRequested(ApprovalView approval, List<EscalationReason> addedReasons, String widenedBy) {

	public ApprovalRequested {
		addedReasons = List.copyOf(addedReasons);
	}

	/** A new request. */
	public ApprovalRequested(ApprovalView approval) {
		this(approval, List.of(), null);
	}

	/** Whether a review already waiting was widened, rather than a new request made. */
	public boolean widened() {
		return !addedReasons.isEmpty();
	}

}
