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
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.StaffDirectory;

/**
 * The complaint-handling checklist on COMPLAINT cases. Each step staff tick goes on the timeline with who and when,
 * so a supervisor can see how a complaint was handled, not just how it ended.
 */
@Service
public class ComplaintHandlingService {

	public static final int MAX_NOTE = 500;

	private final ComplaintStepRecordRepository steps;

	private final CaseService cases;

	private final ShopClock clock;

	private final Wording wording;

	private final StaffDirectory staff;

	ComplaintHandlingService(ComplaintStepRecordRepository steps, CaseService cases, ShopClock clock,
			Wording wording, StaffDirectory staff) {
		this.steps = steps;
		this.cases = cases;
		this.clock = clock;
		this.wording = wording;
		this.staff = staff;
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
	 * Records the steps just done, with the note once, and one timeline entry naming them all. A step recorded
	 * before is never recorded again: ticking one (a page left open while someone else recorded it) saves nothing and
	 * says who recorded it, so the note is not silently dropped.
	 *
	 * @return the steps recorded now
	 * @throws ConflictException     when the case is not a complaint
	 * @throws InvalidInputException naming every problem at once: no step ticked, a step already recorded, a note
	 *                               too long
	 */
	@Transactional
	public List<ComplaintStep> record(String caseNumber, Set<ComplaintStep> doneNow, String note, String actor) {
		CaseView serviceCase = complaint(caseNumber);
		List<FieldProblem> problems = problems(serviceCase, doneNow, note);
		String text = note == null || note.isBlank() ? null : note.strip();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<ComplaintStep> recorded = Arrays.stream(ComplaintStep.values()).filter(doneNow::contains).toList();
		for (ComplaintStep step : recorded) {
			// The note was written once, about these steps together: it is kept with the first of them only.
			String noteOfStep = step == recorded.get(0) ? text : null;
			steps.save(new ComplaintStepRecord(serviceCase.caseNumber(), step, noteOfStep, actor, clock.now()));
		}
		// One entry for what was done together, so the timeline does not repeat the note for every step.
		String done = String.join("; ", recorded.stream()
			.map(step -> wording.text("complaint.timeline.step", wording.text("complaintStage." + step.stage()),
					wording.label("complaintStep", step)))
			.toList());
		cases.record(serviceCase.caseNumber(), TimelineKind.COMPLAINT_HANDLING,
				wording.text("complaint.timeline", done)
						+ (text == null ? "" : " " + wording.text("complaint.timeline.note", text)),
				actor);
		return recorded;
	}

	/**
	 * Everything {@link #record} would refuse, each next to its field, without recording anything: so that a form
	 * with a field that could not be read still names every other problem at once.
	 *
	 * @throws ConflictException when the case is not a complaint
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(String caseNumber, Set<ComplaintStep> doneNow, String note) {
		return problems(complaint(caseNumber), doneNow, note);
	}

	private CaseView complaint(String caseNumber) {
		CaseView serviceCase = cases.get(caseNumber);
		if (serviceCase.type() != CaseType.COMPLAINT) {
			throw new ConflictException(wording.text("complaint.notComplaint.nothingSaved",
					wording.text("type." + (serviceCase.type() == null ? "none" : serviceCase.type().name()))));
		}
		return serviceCase;
	}

	private List<FieldProblem> problems(CaseView serviceCase, Set<ComplaintStep> doneNow, String note) {
		Map<ComplaintStep, ComplaintStepView> already = new EnumMap<>(ComplaintStep.class);
		steps.findByCaseNumber(serviceCase.caseNumber()).forEach(r -> already.put(r.getStep(), r.toView()));
		List<FieldProblem> problems = new ArrayList<>();
		if (doneNow == null || doneNow.isEmpty()) {
			problems.add(new FieldProblem("steps", wording.text("complaint.steps.required")));
		}
		else if (doneNow.stream().anyMatch(already::containsKey)) {
			doneNow.stream()
				.sorted()
				.filter(already::containsKey)
				.map(already::get)
				.forEach(done -> problems.add(new FieldProblem("steps", wording.text("complaint.steps.alreadyRecorded",
						wording.label("complaintStep", done.step()),
						staff.displayName(done.doneBy()).orElse(done.doneBy()),
						Wording.dateTime(done.doneAt(), clock.zone())))));
			problems.add(new FieldProblem("steps", wording.text("complaint.steps.nothingSaved")));
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			problems.add(new FieldProblem("note", wording.text("complaint.note.tooLong")));
		}
		return problems;
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
