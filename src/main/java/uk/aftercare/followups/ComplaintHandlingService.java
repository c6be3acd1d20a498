package uk.aftercare.followups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;

/**
 * The complaint-handling checklist on COMPLAINT cases. Each step staff tick goes on the timeline with who and when,
 * so a supervisor can see how a complaint was handled, not just how it ended.
 */
@Service
public class ComplaintHandlingService {

	private final ComplaintStepRecordRepository steps;

	private final CaseService cases;

	private final ShopClock clock;

	private final Wording wording;

	ComplaintHandlingService(ComplaintStepRecordRepository steps, CaseService cases, ShopClock clock,
			Wording wording) {
		this.steps = steps;
		this.cases = cases;
		this.clock = clock;
		this.wording = wording;
	}

	/** Every step in order, done or not. */
	@Transactional(readOnly = true)
	public List<ComplaintStepView> progress(String caseNumber) {
		Map<ComplaintStep, ComplaintStepView> done = new EnumMap<>(ComplaintStep.class);
		steps.findByCaseNumber(cases.get(caseNumber).caseNumber()).forEach(r -> done.put(r.getStep(), r.toView()));
		return Arrays.stream(ComplaintStep.values())
			.map(s -> done.getOrDefault(s, new ComplaintStepView(s, false, null, null, null)))
			.toList();
	}

	/**
	 * Records the steps just done; steps recorded before are left as they were.
	 *
	 * @return the steps recorded now
	 * @throws ConflictException     when the case is not a complaint
	 * @throws InvalidInputException when no step is ticked or the note is too long
	 */
	@Transactional
	public List<ComplaintStep> record(String caseNumber, Set<ComplaintStep> doneNow, String note, String actor) {
		CaseView serviceCase = cases.get(caseNumber);
		if (serviceCase.type() != CaseType.COMPLAINT) {
			throw new ConflictException(wording.text("complaint.notComplaint"));
		}
		if (doneNow == null || doneNow.isEmpty()) {
			throw new InvalidInputException("steps", wording.text("complaint.steps.required"));
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > ComplaintStepRecord.MAX_NOTE) {
			throw new InvalidInputException("note", wording.text("complaint.note.tooLong"));
		}
		Set<ComplaintStep> already = stepsOf(steps.findByCaseNumber(serviceCase.caseNumber()));
		List<ComplaintStep> recorded = new ArrayList<>();
		for (ComplaintStep step : ComplaintStep.values()) {
			if (doneNow.contains(step) && !already.contains(step)) {
				steps.save(new ComplaintStepRecord(serviceCase.caseNumber(), step, text, actor, clock.now()));
				cases.record(serviceCase.caseNumber(), TimelineKind.COMPLAINT_HANDLING,
						wording.text("complaint.timeline", wording.text("complaintStage." + step.stage()),
								wording.label("complaintStep", step))
								+ (text == null ? "" : " " + wording.text("complaint.timeline.note", text)),
						actor);
				recorded.add(step);
			}
		}
		return recorded;
	}

	/** Steps not yet recorded on a complaint; none for other cases. */
	@Transactional(readOnly = true)
	public List<ComplaintStep> missingSteps(CaseView serviceCase) {
		if (serviceCase.type() != CaseType.COMPLAINT) {
			return List.of();
		}
		Set<ComplaintStep> done = stepsOf(steps.findByCaseNumber(serviceCase.caseNumber()));
		return Arrays.stream(ComplaintStep.values()).filter(s -> !done.contains(s)).toList();
	}

	private static Set<ComplaintStep> stepsOf(List<ComplaintStepRecord> records) {
		Set<ComplaintStep> set = EnumSet.noneOf(ComplaintStep.class);
		records.forEach(r -> set.add(r.getStep()));
		return set;
	}

}
