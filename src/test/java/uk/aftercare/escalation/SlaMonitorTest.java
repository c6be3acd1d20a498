package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.Priority;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
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
	Approvals approvals;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	SlaTargets targets;

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

	/**
	 * "Escalated to supervisor" is true: a supervisor review of the missed target waits in the approvals queue, with
	 * an owner, as a safety concern's does; a later run neither escalates nor asks again.
	 */
	@Test
	void aMissedTargetBecomesASupervisorReviewInTheQueueOnce() {
		String supervisor = "sla" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(supervisor, "Sam Late", null, "a long password 1", Role.SUPERVISOR);
		String late = openQuery();

		clock.advance(Duration.ofHours(49));
		monitor.escalateMissedTargets();
		clock.advance(Duration.ofHours(100));
		monitor.escalateMissedTargets();

		assertThat(approvals.forCase(late)).singleElement().satisfies(review -> {
			assertThat(review.kind()).isEqualTo(ApprovalKind.REVIEW);
			assertThat(review.pending()).isTrue();
			assertThat(review.reasons()).containsExactly(EscalationReason.SLA_BREACH);
			assertThat(review.requiredApprover()).isEqualTo(EscalationDecision.Approver.SUPERVISOR);
			assertThat(review.owner()).isNotNull();
			assertThat(accounts.get(review.owner()).role()).isIn(Role.SUPERVISOR, Role.MANAGER);
		});
		String owner = accounts.get(approvals.forCase(late).get(0).owner()).displayName();
		assertThat(cases.get(late).timeline()).filteredOn(e -> e.kind() == TimelineKind.ESCALATED)
			.extracting(e -> e.summary())
			.containsExactly("Escalated to supervisor: The case has missed its response or resolution target.");
		assertThat(cases.get(late).timeline()).filteredOn(e -> e.kind() == TimelineKind.APPROVAL)
			.extracting(e -> e.summary())
			.containsExactly("Supervisor review requested (supervisor to decide, owner " + owner
					+ "). The case has missed its response or resolution target.");
	}

	/** A case already under review for a safety concern has that review widened, not a second one. */
	@Test
	void aMissedTargetOnACaseUnderReviewWidensThatReview() {
		accounts.create("sla" + UUID.randomUUID().toString().substring(0, 8), "Sam Late", null, "a long password 1",
				Role.SUPERVISOR);
		String unsafe = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The heater caught fire in my living room and burnt the carpet",
				new ContactDetails("Peter Lang", UUID.randomUUID() + "@example.com", null), null, null, "Heater",
				CaseType.COMPLAINT, false), "staff", null).view().caseNumber();

		clock.advance(Duration.ofDays(30));
		monitor.escalateMissedTargets();

		assertThat(approvals.forCase(unsafe)).singleElement().satisfies(review -> {
			assertThat(review.pending()).isTrue();
			assertThat(review.reasons()).containsExactly(EscalationReason.SAFETY_CONCERN, EscalationReason.SLA_BREACH);
		});
		assertThat(cases.get(unsafe).timeline())
			.anyMatch(e -> e.summary().startsWith("Supervisor review widened") && e.summary().contains("missed"));
	}

	/**
	 * A manager's change to the targets of the case's old priority does not touch its new deadlines: they are the new
	 * priority's targets from when it was logged, plus the time it waited for the customer, and the monitor flags the
	 * case once they pass. Its escalation raises the priority, which the timeline says, and the deadlines follow the
	 * same rule.
	 */
	@Test
	void aCaseMovedToAnotherPriorityAfterATargetWasEditedIsDueFromWhenItWasLogged() {
		String query = openQuery();
		cases.changeStatus(query, CaseStatus.AWAITING_CUSTOMER, null, "staff");
		clock.advance(Duration.ofHours(3));
		cases.changeStatus(query, CaseStatus.IN_PROGRESS, "customer replied", "staff");
		SlaTargetView low = setTarget(CaseType.QUERY, Priority.LOW, 10, 20);
		SlaTargetView normal = setTarget(CaseType.QUERY, Priority.NORMAL, 1, 1);
		try {
			CaseView logged = cases.get(query);
			assertThat(logged.responseDueAt()).as("set from the low priority's 48 hours as they were, plus the wait")
				.isEqualTo(logged.createdAt().plus(Duration.ofHours(48 + 3)));

			cases.updateDetails(query, logged.assignee(), Priority.NORMAL, CaseType.QUERY, "supervisor");

			CaseView moved = cases.get(query);
			assertThat(moved.responseDueAt()).isEqualTo(logged.createdAt().plus(Duration.ofHours(1 + 3)));
			assertThat(moved.resolutionDueAt()).isEqualTo(logged.createdAt().plus(Duration.ofHours(1 + 3)));

			clock.advance(Duration.ofHours(1).plusMinutes(1));
			monitor.escalateMissedTargets();

			CaseView late = cases.get(query);
			assertThat(late.slaBreached()).isTrue();
			assertThat(late.priority()).isEqualTo(Priority.HIGH);
			assertThat(late.timeline()).filteredOn(e -> e.kind() == TimelineKind.PRIORITY_CHANGED)
				.extracting(TimelineEntry::summary, TimelineEntry::actor)
				.containsExactly(tuple("Priority Low → Normal.", "supervisor"),
						tuple("Priority Normal → High.", "system"));
			assertThat(late.responseDueAt()).isEqualTo(
					logged.createdAt().plus(targets.firstResponse(CaseType.QUERY, Priority.HIGH)).plusSeconds(3 * 3600));
			assertThat(late.resolutionDueAt()).isEqualTo(
					logged.createdAt().plus(targets.resolution(CaseType.QUERY, Priority.HIGH)).plusSeconds(3 * 3600));
		}
		finally {
			restore(normal);
			restore(low);
		}
	}

	/** A change of type after a manager changed the old type's targets: the new type's, from when it was logged. */
	@Test
	void aCaseGivenAnotherTypeAfterATargetWasEditedIsDueFromWhenItWasLogged() {
		String query = openQuery();
		SlaTargetView low = setTarget(CaseType.QUERY, Priority.LOW, 10, 20);
		try {
			CaseView logged = cases.get(query);
			cases.updateDetails(query, logged.assignee(), Priority.LOW, CaseType.COMPLAINT, "supervisor");

			CaseView complaint = cases.get(query);
			assertThat(complaint.responseDueAt())
				.isEqualTo(logged.createdAt().plus(targets.firstResponse(CaseType.COMPLAINT, Priority.LOW)));
			assertThat(complaint.resolutionDueAt())
				.isEqualTo(logged.createdAt().plus(targets.resolution(CaseType.COMPLAINT, Priority.LOW)));
		}
		finally {
			restore(low);
		}
	}

	/** Changes a target for one test; {@link #restore} puts it back, as the other tests expect the seeded targets. */
	private SlaTargetView setTarget(CaseType type, Priority priority, int firstResponseHours, int resolutionHours) {
		SlaTargetView before = targets.all().stream()
			.filter(t -> t.caseType() == type && t.priority() == priority)
			.findFirst()
			.orElseThrow();
		targets.change(before.id(), firstResponseHours, resolutionHours, before.version(), "manager");
		return before;
	}

	private void restore(SlaTargetView before) {
		targets.change(before.id(), before.firstResponseHours(), before.resolutionHours(),
				targets.get(before.id()).version(), before.updatedBy());
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
