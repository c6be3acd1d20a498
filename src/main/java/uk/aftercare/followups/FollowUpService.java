package uk.aftercare.followups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffDisabled;
import uk.aftercare.staff.StaffMember;
import uk.aftercare.staff.StaffRoleChanged;

/**
 * Follow-ups on cases: created by hand or by other modules ({@link #schedule}, {@link #scheduleForSupervisor}),
 * completed or cancelled by staff. Every change is written to the case's timeline.
 */
@Service
public class FollowUpService {

	private final FollowUpRepository followUps;

	private final CaseService cases;

	private final StaffDirectory staff;

	private final ShopClock clock;

	private final ApplicationEventPublisher events;

	private final Wording wording;

	FollowUpService(FollowUpRepository followUps, CaseService cases, StaffDirectory staff, ShopClock clock,
			ApplicationEventPublisher events, Wording wording) {
		this.followUps = followUps;
		this.cases = cases;
		this.staff = staff;
		this.clock = clock;
		this.events = events;
		this.wording = wording;
	}

	/**
	 * Creates a follow-up. It must be due within {@link #dueDateProblem the plausible dates} and owned by an active
	 * member of staff.
	 *
	 * @throws InvalidInputException naming each invalid field
	 * @throws NotFoundException     when there is no such case
	 */
	@Transactional
	public FollowUpView schedule(ScheduleFollowUp request, String actor) {
		CaseView serviceCase = cases.get(request.caseNumber());
		FollowUpOrigin origin = Objects.requireNonNullElse(request.origin(), FollowUpOrigin.MANUAL);
		List<FieldProblem> problems = problems(request);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String owner = staff.find(request.owner()).map(StaffMember::username).orElseThrow();
		FollowUpView created = followUps.save(new FollowUp(serviceCase.caseNumber(), request.purpose(), origin,
				request.dueDate(), owner, request.note(), actor, clock.now()))
			.toView();
		StringBuilder summary = new StringBuilder(wording.text("followUp.timeline.scheduled",
				wording.label("followUp.purpose", created.purpose()), Wording.date(created.dueDate()), nameOf(owner)));
		if (origin != FollowUpOrigin.MANUAL) {
			summary.append(' ').append(wording.text("followUp.timeline.automatic", wording.label("followUp.origin", origin)));
		}
		if (created.note() != null) {
			summary.append(' ').append(wording.text("followUp.timeline.note", created.note()));
		}
		cases.record(created.caseNumber(), TimelineKind.FOLLOW_UP, summary.toString(), actor);
		events.publishEvent(new FollowUpScheduled(created.id(), created.caseNumber(), created.purpose(), origin,
				created.dueDate(), owner));
		return created;
	}

	/**
	 * Everything {@link #schedule} would refuse in {@code request}, each next to its field, without scheduling it: so
	 * that a form with a field that could not be read still names every other problem at once.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(ScheduleFollowUp request) {
		FollowUpOrigin origin = Objects.requireNonNullElse(request.origin(), FollowUpOrigin.MANUAL);
		List<FieldProblem> problems = new ArrayList<>();
		if (request.purpose() == null) {
			problems.add(new FieldProblem("purpose", wording.text("followUp.purpose.required")));
		}
		if (request.dueDate() == null) {
			problems.add(new FieldProblem("dueDate", wording.text("followUp.dueDate.required")));
		}
		else {
			dueDateProblem(request.dueDate(), origin).ifPresent(problems::add);
		}
		if (request.owner() == null || staff.find(request.owner()).filter(StaffMember::enabled).isEmpty()) {
			problems.add(new FieldProblem("owner", wording.text("followUp.owner.unknown")));
		}
		if (request.note() != null && request.note().length() > FollowUp.MAX_TEXT) {
			problems.add(new FieldProblem("note", wording.text("followUp.note.tooLong")));
		}
		return problems;
	}

	/**
	 * Why a follow-up cannot be due on {@code dueDate}, if it cannot: one added by hand is due today or later (a
	 * task already late when it is created helps nobody), and none is due more than two years ahead.
	 */
	private Optional<FieldProblem> dueDateProblem(LocalDate dueDate, FollowUpOrigin origin) {
		LocalDate today = clock.today();
		LocalDate latest = today.plus(FollowUp.LONGEST_AHEAD);
		if (origin == FollowUpOrigin.MANUAL && dueDate.isBefore(today)) {
			return Optional.of(new FieldProblem("dueDate", wording.text("followUp.dueDate.past")));
		}
		if (dueDate.isAfter(latest)) {
			return Optional.of(new FieldProblem("dueDate",
					wording.text("followUp.dueDate.tooFar", dueDate.toString(), Wording.date(latest))));
		}
		return Optional.empty();
	}

