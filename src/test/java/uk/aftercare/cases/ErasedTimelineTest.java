package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.cases.EntryShape.KEPT;
import static uk.aftercare.cases.EntryShape.KEPT_TEXT;
import static uk.aftercare.cases.EntryShape.TYPED;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ErasedTimelineTest {

	private static final List<String> JANE = Arrays.asList("Jane Smith", "jane@example.com", "07700 900123", null);

	/** Another module's shapes, as it might give them. */
	private static final TimelineShapes OTHERS = () -> Map.of(TimelineKind.APPROVAL, List.of(EntryShape.of("Approved by " + KEPT + "."),
					EntryShape.of("Approved by " + KEPT + ": " + TYPED)), TimelineKind.CLOSING,
					List.of(EntryShape.of("Outcome: " + TYPED).optionally("\nPreventive measure: " + KEPT_TEXT)),
					TimelineKind.STATUS_CHANGED,
					List.of(EntryShape.of("Status " + KEPT + " → " + KEPT + ": closed with the checklist")));

	private final ErasedTimeline timeline = new ErasedTimeline(List.of(new CaseTimelineShapes(), OTHERS));

	private String erase(TimelineKind kind, String summary) {
		return timeline.erase(kind, summary, JANE);
	}

	@Test
	void whatTheCustomerOrStaffWroteGoesWhole() {
		assertThat(erase(TimelineKind.OPENED, "My kettle leaks")).isEqualTo("[erased]");
		assertThat(erase(TimelineKind.CONTACT, "Told her to unplug it")).isEqualTo("[erased]");
		assertThat(erase(TimelineKind.NOTE, "Status Open → Resolved.")).isEqualTo("[erased]");
	}

	@Test
	void aMoveOfStatusKeepsTheMoveAndTheApplicationsOwnReasonAndLosesATypedOne() {
		assertThat(erase(TimelineKind.STATUS_CHANGED, "Status Open → Awaiting customer."))
			.isEqualTo("Status Open → Awaiting customer.");
		assertThat(erase(TimelineKind.STATUS_CHANGED, "Status Open → Resolved: told her it arrives on Friday."))
			.isEqualTo("Status Open → Resolved: [erased]");
		assertThat(erase(TimelineKind.STATUS_CHANGED, "Status Awaiting customer → In progress: the customer replied"))
			.isEqualTo("Status Awaiting customer → In progress: the customer replied");
		// Another module's reason, as close a fit as the case's own.
		assertThat(erase(TimelineKind.STATUS_CHANGED, "Status Resolved → Closed: closed with the checklist"))
			.isEqualTo("Status Resolved → Closed: closed with the checklist");
		assertThat(erase(TimelineKind.STATUS_CHANGED, "Status Open → Resolved: two\nlines."))
			.isEqualTo("Status Open → Resolved: [erased]");
	}

	@Test
	void theShapeWhoseWordingFitsMostOfTheEntryReadsIt() {
		assertThat(erase(TimelineKind.APPROVAL, "Approved by sue.")).isEqualTo("Approved by sue.");
		// "Approved by {kept}." fits too, with "sue: ok for Jane" as the decider: the closer fit erases the note.
		assertThat(erase(TimelineKind.APPROVAL, "Approved by sue: ok for her.")).isEqualTo("Approved by sue: [erased]");
		assertThat(erase(TimelineKind.CLOSING, "Outcome: refunded\nin full\nPreventive measure: Courier\nbriefed"))
			.isEqualTo("Outcome: [erased]\nPreventive measure: Courier\nbriefed");
	}

	@Test
	void anEntryOfAKindOrWordingNoShapeKnowsLosesItsWholeText() {
		assertThat(erase(TimelineKind.FEEDBACK, "Feedback (Phone): 5 out of 5, resolved.")).isEqualTo("[erased]");
		assertThat(erase(TimelineKind.APPROVAL, "Approved, says sue")).isEqualTo("[erased]");
	}

	@Test
	void keptWordsThatNameTheCustomerOrGiveTheirDetailsGoWhole() {
		assertThat(erase(TimelineKind.ASSIGNED, "Assigned from sam to Jane Smith.")).isEqualTo("[erased]");
		assertThat(erase(TimelineKind.ASSIGNED, "Assigned from sam to JANE@EXAMPLE.COM.")).isEqualTo("[erased]");
		assertThat(erase(TimelineKind.ESCALATED, "Escalated: call 07700900123.")).isEqualTo("[erased]");
		// Their name inside another word is not their name.
		assertThat(timeline.erase(TimelineKind.STATUS_CHANGED, "Status Open → Resolved.", List.of("Ed")))
			.isEqualTo("Status Open → Resolved.");
	}

	@Test
	void erasingAgainChangesNothingMore() {
		String once = erase(TimelineKind.APPROVAL, "Approved by sue: ok for her.");
		assertThat(erase(TimelineKind.APPROVAL, once)).isEqualTo(once);
		assertThat(erase(TimelineKind.NOTE, "[erased]")).isEqualTo("[erased]");
	}

}
