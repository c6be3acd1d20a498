package uk.aftercare.returns;

import static uk.aftercare.cases.EntryShape.KEPT;
import static uk.aftercare.cases.EntryShape.TYPED;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.EntryShape;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.cases.TimelineShapes;
import uk.aftercare.returns.RefundTerms.RefundBasis;

/**
 * The entries a return authorisation writes ({@link ReturnAuthorisationService}): each step, the decision, the refund
 * and its dates stay; the note staff typed with a step (why it was denied, what the inspection found) goes.
 */
@Component
class ReturnTimelineShapes implements TimelineShapes {

	private final MessageSource messages;

	ReturnTimelineShapes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<TimelineKind, List<EntryShape>> shapes() {
		List<EntryShape> shapes = new ArrayList<>();
		shapes.add(EntryShape.of(text("rma.timeline.REQUESTED", KEPT, KEPT, KEPT, KEPT, KEPT)));
		for (RmaStatus step : RmaStatus.values()) {
			if (step != RmaStatus.REQUESTED) {
				shapes.add(EntryShape.of(text("rma.timeline." + step, KEPT, KEPT, KEPT))
					.optionally(" " + text("rma.timeline.note", TYPED)));
			}
		}
		shapes.add(EntryShape.of(text("rma.timeline.proofOfPosting", KEPT, KEPT, KEPT, KEPT)));
		shapes.add(EntryShape.of(text("rma.timeline.proofOfPostingCorrected", KEPT, KEPT, KEPT, KEPT, KEPT)));
		for (RefundBasis basis : RefundBasis.values()) {
			shapes.add(EntryShape.of(text("rma.timeline.refundOverdue." + basis, KEPT, KEPT, KEPT)));
		}
		return Map.of(TimelineKind.RETURN_AUTHORISATION, shapes);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
