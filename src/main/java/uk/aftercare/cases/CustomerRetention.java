package uk.aftercare.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import uk.aftercare.customers.CustomerService;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.customers.PrivacySettings;
import uk.aftercare.shared.ShopClock;

/**
 * Every night, erases the personal data of customers whose last case was finished longer ago than the retention
 * period (UK GDPR art. 5(1)(e): kept no longer than needed): closed, or left resolved and untouched. Each customer is
 * erased in a transaction of their own, so the check never holds a long one; a customer something still needs (a
 * refund not paid) is passed over and tried again the next night, and the log says how many were and why. First it
 * gives a record of their own to the cases logged for a customer at the very moment a manager erased them (the log
 * form had found the record just before): the erasure could not see those cases, and they are a new contact, not data
 * to erase. ShedLock makes one application instance act when several run.
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
		Run run = eraseCustomersInactiveSince(
				clock.today().minus(settings.retention()).atStartOfDay(clock.zone()).toInstant());
		if (run.erased() > 0) {
			log.info("Erased the personal data of {} customers after the retention period.", run.erased());
		}
		if (run.kept() > 0) {
			// Counts and reason codes only, never a customer or a case: someone should look at what holds them (a return
			// never finished, a refund never paid) on the customers' pages.
			log.warn("Kept the personal data of {} customers past the retention period, tried again tomorrow; "
					+ "customers kept for each reason: {}.", run.kept(), run.keptFor());
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
	 * Erases customers with nothing open and no case finished since the cutoff, up to a run's most; how many, and how
	 * many were kept for what. It goes on past the customers something still needs, so however many of them there are,
	 * the others are reached.
	 */
	Run eraseCustomersInactiveSince(Instant cutoff) {
		int erased = 0;
		int kept = 0;
		Map<String, Integer> keptFor = new TreeMap<>();
		long after = 0;
		List<Long> page;
		do {
			page = cases.customersWithNothingOpenSince(cutoff, after, PAGE);
			for (long customerId : page) {
				after = customerId;
				DataProtection.ErasureResult result = dataProtection.eraseAfterRetention(customerId, cutoff);
				if (!result.reasons().isEmpty()) {
					kept++;
					result.reasons()
						.stream()
						.map(PersonalDataHolder.KeepReason::messageKey)
						.distinct()
						.forEach(reason -> keptFor.merge(reason, 1, Integer::sum));
				}
				if (result.erased() && ++erased == settings.maxPerRun()) {
					return new Run(erased, kept, keptFor);
				}
			}
		}
		while (page.size() == PAGE);
		return new Run(erased, kept, keptFor);
	}

	/**
	 * What one run did: how many customers it erased, how many the retention period had reached but something still
	 * needed, and how many of those each reason ({@code privacy.keep.*}) held; a customer held for two counts twice.
	 */
	record Run(int erased, int kept, Map<String, Integer> keptFor) {
	}

}
