package uk.aftercare.followups;

import java.util.List;
import java.util.Optional;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;

/** What the closing page needs to know about a case before staff close it. */
public record ClosingFacts(CaseView serviceCase, List<FollowUpView> openFollowUps, ContactPreferenceView preference,
		List<ComplaintStep> missingComplaintSteps) {

	public boolean canClose() {
		return serviceCase.status() == CaseStatus.RESOLVED;
	}

	/** Why the customer cannot be e-mailed, if they cannot. */
	public Optional<EmailBlock> emailBlock() {
		return preference.updateBlock(serviceCase.customerEmail());
	}

}
