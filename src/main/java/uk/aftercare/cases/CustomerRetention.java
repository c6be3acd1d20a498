package uk.aftercare.cases;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import uk.aftercare.customers.CustomerService;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PrivacySettings;
import uk.aftercare.shared.ShopClock;

/**
 * Every night, erases the personal data of customers whose last case was closed longer ago than the retention period
 * (UK GDPR art. 5(1)(e): kept no longer than needed). Each customer is erased in a transaction of their own, so the
 * check never holds a long one; a customer something still needs (a refund not paid) is passed over and tried again
 * the next night. First it gives a record of their own to the cases logged for a customer at the very moment a
 * manager erased them (the log form had found the record just before): the erasure could not see those cases, and
 * they are a new contact, not data to erase. ShedLock makes one application instance act when several run.
 */
@Component
class CustomerRetention {

	private static final Logger log = LoggerFactory.getLogger(CustomerRetention.class);

	/** Customers read at a time. */
	static final int PAGE = 1000;

	private final CustomerCases cases;

	private final CustomerService customers;

	private final DataProtection dataProtection;

	private final PrivacySettings settings;

	private final ShopClock clock;

	CustomerRetention(CustomerCases cases, CustomerService customers, DataProtection dataProtection,
			PrivacySettings settings, ShopClock clock) {
		this.cases = cases;
		this.customers = customers;
		this.dataProtection = dataProtection;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${aftercare.privacy.check-cron:0 30 2 * * *}", zone = "${aftercare.zone:Europe/London}")
	@SchedulerLock(name = "customer-retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	void eraseExpired() {
		int moved = giveCasesLoggedDuringErasureARecord();
		if (moved > 0) {
			log.info("Gave {} cases logged while their customer was being erased a customer record of their own.", moved);
		}
		int erased = eraseCustomersInactiveSince(
				clock.today().minus(settings.retention()).atStartOfDay(clock.zone()).toInstant());
		if (erased > 0) {
			log.info("Erased the personal data of {} customers after the retention period.", erased);
		}
	}

	int giveCasesLoggedDuringErasureARecord() {
		List<CustomerCases.LoggedDuringErasure> logged = cases.casesLoggedDuringErasure();
		for (CustomerCases.LoggedDuringErasure each : logged) {
			cases.moveToCustomer(each.caseNumber(), customers.findOrCreate(null, each.details()).id());
		}
		return logged.size();
	}

	/**
	 * Erases customers with nothing open and no case closed since the cutoff, up to a run's most; how many. It goes on
	 * past the customers something still needs, so however many of them there are, the others are reached.
	 */
	int eraseCustomersInactiveSince(Instant cutoff) {
		int erased = 0;
		long after = 0;
		List<Long> page;
		do {
			page = cases.customersWithNothingOpenSince(cutoff, after, PAGE);
			for (long customerId : page) {
				after = customerId;
				if (dataProtection.eraseAfterRetention(customerId) && ++erased == settings.maxPerRun()) {
					return erased;
				}
			}
		}
		while (page.size() == PAGE);
		return erased;
	}

}
