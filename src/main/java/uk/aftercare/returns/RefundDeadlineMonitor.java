package uk.aftercare.returns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import uk.aftercare.shared.ShopClock;

/**
 * Every few minutes, escalates agreed refunds not paid by their due date. ShedLock makes one application instance act
 * when several run. It waits until the application is ready, as {@code SlaMonitor} does.
 */
@Component
class RefundDeadlineMonitor {

	private static final Logger log = LoggerFactory.getLogger(RefundDeadlineMonitor.class);

	private final ReturnAuthorisationService rmas;

	private final ShopClock clock;

	private final ApplicationAvailability availability;

	RefundDeadlineMonitor(ReturnAuthorisationService rmas, ShopClock clock, ApplicationAvailability availability) {
		this.rmas = rmas;
		this.clock = clock;
		this.availability = availability;
	}

	@Scheduled(initialDelayString = "${aftercare.sla.initial-delay:PT1M}",
			fixedDelayString = "${aftercare.sla.check-interval:PT5M}")
	@SchedulerLock(name = "refund-deadlines", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void checkRefunds() {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		int escalated = rmas.escalateOverdueRefunds(clock.today());
		if (escalated > 0) {
			log.info("Escalated {} refunds not paid by their due date.", escalated);
		}
	}

}
