package uk.aftercare.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.Priority;
import uk.aftercare.cases.SlaPolicy;
import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.ConflictException;
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

	private final SlaTargetRepository targets;

	private static final Duration KEEP_FOR = Duration.ofMinutes(1);

	private final ShopClock clock;

	private final ReferenceCache<String, Map<String, SlaTargetView>> cache = new ReferenceCache<>(KEEP_FOR);

	SlaTargets(SlaTargetRepository targets, ShopClock clock) {
		this.targets = targets;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SlaTargetView> all() {
		return targets.findAllByOrderByCaseTypeAscPriorityDesc().stream().map(SlaTarget::toView).toList();
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

	/** @throws InvalidInputException when the hours are out of range or resolution comes before first response */
	public void change(long id, int firstResponseHours, int resolutionHours, long expectedVersion, String by) {
		if (firstResponseHours < 1 || firstResponseHours > 720) {
			throw new InvalidInputException("firstResponseHours", "must be between 1 and 720 hours");
		}
		if (resolutionHours < firstResponseHours || resolutionHours > 2160) {
			throw new InvalidInputException("resolutionHours",
					"must be at least the first-response target and at most 2,160 hours (90 days)");
		}
		SlaTarget target = targets.findById(id).orElseThrow(() -> new NotFoundException("No SLA target " + id));
		if (target.toView().version() != expectedVersion) {
			throw new ConflictException("Someone changed this target first; reload and try again.");
		}
		target.change(firstResponseHours, resolutionHours, by, clock.now());
		cache.forgetAfterCommit();
	}

}
