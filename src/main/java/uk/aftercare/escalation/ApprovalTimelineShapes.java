package uk.aftercare.escalation;

import static uk.aftercare.cases.EntryShape.KEPT;
import static uk.aftercare.cases.EntryShape.TYPED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.aftercare.cases.EntryShape;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.cases.TimelineShapes;

/**
 * The entries {@link Approvals} writes: a request (its kind, amount, who decides, the reasons as the rules word them)
 * and a decision with who made it stay; the note the decider typed goes.
 */
@Component
class ApprovalTimelineShapes implements TimelineShapes {

	@Override
	public Map<TimelineKind, List<EntryShape>> shapes() {
		List<EntryShape> shapes = new ArrayList<>();
		for (String asked : List.of(Approvals.REFUND_REQUESTED, Approvals.GOODWILL_REQUESTED,
				Approvals.REVIEW_REQUESTED, Approvals.REVIEW_WIDENED)) {
			shapes.add(EntryShape.of(asked + KEPT));
		}
		// What staff asked a supervisor to decide: typed, so it goes.
		shapes.add(EntryShape.of(SupervisorRequests.ASKED + " " + TYPED));
		// Passed on when its owner may no longer decide it: the staff named, why, and whether anyone can decide it.
		shapes.add(EntryShape.of(Approvals.REVIEW_PASSED_ON + KEPT));
		shapes.add(EntryShape.of(Approvals.REVIEW_UNOWNED + KEPT));
		for (String verb : List.of(Approvals.APPROVED, Approvals.REVIEWED, Approvals.REJECTED)) {
			shapes.add(EntryShape.of(verb + " by " + KEPT + "."));
			shapes.add(EntryShape.of(verb + " by " + KEPT + ": " + TYPED));
		}
		return Map.of(TimelineKind.APPROVAL, shapes);
	}

}
