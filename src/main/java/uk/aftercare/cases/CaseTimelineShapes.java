package uk.aftercare.cases;

import static uk.aftercare.cases.EntryShape.KEPT;
import static uk.aftercare.cases.EntryShape.TYPED;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The entries a case writes about itself. What the customer said on logging the case, a contact and a note are theirs
 * or staff's words, and go whole; a reason typed for a move of status goes, the move stays. The other kinds are only
 * ever the application's words (a type, an owner, a priority, an escalation's reasons, a flag, a target missed, which
 * of the customer's details were corrected or not taken).
 */
@Component
class CaseTimelineShapes implements TimelineShapes {

	@Override
	public Map<TimelineKind, List<EntryShape>> shapes() {
		String move = "Status " + KEPT + " → " + KEPT;
		List<EntryShape> statusChanged = new java.util.ArrayList<>();
		statusChanged.add(EntryShape.of(move + "."));
		statusChanged.add(EntryShape.of(move + ": " + TYPED));
		TimelineSummaries.OWN_REASONS.forEach(reason -> statusChanged.add(EntryShape.of(move + ": " + reason)));
		List<EntryShape> whole = List.of(EntryShape.wholeKept());
		return Map.of(TimelineKind.STATUS_CHANGED, statusChanged, TimelineKind.TYPE_CONFIRMED, whole,
				TimelineKind.TYPE_OVERRIDDEN, whole, TimelineKind.ASSIGNED, whole, TimelineKind.PRIORITY_CHANGED,
				whole, TimelineKind.ESCALATED, whole, TimelineKind.SLA_BREACHED, whole, TimelineKind.FLAGGED, whole,
				TimelineKind.CUSTOMER_DETAILS, whole);
	}

}
