package uk.aftercare.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.Priority;
import uk.aftercare.cases.SlaPolicy;
import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ReferenceCache;
import uk.aftercare.shared.ShopClock;

/**
 * The SLA targets per case type and priority, which managers configure. Every case logged needs its targets, so the
 * dozen rows are kept in memory: reloaded after a change made here commits, and at least once a minute in case
 * another instance of the application changed them.
 */
@Service
@Transactional
public class SlaTargets implements SlaPolicy {

	/** Used if a type and priority has no row (there is one for each, from the migration). */
	static final SlaTargetView FALLBACK = new SlaTargetView(0, null, null, 24, 120, "system", null, 0);

	static final int MAX_FIRST_RESPONSE_HOURS = 720;

	static final int MAX_RESOLUTION_HOURS = 2160;

	private final SlaTargetRepository targets;

	private static final Duration KEEP_FOR = Duration.ofMinutes(1);

	private final ShopClock clock;

	private final MessageSource messages;

	private final ReferenceCache<String, Map<String, SlaTargetView>> cache = new ReferenceCache<>(KEEP_FOR);

	SlaTargets(SlaTargetRepository targets, ShopClock clock, MessageSource messages) {
		this.targets = targets;
		this.clock = clock;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public List<SlaTargetView> all() {
		// By type, then most urgent first: the priority is stored as its name, which would sort Urgent, Normal, Low,
		// High.
		return targets.findAll().stream().map(SlaTarget::toView)
			.sorted(java.util.Comparator.comparing(SlaTargetView::caseType)
				.thenComparing(SlaTargetView::priority, java.util.Comparator.reverseOrder()))
			.toList();
	}

	@Transactional(readOnly = true)
	public SlaTargetView targetFor(CaseType type, Priority priority) {
		Map<String, SlaTargetView> byKey = cache.get("all", all -> all().stream()
			.collect(Collectors.toUnmodifiableMap(t -> key(t.caseType(), t.priority()), t -> t)));
		return byKey.getOrDefault(key(type, priority), FALLBACK);
	}

	private static String key(CaseType type, Priority priority) {
		return type + "/" + priority;
	}


	@Override
	@Transactional(readOnly = true)
	public Duration firstResponse(CaseType type, Priority priority) {
		return Duration.ofHours(targetFor(type, priority).firstResponseHours());
	}

	@Override
	@Transactional(readOnly = true)
	public Duration resolution(CaseType type, Priority priority) {
		return Duration.ofHours(targetFor(type, priority).resolutionHours());
	}

	/** @throws NotFoundException when there is no such target */
	@Transactional(readOnly = true)
	public SlaTargetView get(long id) {
		return load(id).toView();
	}

	/**
	 * Everything wrong with a pair of targets, each next to its field: a first response within 1 to 720 hours, a
	 * resolution within 1 to 2,160 hours and no sooner than the first response. Either may be null when it could not
	 * be read, so that the other is still checked.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<FieldProblem> problems(Long firstResponseHours, Long resolutionHours) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean firstResponseValid = firstResponseHours != null && firstResponseHours >= 1
				&& firstResponseHours <= MAX_FIRST_RESPONSE_HOURS;
		if (firstResponseHours != null && !firstResponseValid) {
			problems.add(new FieldProblem("firstResponseHours", text("sla.firstResponseHours.range")));
		}
		if (resolutionHours != null) {
			if (resolutionHours < 1 || resolutionHours > MAX_RESOLUTION_HOURS) {
				problems.add(new FieldProblem("resolutionHours", text("sla.resolutionHours.range")));
			}
			else if (firstResponseValid && resolutionHours < firstResponseHours) {
				problems.add(new FieldProblem("resolutionHours",
						text("sla.resolutionHours.beforeFirstResponse", firstResponseHours)));
			}
		}
		return problems;
	}

	/**
	 * @throws InvalidInputException naming every field out of range (see {@link #problems})
	 * @throws ConflictException     when the target changed since {@code expectedVersion}
	 */
	public void change(long id, int firstResponseHours, int resolutionHours, long expectedVersion, String by) {
		List<FieldProblem> problems = problems((long) firstResponseHours, (long) resolutionHours);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		SlaTarget target = load(id);
		if (target.toView().version() != expectedVersion) {
			throw new ConflictException("Someone changed this target first; reload and try again.");
		}
		target.change(firstResponseHours, resolutionHours, by, clock.now());
		cache.forgetAfterCommit();
	}

	private SlaTarget load(long id) {
		return targets.findById(id).orElseThrow(() -> new NotFoundException("No SLA target " + id + "."));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
