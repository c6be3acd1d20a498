package uk.aftercare.feedback;

import static uk.aftercare.cases.EntryShape.KEPT;
import static uk.aftercare.cases.EntryShape.TYPED;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.EntryShape;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.cases.TimelineShapes;

/** The feedback entry ({@link FeedbackService}): how it came, the score and whether it was resolved stay; the comment goes. */
@Component
class FeedbackTimelineShapes implements TimelineShapes {

	private final MessageSource messages;

	FeedbackTimelineShapes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<TimelineKind, List<EntryShape>> shapes() {
		return Map.of(TimelineKind.FEEDBACK, List.of(EntryShape.of(text("feedback.timeline", KEPT, KEPT, KEPT))
			.optionally(" " + text("feedback.timeline.comment", TYPED))));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
