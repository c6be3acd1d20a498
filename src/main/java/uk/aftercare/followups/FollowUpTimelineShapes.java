package uk.aftercare.followups;

import static uk.aftercare.cases.EntryShape.KEPT;
import static uk.aftercare.cases.EntryShape.KEPT_TEXT;
import static uk.aftercare.cases.EntryShape.TYPED;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.aftercare.cases.EntryShape;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.cases.TimelineShapes;

/**
 * The entries this module writes, as its services word them. A follow-up's steps, the complaint-handling steps, a
 * closing's checklist, root cause and preventive measure and a change of contact preferences stay; a note, an outcome,
 * a reason, an e-mail's address and an update's subject (a manager's template may name the customer in it, and a letter
 * marked as posted names it again) and a final response's outcome go.
 */
@Component
class FollowUpTimelineShapes implements TimelineShapes {

	private final Wording wording;

	FollowUpTimelineShapes(Wording wording) {
		this.wording = wording;
	}

	@Override
	public Map<TimelineKind, List<EntryShape>> shapes() {
		return Map.of(TimelineKind.FOLLOW_UP, followUps(), TimelineKind.CUSTOMER_UPDATE, customerUpdates(),
				TimelineKind.CONTACT_PREFERENCES, List.of(EntryShape.of(wording.text("preference.timeline", KEPT, KEPT,
						KEPT))),
				TimelineKind.COMPLAINT_HANDLING, List.of(EntryShape.of(wording.text("complaint.timeline", KEPT))
					.optionally(" " + wording.text("complaint.timeline.note", TYPED))),
				TimelineKind.CLOSING, List.of(closing()),
				// Closing moves the case with a reason of its own (ClosingService).
				TimelineKind.STATUS_CHANGED, List.of(EntryShape.of("Status " + KEPT + " → " + KEPT + ": "
						+ wording.text("closing.statusReason"))));
	}

	private List<EntryShape> followUps() {
		return List.of(
				EntryShape.of(wording.text("followUp.timeline.scheduled", KEPT, KEPT, KEPT))
					.optionally(" " + wording.text("followUp.timeline.automatic", KEPT))
					.optionally(" " + wording.text("followUp.timeline.note", TYPED)),
				EntryShape.of(wording.text("followUp.timeline.done", KEPT, KEPT, TYPED)),
				EntryShape.of(wording.text("followUp.timeline.cancelled", KEPT, KEPT, TYPED)),
				EntryShape.of(wording.text("followUp.timeline.passedOn", KEPT, KEPT, KEPT, KEPT)),
				EntryShape.of(wording.text("followUp.timeline.reassigned", KEPT, KEPT, KEPT, KEPT)),
				EntryShape.of(wording.text("followUp.timeline.reassigned.madeStaff", KEPT, KEPT, KEPT, KEPT)));
	}

	private List<EntryShape> customerUpdates() {
		return List.of(EntryShape.of(wording.text("customerUpdate.timeline.emailed", KEPT, TYPED, TYPED)),
				EntryShape.of(wording.text("customerUpdate.timeline.kept", KEPT, TYPED, TYPED)),
				EntryShape.of(wording.text("customerUpdate.timeline.letter", KEPT, TYPED)),
				EntryShape.of(wording.text("customerUpdate.timeline.letter.noAddress", KEPT, TYPED)),
				EntryShape.of(wording.text("letter.timeline.posted", KEPT, KEPT, KEPT, TYPED)),
				finalResponse(wording.text("finalResponse.timeline.letter")),
				finalResponse(wording.text("finalResponse.timeline.letter.noAddress")),
				finalResponse(wording.text("finalResponse.timeline.emailed", TYPED)),
				finalResponse(wording.text("finalResponse.timeline.kept", TYPED)));
	}

	private EntryShape finalResponse(String how) {
		return EntryShape.of(wording.text("finalResponse.timeline", how, KEPT, KEPT, TYPED));
	}

	/** As ClosingService#checklistSummary puts it together, a line each. */
	private EntryShape closing() {
		return EntryShape.of(wording.text("closing.timeline.checklist"))
			.then("\n" + wording.text("closing.timeline.outcome", TYPED))
			.optionally("\n" + wording.text("closing.timeline.rootCause", KEPT, KEPT_TEXT))
			.optionally("\n" + wording.text("closing.timeline.openFollowUps", KEPT, TYPED))
			.optionally("\n" + wording.text("closing.timeline.noMailServer"));
	}

}
