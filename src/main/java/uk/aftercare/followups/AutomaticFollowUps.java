package uk.aftercare.followups;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.CaseService;
import uk.aftercare.escalation.ApprovalDecided;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.returns.ReturnAuthorisationMoved;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;

/**
 * The follow-ups nobody should have to remember: tell the customer an approval decision, confirm a refund reached
 * them, check a repair came back. Each is owned by the member of staff whose action started it.
 */
@Component
class AutomaticFollowUps {

	private static final Logger log = LoggerFactory.getLogger(AutomaticFollowUps.class);

	/** Card refunds usually show within five working days of being issued. */
	static final int REFUND_CHECK_WORKING_DAYS = 5;

	/** A repair is expected back within two weeks; check then. */
	static final int REPAIR_CHECK_DAYS = 14;

	private final FollowUpService followUps;

	private final StaffDirectory staff;

	private final ShopClock clock;

	private final CaseService cases;

	private final ReturnAuthorisationService returnAuthorisations;

	AutomaticFollowUps(FollowUpService followUps, StaffDirectory staff, ShopClock clock, CaseService cases,
			ReturnAuthorisationService returnAuthorisations) {
		this.followUps = followUps;
		this.staff = staff;
		this.clock = clock;
		this.cases = cases;
		this.returnAuthorisations = returnAuthorisations;
	}

	/**
	 * Schedules, but never lets a follow-up that cannot be made (no active owner) undo the decision or step that
	 * asked for it: that is logged for an administrator instead.
	 */
	private void schedule(ScheduleFollowUp request, String actor) {
		// Checked first: an exception from the service would mark the whole transaction for rollback.
		if (staff.find(request.owner()).filter(StaffMember::enabled).isEmpty()) {
			log.warn("No automatic {} follow-up on {}: {} is not an active member of staff.", request.purpose(),
					request.caseNumber(), request.owner());
			return;
		}
		followUps.schedule(request, actor);
	}

	/** The intended owner if they can still sign in; otherwise whoever acted, so the follow-up is never lost. */
	private String owner(String intended, String fallback) {
		return staff.find(intended).filter(StaffMember::enabled).map(StaffMember::username).orElse(fallback);
	}

	@EventListener
	void on(ApprovalDecided decided) {
		ApprovalView a = decided.approval();
		// A refused deduction decides nothing the customer is to be told: their claim stands, and staff change or
		// clear the deduction on the return, which asks again. That decision is the one the customer hears of.
		if (a.kind() == ApprovalKind.REVIEW || returnAuthorisations.refusesOnlyTheDeduction(a)) {
			return;
		}
		String outcome = decided.approved() ? "approved" : "not approved";
		// While another request on the case waits, no outcome may be sent to the customer (CustomerUpdateService):
		// the follow-up says to wait for it, so that both are told together.
		String when = cases.get(a.caseNumber()).approvalPending()
				? "When the other request on this case is decided, tell the customer: " : "Tell the customer: ";
		// Read out to the customer: the decider by the name they sign with, not their username.
		String told = when + (a.kind() == ApprovalKind.REFUND ? "the refund" : "the goodwill exception")
				+ " was " + outcome + " by " + staff.displayName(a.decidedBy()).orElse(a.decidedBy());
		schedule(new ScheduleFollowUp(a.caseNumber(), FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.APPROVAL_DECISION, WorkingDays.nextAfter(clock.today()),
				owner(a.requestedBy(), a.decidedBy()),
				a.decisionNote() == null ? told + "."
						: told + " (" + shortened(a.decisionNote(), FollowUp.MAX_TEXT - told.length() - 4) + ")."),
				a.decidedBy());
	}

	/**
	 * A decision note may be twice as long as a follow-up's note; the whole note stays on the approval and the
	 * case's timeline, so the follow-up quotes only as much as fits.
	 */
	static String shortened(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end).stripTrailing() + "…";
	}

	@EventListener
	void on(ReturnAuthorisationMoved moved) {
		LocalDate today = clock.today();
		if (moved.status() == RmaStatus.REFUNDED) {
			LocalDate due = today;
			for (int i = 0; i < REFUND_CHECK_WORKING_DAYS; i++) {
				due = WorkingDays.nextAfter(due);
			}
			schedule(new ScheduleFollowUp(moved.caseNumber(), FollowUpPurpose.CONFIRM_REFUND_RECEIVED,
					FollowUpOrigin.REFUND_ISSUED, due, moved.actor(),
					"Check the customer received the refund for " + moved.rmaNumber() + "."), moved.actor());
		}
		else if (moved.status() == RmaStatus.INSPECTED && moved.offeredRemedy() == Remedy.REPAIR_OR_REPLACEMENT) {
			schedule(new ScheduleFollowUp(moved.caseNumber(), FollowUpPurpose.CHECK_REPAIR,
					FollowUpOrigin.REPAIR_DUE_BACK, today.plusDays(REPAIR_CHECK_DAYS), moved.actor(),
					"Check the repair or replacement for " + moved.rmaNumber() + " is back with the customer."),
					moved.actor());
		}
	}

}
