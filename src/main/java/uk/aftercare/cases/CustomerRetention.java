package uk.aftercare.cases;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PrivacySettings;
import uk.aftercare.shared.ShopClock;

/**
 * Every night, erases the personal data of customers whose last case was closed longer ago than the retention period
 * (UK GDPR art. 5(1)(e): kept no longer than needed). Each customer is erased in a transaction of their own, a batch at
 * a time, so the check never holds a long transaction; a customer something still needs (a refund not paid) is passed
 * over and tried again the next night. ShedLock makes one application instance act when several run.
 */
@Component
class CustomerRetention {

	private static final Logger log = LoggerFactory.getLogger(CustomerRetention.class);

	private final CustomerCases cases;

	private final DataProtection dataProtection;

	private final PrivacySettings settings;

	private final ShopClock clock;

	CustomerRetention(CustomerCases cases, DataProtection dataProtection, PrivacySettings settings, ShopClock clock) {
		this.cases = cases;
		this.dataProtection = dataProtection;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${aftercare.privacy.check-cron:0 30 2 * * *}", zone = "${aftercare.zone:Europe/London}")
	@SchedulerLock(name = "customer-retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	void eraseExpired() {
		int erased = eraseCustomersInactiveSince(
				clock.today().minus(settings.retention()).atStartOfDay(clock.zone()).toInstant());
		if (erased > 0) {
			log.info("Erased the personal data of {} customers after the retention period.", erased);
		}
	}

	/** Erases every customer with nothing open and no case closed since the cutoff; returns how many. */
	int eraseCustomersInactiveSince(Instant cutoff) {
		int erased = 0;
		long after = 0;
		List<Long> batch;
		do {
			batch = cases.customersWithNothingOpenSince(cutoff, after, settings.batchSize());
			for (long customerId : batch) {
				if (dataProtection.eraseAfterRetention(customerId)) {
					erased++;
				}
				after = customerId;
			}
		}
		while (batch.size() == settings.batchSize());
		return erased;
	}

}
