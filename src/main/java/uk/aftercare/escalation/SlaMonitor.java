package uk.aftercare.escalation;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.Priority;

/**
 * Every few minutes, marks the cases that missed their first-response or resolution target and escalates them to a
 * supervisor: each becomes a supervisor review in the approvals queue, with an owner, as a safety concern does (or
 * widens the review already waiting on the case), so that a supervisor is told, not left to find it in the case list.
 * ShedLock (a row in the database) makes exactly one application instance act when several run. It waits until the
 * application is ready: at start-up a volume load (docs/performance.md) may hold the case table while it builds
 * its indexes.
 */
@Component
class SlaMonitor {

	private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);

	static final int BATCH = 200;

	/** Who the monitor acts as on the timeline and in the queue, as the application's other scheduled jobs do. */
	private static final String SYSTEM = "system";

	private final CaseService cases;

	private final Approvals approvals;

	private final ApplicationAvailability availability;

	SlaMonitor(CaseService cases, Approvals approvals, ApplicationAvailability availability) {
		this.cases = cases;
		this.approvals = approvals;
		this.availability = availability;
	}

	@Scheduled(initialDelayString = "${aftercare.sla.initial-delay:PT1M}",
			fixedDelayString = "${aftercare.sla.check-interval:PT5M}")
	@SchedulerLock(name = "sla-monitor", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void checkTargets() {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		int escalated = escalateMissedTargets();
		if (escalated > 0) {
			log.info("Escalated {} cases that missed their SLA target.", escalated);
		}
	}

	/**
	 * Marks and escalates, in batches, every case past its target, and asks a supervisor to review it. A case is
	 * marked once ({@code CaseService.markMissedTargets}), so it is escalated and reviewed once, not at every run.
	 */
	int escalateMissedTargets() {
		int total = 0;
		List<String> breached;
		do {
			breached = cases.markMissedTargets(BATCH);
			for (String caseNumber : breached) {
				cases.escalate(caseNumber, Set.of(EscalationReason.SLA_BREACH.name()),
						"Escalated to supervisor: " + EscalationReason.SLA_BREACH.explanation(), Priority.HIGH,
						SYSTEM);
				approvals.request(new NewApproval(caseNumber, ApprovalKind.REVIEW, null, null, null, null,
						List.of(EscalationReason.SLA_BREACH),
						"Please review: " + EscalationReason.SLA_BREACH.explanation(), SYSTEM,
						EscalationDecision.Approver.SUPERVISOR));
			}
			total += breached.size();
		}
		while (breached.size() == BATCH);
		return total;
	}

}
