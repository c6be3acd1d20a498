package uk.aftercare.followups;

import java.time.Instant;

/** One step of the complaint-handling checklist: whether, when and by whom it was done. */
public record ComplaintStepView(ComplaintStep step, boolean done, String doneBy, Instant doneAt, String note) {
}
