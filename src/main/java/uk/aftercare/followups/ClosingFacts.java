package uk.aftercare.followups;

import java.util.List;
import java.util.Optional;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;

/**
 * What the closing page needs to know about a case before staff close it.
 *
 * @param latestClosure        how the case was last closed (who, when), while it is closed; else null
 * @param mailServerConfigured whether e-mails reach customers at all (else they are only kept on the case)
 */
public record ClosingFacts(CaseView serviceCase, List<FollowUpView> openFollowUps, ContactPreferenceView preference,
		List<ComplaintStep> missingComplaintSteps, ClosureView latestClosure, boolean mailServerConfigured) {

	public boolean canClose() {
		return serviceCase.status() == CaseStatus.RESOLVED && !serviceCase.approvalPending();
	}

	/** Resolved, but a refund or goodwill exception still waits for a decision. */
	public boolean waitsForApproval() {
		return serviceCase.status() == CaseStatus.RESOLVED && serviceCase.approvalPending();
	}

	public boolean isClosed() {
		return serviceCase.status() == CaseStatus.CLOSED;
	}

	/** Why the customer cannot be e-mailed, if they cannot. */
	public Optional<EmailBlock> emailBlock() {
		return preference.updateBlock(serviceCase.customerEmail());
	}

}
