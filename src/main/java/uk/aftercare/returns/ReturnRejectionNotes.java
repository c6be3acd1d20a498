package uk.aftercare.returns;

import org.springframework.stereotype.Component;

import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.RejectionNotes;

/**
 * A rejection's note reaches the customer when it denies a return authorisation still waiting (the customer's copy
 * prints it as "Why not"), never when it refuses only the deduction for use: the return stays open, and the note is
 * for staff (see {@link ReturnAuthorisationService#on}).
 */
@Component
class ReturnRejectionNotes implements RejectionNotes {

	private final ReturnAuthorisationService returns;

	ReturnRejectionNotes(ReturnAuthorisationService returns) {
		this.returns = returns;
	}

	@Override
	public boolean printedForCustomer(ApprovalView approval) {
		if (approval.kind() == ApprovalKind.REVIEW || approval.subjectRef() == null
				|| !approval.subjectRef().startsWith("RMA-")) {
			return false;
		}
		ReturnAuthorisationView rma = returns.get(approval.subjectRef());
		return rma.status() == RmaStatus.REQUESTED && !ReturnAuthorisationService.deductionRefusable(rma);
	}

}
