package uk.aftercare.followups;

import java.util.List;
import java.util.Optional;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.classification.CaseType;

/**
 * What the closing page needs to know about a case before staff close it.
 *
 * @param latestClosure        how the case was last closed (who, when), while it is closed; else null
 * @param mailServerConfigured whether e-mails reach customers at all (else they are only kept on the case)
 * @param returns              every return authorisation on the case
 */
public record ClosingFacts(CaseView serviceCase, List<FollowUpView> openFollowUps, ContactPreferenceView preference,
		List<ComplaintStep> missingComplaintSteps, ClosureView latestClosure, boolean mailServerConfigured,
		List<ClosingPolicy.ReturnOnCase> returns) {

	/** The case's return authorisations that keep it from closing: not yet finished, oldest first as raised. */
	public List<ClosingPolicy.ReturnOnCase> unfinishedReturns() {
		return returns.stream().filter(rma -> !rma.status().finished()).toList();
	}

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

	/**
	 * Every closing rule {@code request} breaks on this case, as {@link ClosingService#close} would find them. The
	 * page uses it to name them all when a field could not even be read, without trying to close.
	 */
	public List<ClosingPolicy.Violation> violations(ClosingRequest request) {
		return new ClosingPolicy().check(request, serviceCase.type() == CaseType.COMPLAINT, openFollowUps.size(),
				emailBlock().isEmpty(), returns);
	}

	/** Why the customer cannot be e-mailed, if they cannot. */
	public Optional<EmailBlock> emailBlock() {
		return preference.updateBlock(serviceCase.customerEmail());
	}

}