	/**
	 * Creates a follow-up for a supervisor, due the next working day: the first active supervisor, else the first
	 * manager, else (in a shop with neither) the case's assignee if they can sign in. With nobody of those, nothing is
	 * created and the case's timeline says so, with the note, for whoever opens the case next: a follow-up owned by
	 * nobody would be in nobody's list.
	 *
	 * @return the follow-up, or empty when nobody could be given it
	 */
	@Transactional
	public Optional<FollowUpView> scheduleForSupervisor(String caseNumber, FollowUpPurpose purpose,
			FollowUpOrigin origin, String note, String actor) {
		CaseView serviceCase = cases.get(caseNumber);
		Optional<String> owner = supervisorFor().or(() -> active(serviceCase.assignee()));
		if (owner.isEmpty()) {
			StringBuilder summary = new StringBuilder(wording.text("followUp.timeline.nobodyToTake",
					wording.label("followUp.purpose", purpose), wording.label("followUp.origin", origin)));
			if (note != null) {
				summary.append(' ').append(wording.text("followUp.timeline.note", note));
			}
			cases.record(serviceCase.caseNumber(), TimelineKind.FOLLOW_UP, summary.toString(), actor);
			return Optional.empty();
		}
		return Optional.of(schedule(new ScheduleFollowUp(serviceCase.caseNumber(), purpose, origin,
				WorkingDays.nextAfter(clock.today()), owner.get(), note), actor));
	}

	/**
	 * Done, with what came of it. {@code expectedVersion}, the version the member of staff saw, guards against two
	 * people finishing it.
	 *
	 * @throws ConflictException  when it is already finished (saying by whom and when), has changed, or no version
	 *                            was given
	 * @throws ForbiddenException when it is a supervisor's call-back and {@code actor} is not one ({@link #refusalFor})
	 */
	@Transactional
	public FollowUpView complete(Long id, String outcome, Long expectedVersion, String actor) {
		FollowUp followUp = load(id, expectedVersion);
		requireAuthority(followUp, actor);
		requireText(outcome, "outcome");
		followUp.complete(outcome, actor, clock.now());
		FollowUpView view = followUp.toView();
		cases.record(view.caseNumber(), TimelineKind.FOLLOW_UP, wording.text("followUp.timeline.done",
				wording.label("followUp.purpose", view.purpose()), Wording.date(view.dueDate()), view.outcome()), actor);
		return view;
	}

	/**
	 * No longer needed, and why; {@code expectedVersion} as for {@link #complete}.
	 *
	 * @throws ConflictException  when it is already finished (saying by whom and when), has changed, or no version
	 *                            was given
	 * @throws ForbiddenException when it is a supervisor's call-back and {@code actor} is not one ({@link #refusalFor})
	 */
	@Transactional
	public FollowUpView cancel(Long id, String reason, Long expectedVersion, String actor) {
		FollowUp followUp = load(id, expectedVersion);
		requireAuthority(followUp, actor);
		requireText(reason, "reason");
		followUp.cancel(reason, actor, clock.now());
		FollowUpView view = followUp.toView();
		cases.record(view.caseNumber(), TimelineKind.FOLLOW_UP, wording.text("followUp.timeline.cancelled",
				wording.label("followUp.purpose", view.purpose()), Wording.date(view.dueDate()), view.outcome()), actor);
		return view;
	}

