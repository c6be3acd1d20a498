package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.support.MutableClock;

/** Missed SLA targets are marked and escalated; paused clocks are respected; one instance at a time acts. */
@SpringBootTest
class SlaMonitorTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class Clock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-11-02T09:00:00Z"), ZoneId.of("Europe/London"));
		}

	}

	@Autowired
	MutableClock clock;

	@Autowired
	CaseService cases;

	@Autowired
	SlaMonitor monitor;

	@Autowired
	LockProvider lockProvider;

	@Autowired
	DataSource dataSource;

	private String openQuery() {
		// A plain query: LOW priority, first response within 48 hours, resolution within 120 (the seeded targets).
		return cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "What time do you open on Sunday?",
				new ContactDetails("Peter Lang", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "staff", null).view().caseNumber();
	}

	@Test
	void escalatesACaseThatMissedItsFirstResponseTarget() {
		String late = openQuery();
		String answered = openQuery();
		cases.recordContact(answered, ContactChannel.EMAIL, ContactDirection.TO_CUSTOMER, "Open 10 till 4", "staff");
		assertThat(cases.get(late).responseDueAt()).isEqualTo(cases.get(late).createdAt().plus(Duration.ofHours(48)));

		clock.advance(Duration.ofHours(49));
		monitor.escalateMissedTargets();

		var view = cases.get(late);
		assertThat(view.slaBreached()).isTrue();
		assertThat(view.escalationReasons()).contains("SLA_BREACH");
		assertThat(cases.get(answered).slaBreached()).isFalse();
	}

	@Test
	void doesNotCountTimeSpentWaitingForTheCustomer() {
		String waiting = openQuery();
		cases.recordContact(waiting, ContactChannel.EMAIL, ContactDirection.TO_CUSTOMER, "Which store?", "staff");
		cases.changeStatus(waiting, CaseStatus.AWAITING_CUSTOMER, null, "staff");

		clock.advance(Duration.ofHours(200));
		monitor.escalateMissedTargets();
		assertThat(cases.get(waiting).slaBreached()).isFalse();

		cases.changeStatus(waiting, CaseStatus.IN_PROGRESS, "customer replied", "staff");
		clock.advance(Duration.ofHours(100));
		monitor.escalateMissedTargets();
		assertThat(cases.get(waiting).slaBreached()).as("100 of 120 hours used").isFalse();

		clock.advance(Duration.ofHours(21));
		monitor.escalateMissedTargets();
		assertThat(cases.get(waiting).slaBreached()).isTrue();
	}

	@Test
	void casesWaitingForTheCustomerDoNotHoldUpTheCasesBehindThem() {
		String[] waiting = new String[SlaMonitor.BATCH + 1];
		for (int i = 0; i < waiting.length; i++) {
			waiting[i] = openQuery();
			cases.recordContact(waiting[i], ContactChannel.EMAIL, ContactDirection.TO_CUSTOMER, "Which store?", "staff");
		}
		clock.advance(Duration.ofHours(121));
		for (String caseNumber : waiting) {
			// Past the resolution target, then paused: they stay first in target order.
			cases.changeStatus(caseNumber, CaseStatus.AWAITING_CUSTOMER, null, "staff");
		}
		clock.advance(Duration.ofHours(1));
		String late = openQuery();

		clock.advance(Duration.ofHours(200));
		monitor.escalateMissedTargets();

		assertThat(cases.get(late).slaBreached()).isTrue();
		assertThat(cases.get(waiting[0]).slaBreached()).isFalse();
	}

	@Test
	void onlyOneInstanceRunsTheJobAtATime() throws Exception {
		// A second application instance has its own lock provider on the same database.
		LockProvider otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
		LockingTaskExecutor first = new DefaultLockingTaskExecutor(lockProvider);
		LockingTaskExecutor second = new DefaultLockingTaskExecutor(otherInstance);
		LockConfiguration lock = new LockConfiguration(Instant.now(), "sla-monitor-test", Duration.ofMinutes(5),
				Duration.ZERO);
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch firstIsRunning = new CountDownLatch(1);
		CountDownLatch letFirstFinish = new CountDownLatch(1);

		Thread instanceOne = new Thread(() -> first.executeWithLock((Runnable) () -> {
			runs.incrementAndGet();
			firstIsRunning.countDown();
			try {
				letFirstFinish.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, lock));
		instanceOne.start();
		assertThat(firstIsRunning.await(30, TimeUnit.SECONDS)).isTrue();

		second.executeWithLock((Runnable) runs::incrementAndGet, lock);
		letFirstFinish.countDown();
		instanceOne.join();

		assertThat(runs).hasValue(1);
		second.executeWithLock((Runnable) runs::incrementAndGet, lock);
		assertThat(runs).as("the lock is free again once the first run ended").hasValue(2);
	}

}