	/**
	 * Passes an open follow-up to another member of staff who can sign in (its owner is away, or someone else is
	 * better placed), noted on the case's timeline; {@code expectedVersion} as for {@link #complete}. A supervisor's
	 * call-back stays with a supervisor or manager.
	 *
	 * @throws InvalidInputException when {@code newOwner} is nobody who can sign in, already owns it, or is not a
	 *                               supervisor or manager for a supervisor's call-back
	 * @throws ConflictException     when it is already finished, has changed, or no version was given
	 * @throws ForbiddenException    when it is a supervisor's call-back and {@code actor} is not one
	 */
	@Transactional
	public FollowUpView passOn(Long id, String newOwner, Long expectedVersion, String actor) {
		FollowUp followUp = load(id, expectedVersion);
		requireAuthority(followUp, actor);
		FollowUpView before = followUp.toView();
		String owner = active(newOwner)
			.orElseThrow(() -> new InvalidInputException("owner", wording.text("followUp.owner.unknown")));
		if (owner.equalsIgnoreCase(before.owner())) {
			throw new InvalidInputException("owner", wording.text("followUp.owner.same", nameOf(owner)));
		}
		if (before.forSupervisor() && !isSupervisorOrManager(owner)) {
			throw new InvalidInputException("owner", wording.text("followUp.owner.notSupervisor"));
		}
		followUp.reassign(owner);
		cases.record(before.caseNumber(), TimelineKind.FOLLOW_UP, wording.text("followUp.timeline.passedOn",
				wording.label("followUp.purpose", before.purpose()), Wording.date(before.dueDate()),
				nameOf(before.owner()), nameOf(owner)), actor);
		return followUp.toView();
	}

	/**
	 * Why {@code actor} may not mark the follow-up done, cancel it or pass it on, if they may not. A call-back after a
	 * low feedback score is a supervisor's ({@link FollowUpView#forSupervisor}): the customer is unhappy with how the
	 * case went, so someone with the authority to put it right calls, and only a supervisor or manager can say it
	 * is done, no longer needed, or someone else's. Anyone may finish any other follow-up.
	 */
	@Transactional(readOnly = true)
	public Optional<String> refusalFor(FollowUpView followUp, String actor) {
		if (!followUp.forSupervisor() || isSupervisorOrManager(actor)) {
			return Optional.empty();
		}
		return Optional.of(wording.text("followUp.supervisorsCallBack", nameOf(followUp.owner())));
	}

	@Transactional(readOnly = true)
	public FollowUpView get(Long id) {
		return followUps.findById(id).map(FollowUp::toView).orElseThrow(() -> notFound(id));
	}

	/**
	 * A member of staff's account was disabled: each of their open follow-ups passes to someone who can still sign
	 * in, in the same transaction, and the case's timeline says so. A supervisor's call-back after a low score goes to
	 * a supervisor, as it was first given; anything else to the case's assignee, or to the manager who disabled the
	 * account when the assignee cannot sign in either. Nothing is left to nobody, and nothing keeps a customer's data
	 * past its time because its owner left.
	 */
	@EventListener
	void on(StaffDisabled disabled) {
		passOn(followUps.findByOwnerAndStatus(disabled.username(), FollowUpStatus.OPEN), disabled.username(),
				"followUp.timeline.reassigned", disabled.disabledBy());
	}

	/**
	 * A supervisor or manager made a member of staff again can no longer finish a supervisor's call-back after a low
	 * score ({@link #refusalFor}): each of theirs passes to a supervisor, as when they leave, and the timeline says
	 * their role is now Staff (their account is not disabled). Their other follow-ups stay: they can still sign in and
	 * finish them. A manager made a supervisor keeps everything.
	 */
	@EventListener
	void on(StaffRoleChanged changed) {
		if (changed.role() != Role.STAFF) {
			return;
		}
		passOn(followUps.findByOwnerAndStatus(changed.username(), FollowUpStatus.OPEN).stream()
			.filter(f -> f.toView().forSupervisor())
			.toList(), changed.username(), "followUp.timeline.reassigned.madeStaff", changed.changedBy());
	}

	/** @param why the timeline's wording, which says why {@code from} no longer has them */
	private void passOn(List<FollowUp> open, String from, String why, String by) {
		for (FollowUp followUp : open) {
			FollowUpView before = followUp.toView();
			CaseView serviceCase = cases.get(before.caseNumber());
			String owner = before.forSupervisor()
					? supervisorFor().filter(name -> !name.equalsIgnoreCase(from)).orElse(by)
					: active(serviceCase.assignee()).filter(name -> !name.equalsIgnoreCase(from)).orElse(by);
			followUp.reassign(owner);
			cases.record(serviceCase.caseNumber(), TimelineKind.FOLLOW_UP,
					wording.text(why, wording.label("followUp.purpose", before.purpose()),
							Wording.date(before.dueDate()), nameOf(before.owner()), nameOf(owner)),
					by);
		}
	}

	private void requireAuthority(FollowUp followUp, String actor) {
		refusalFor(followUp.toView(), actor).ifPresent(refusal -> {
			throw new ForbiddenException(refusal);
		});
	}

	/** Read from the staff records, not the session: a role taken away counts at once. */
	private boolean isSupervisorOrManager(String username) {
		return staff.find(username).filter(StaffMember::enabled).filter(m -> m.role() != Role.STAFF).isPresent();
	}

	private Optional<String> active(String username) {
		return username == null ? Optional.empty()
				: staff.find(username).filter(StaffMember::enabled).map(StaffMember::username);
	}

	/** The first active supervisor, else the first manager. */
	private Optional<String> supervisorFor() {
		List<StaffMember> senior = staff.withRoleAtLeast(Role.SUPERVISOR);
		return senior.stream()
			.filter(m -> m.role() == Role.SUPERVISOR)
			.findFirst()
			.or(() -> senior.stream().findFirst())
			.map(StaffMember::username);
	}

	/** A member of staff's open follow-ups, soonest due first. */
	@Transactional(readOnly = true)
	public List<FollowUpView> openFollowUpsOf(String owner) {
		return followUps.findByOwnerAndStatus(owner, FollowUpStatus.OPEN).stream().map(FollowUp::toView).toList();
	}

	@Transactional(readOnly = true)
	public long overdueCount(String owner) {
		return followUps.countOverdue(owner, clock.today());
	}

	/** All of a case's follow-ups: open ones first, each group by due date. */
	@Transactional(readOnly = true)
	public List<FollowUpView> forCase(String caseNumber) {
		return followUps.findByCaseNumber(cases.get(caseNumber).caseNumber())
			.stream()
			.map(FollowUp::toView)
			.sorted(Comparator.comparing((FollowUpView f) -> !f.isOpen()))
			.toList();
	}

	@Transactional(readOnly = true)
	public long openCount(String caseNumber) {
		return followUps.countByCaseNumberAndStatus(caseNumber, FollowUpStatus.OPEN);
	}

	/**
	 * A member of staff as the pages name them: by display name, or by username for an account no longer known. So
	 * too in the texts the case's timeline keeps ("owner Sam Staff"), whose actor column keeps the username.
	 */
	private String nameOf(String username) {
		return staff.displayName(username).orElse(username);
	}

	/**
	 * The follow-up to finish. One someone already finished is named as such (who, when) before any version check:
	 * that, not a changed version, is what the person finishing it needs to hear.
	 */
	private FollowUp load(Long id, Long expectedVersion) {
		FollowUp followUp = followUps.findById(id).orElseThrow(() -> notFound(id));
		if (followUp.getStatus() != FollowUpStatus.OPEN) {
			FollowUpView finished = followUp.toView();
			throw new ConflictException(wording.text("followUp.alreadyFinished." + finished.status(),
					nameOf(finished.finishedBy()), Wording.dateTime(finished.finishedAt(), clock.zone())));
		}
		// Without a version nothing says what the person saw: finishing it could overrule a change made meanwhile.
		if (expectedVersion == null || expectedVersion != followUp.getVersion()) {
			throw new ConflictException(wording.text("followUp.stale"));
		}
		return followUp;
	}

	private void requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, wording.text("followUp." + field + ".required"));
		}
		if (text.length() > FollowUp.MAX_TEXT) {
			throw new InvalidInputException(field, wording.text("followUp." + field + ".tooLong"));
		}
	}

	private NotFoundException notFound(Long id) {
		// As text: an id is a name, not a quantity to group into "999,999".
		return new NotFoundException(wording.text("followUp.notFound", String.valueOf(id)));
	}

}
