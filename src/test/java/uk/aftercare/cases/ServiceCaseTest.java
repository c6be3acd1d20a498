package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;
import uk.aftercare.customers.ContactDetails;

/** The case aggregate without Spring: lifecycle, override recording and the append-only timeline. */
class ServiceCaseTest {

	private static final Instant NOW = Instant.parse("2026-11-02T10:15:30Z");

	static OpenCaseCommand command(CaseType chosen) {
		return new OpenCaseCommand(ContactChannel.PHONE, "The kettle leaks, I want a refund",
				new ContactDetails("Jane Smith", "Jane@Example.com ", null), null, " ord-1 ", "Kettle", chosen, false);
	}

	static Suggestion suggestion(CaseType type, Flag... flags) {
		return new Suggestion(type, 0.9, List.of("leaks", "refund"), Set.of(flags));
	}

	private ServiceCase openCase(CaseType chosen, Flag... flags) {
		return new ServiceCase("AC-2026-000001", command(chosen), 7L, suggestion(CaseType.RETURN, flags), "sam", NOW);
	}

	/** The staff directory's display names, and the username for an account it does not know. */
	private static final UnaryOperator<String> NAMED = username -> Map
		.of("sam", "Sam Staff", "sue", "Sue Supervisor")
		.getOrDefault(username, username);

	@Test
	void opensWithTheSuggestedTypeConfirmedAndATimeline() {
		CaseView view = openCase(null).toView();

		assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
		assertThat(view.type()).isEqualTo(CaseType.RETURN);
		assertThat(view.typeOverridden()).isFalse();
		assertThat(view.orderReference()).isEqualTo("ORD-1");
		assertThat(view.customerEmail()).isEqualTo("jane@example.com");
		assertThat(view.assignee()).isEqualTo("sam");
		assertThat(view.timeline()).extracting(TimelineEntry::kind)
			.containsExactly(TimelineKind.OPENED, TimelineKind.TYPE_CONFIRMED);
		assertThat(view.timeline().get(0).channel()).isEqualTo(ContactChannel.PHONE);
	}

	@Test
	void recordsWhoOverrodeTheSuggestionAndFromWhatToWhat() {
		CaseView view = openCase(CaseType.COMPLAINT).toView();

		assertThat(view.type()).isEqualTo(CaseType.COMPLAINT);
		assertThat(view.suggestedType()).isEqualTo(CaseType.RETURN);
		assertThat(view.typeOverridden()).isTrue();
		assertThat(view.typeConfirmedBy()).isEqualTo("sam");
		assertThat(view.timeline().get(1).kind()).isEqualTo(TimelineKind.TYPE_OVERRIDDEN);
		assertThat(view.timeline().get(1).summary()).isEqualTo("Suggested Return; changed to Complaint.");
	}

	@Test
	void safetyConcernMakesTheCaseUrgent() {
		assertThat(openCase(null, Flag.SAFETY_CONCERN).toView().priority()).isEqualTo(Priority.URGENT);
		assertThat(openCase(null, Flag.LEGAL_THREAT).toView().priority()).isEqualTo(Priority.HIGH);
		assertThat(openCase(null).toView().priority()).isEqualTo(Priority.NORMAL);
	}

	@Test
	void staffMarkTheCustomerAsVulnerableOnceWithAnEntryOnTheTimeline() {
		ServiceCase serviceCase = openCase(null);

		assertThat(serviceCase.markVulnerable("sam", NOW)).isTrue();
		assertThat(serviceCase.markVulnerable("sue", NOW)).isFalse();

		assertThat(serviceCase.toView().vulnerableCustomer()).isTrue();
		assertThat(serviceCase.toView().timeline()).filteredOn(e -> e.kind() == TimelineKind.FLAGGED)
			.extracting(e -> e.actor() + ": " + e.summary())
			.containsExactly("sam: Marked by staff: Vulnerable customer.");
	}

	@Test
	void refusesAnIllegalMoveAndKeepsItsStatus() {
		ServiceCase serviceCase = openCase(null);

		assertThatThrownBy(() -> serviceCase.moveTo(CaseStatus.CLOSED, null, "sam", NOW))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("OPEN")
			.hasMessageContaining("CLOSED");
		assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.OPEN);
		assertThat(serviceCase.toView().timeline()).hasSize(2);
	}

	@Test
	void goesThroughTheWholeLifecycleWithEveryStepOnTheTimeline() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.moveTo(CaseStatus.IN_PROGRESS, null, "sam", NOW);
		serviceCase.moveTo(CaseStatus.AWAITING_CUSTOMER, "Asked for photos", "sam", NOW);
		serviceCase.moveTo(CaseStatus.RESOLVED, null, "sam", NOW.plusSeconds(60));
		serviceCase.moveTo(CaseStatus.CLOSED, null, "sam", NOW.plusSeconds(120));
		serviceCase.moveTo(CaseStatus.REOPENED, "Fault came back", "sue", NOW.plusSeconds(180));

		CaseView view = serviceCase.toView();
		assertThat(view.status()).isEqualTo(CaseStatus.REOPENED);
		assertThat(view.resolvedAt()).isNull();
		assertThat(view.closedAt()).isNull();
		assertThat(view.timeline()).filteredOn(e -> e.kind() == TimelineKind.STATUS_CHANGED).hasSize(5);
		assertThat(view.timeline()).last().extracting(TimelineEntry::summary, TimelineEntry::actor)
			.containsExactly("Status Closed → Reopened: Fault came back", "sue");
	}

	@Test
	void countsOnlyContactsFromTheCustomer() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.TO_CUSTOMER, "Called back", "sam", NOW);
		serviceCase.recordContact(ContactChannel.EMAIL, ContactDirection.FROM_CUSTOMER, "Chased", "sam", NOW);

		assertThat(serviceCase.getCustomerContacts()).isEqualTo(2);
		assertThat(serviceCase.toView().timeline()).filteredOn(e -> e.kind() == TimelineKind.CONTACT).hasSize(2);
	}

	@Test
	void theFirstMessageToReachTheCustomerIsTheFirstResponseAndALaterOneLeavesIt() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.respondedToCustomer(NOW.plusSeconds(600), "staff");
		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.TO_CUSTOMER, "Called back", "sam",
				NOW.plusSeconds(1200));
		serviceCase.respondedToCustomer(NOW.plusSeconds(1800), "staff");

		assertThat(serviceCase.toView().firstResponseAt()).isEqualTo(NOW.plusSeconds(600));
	}

	/**
	 * Staff read the timeline and the case record prints it: the owners are named as the pages name them, an account
	 * the directory does not know by its username. Who made the change stays the username.
	 */
	@Test
	void aNewOwnerIsNamedOnTheTimelineByDisplayName() {
		ServiceCase serviceCase = openCase(null);

		serviceCase.updateDetails("sue", Priority.NORMAL, CaseType.RETURN, "sam", NOW, NAMED);
		serviceCase.updateDetails("left.last.year", Priority.NORMAL, CaseType.RETURN, "sue", NOW, NAMED);

		assertThat(serviceCase.toView().timeline()).filteredOn(e -> e.kind() == TimelineKind.ASSIGNED)
			.extracting(TimelineEntry::actor, TimelineEntry::summary)
			.containsExactly(tuple("sam", "Assigned from Sam Staff to Sue Supervisor."),
					tuple("sue", "Assigned from Sue Supervisor to left.last.year."));
		assertThat(serviceCase.toView().assignee()).isEqualTo("left.last.year");
	}

	@Test
	void changingTheTypeLaterIsRecordedAsAnOverride() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.changeType(CaseType.COMPLAINT, "sue", NOW);

		CaseView view = serviceCase.toView();
		assertThat(view.typeOverridden()).isTrue();
		assertThat(view.typeConfirmedBy()).isEqualTo("sue");
		assertThat(view.timeline()).last().extracting(TimelineEntry::kind).isEqualTo(TimelineKind.TYPE_OVERRIDDEN);
	}

	@Test
	void refusesANewOwnerPriorityOrTypeOnceClosedButTakesContactsAndNotes() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.moveTo(CaseStatus.RESOLVED, null, "sam", NOW);
		serviceCase.moveTo(CaseStatus.CLOSED, null, "sam", NOW);

		assertThatThrownBy(() -> serviceCase.updateDetails("sue", Priority.NORMAL, CaseType.RETURN, "sam", NOW, NAMED))
			.isInstanceOf(CaseClosedException.class);
		assertThatThrownBy(() -> serviceCase.updateDetails("sam", Priority.URGENT, CaseType.RETURN, "sam", NOW, NAMED))
			.isInstanceOf(CaseClosedException.class);
		assertThatThrownBy(() -> serviceCase.updateDetails("sam", Priority.NORMAL, CaseType.COMPLAINT, "sam", NOW, NAMED))
			.isInstanceOf(CaseClosedException.class);
		serviceCase.updateDetails("sam", Priority.NORMAL, CaseType.RETURN, "sam", NOW, NAMED);
		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Called about it", "sam", NOW);
		serviceCase.addNote("Told them it is closed", "sam", NOW);

		CaseView view = serviceCase.toView();
		assertThat(view).extracting(CaseView::assignee, CaseView::priority, CaseView::type)
			.containsExactly("sam", Priority.NORMAL, CaseType.RETURN);
		assertThat(view.timeline()).extracting(TimelineEntry::kind).endsWith(TimelineKind.STATUS_CHANGED,
				TimelineKind.CONTACT, TimelineKind.NOTE);
	}

	@Test
	void reopenedCaseTakesANewOwnerPriorityAndType() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.moveTo(CaseStatus.RESOLVED, null, "sam", NOW);
		serviceCase.moveTo(CaseStatus.CLOSED, null, "sam", NOW);
		serviceCase.moveTo(CaseStatus.REOPENED, "Fault came back", "sam", NOW);

		serviceCase.updateDetails("sue", Priority.HIGH, CaseType.COMPLAINT, "sam", NOW, NAMED);

		assertThat(serviceCase.toView()).extracting(CaseView::assignee, CaseView::priority, CaseView::type)
			.containsExactly("sue", Priority.HIGH, CaseType.COMPLAINT);
	}

	@Test
	void escalationRaisesPriorityAndIsRecordedOnce() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.escalate(Set.of("LEGAL_THREAT"), "Legal threat", Priority.HIGH, "system", NOW);
		serviceCase.escalate(Set.of("LEGAL_THREAT"), "Legal threat", Priority.HIGH, "system", NOW);

		CaseView view = serviceCase.toView();
		assertThat(view.escalated()).isTrue();
		assertThat(view.escalationReasons()).containsExactly("LEGAL_THREAT");
		assertThat(view.priority()).isEqualTo(Priority.HIGH);
		assertThat(view.timeline()).filteredOn(e -> e.kind() == TimelineKind.ESCALATED).hasSize(1);
	}

	@Test
	void missesItsFirstResponseTargetWhenNobodyRepliedInTime() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.setSlaTargets(java.time.Duration.ofHours(2), java.time.Duration.ofHours(48));

		assertThat(serviceCase.missedTarget(NOW.plusSeconds(2 * 3600))).isNull();
		assertThat(serviceCase.missedTarget(NOW.plusSeconds(2 * 3600 + 1))).isEqualTo("first response");

		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.TO_CUSTOMER, "Called back", "sam",
				NOW.plusSeconds(3600));
		assertThat(serviceCase.missedTarget(NOW.plusSeconds(3 * 3600))).isNull();
	}

	@Test
	void pausesTheSlaClockWhileAwaitingTheCustomer() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.setSlaTargets(java.time.Duration.ofHours(2), java.time.Duration.ofHours(48));
		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.TO_CUSTOMER, "Asked for photos", "sam", NOW);
		serviceCase.moveTo(CaseStatus.AWAITING_CUSTOMER, null, "sam", NOW);
		Instant afterTheTarget = NOW.plusSeconds(50 * 3600);

		assertThat(serviceCase.missedTarget(afterTheTarget)).as("paused").isNull();

		serviceCase.moveTo(CaseStatus.IN_PROGRESS, "photos arrived", "sam", NOW.plusSeconds(24 * 3600));
		assertThat(serviceCase.missedTarget(afterTheTarget)).as("24 hours waiting added").isNull();
		assertThat(serviceCase.missedTarget(NOW.plusSeconds(72 * 3600 + 1))).isEqualTo("resolution");
	}

	@Test
	void newTargetsKeepTheTimeTheCaseWaitedForTheCustomer() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.setSlaTargets(java.time.Duration.ofHours(24), java.time.Duration.ofHours(72));
		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.TO_CUSTOMER, "Asked for photos", "sam", NOW);
		serviceCase.moveTo(CaseStatus.AWAITING_CUSTOMER, null, "sam", NOW);
		serviceCase.moveTo(CaseStatus.IN_PROGRESS, "photos arrived", "sam", NOW.plusSeconds(10 * 3600));

		// Urgent now: 24 hours to resolve instead of 72, from when it was logged, plus the 10 hours it waited.
		serviceCase.retarget(java.time.Duration.ofHours(4), java.time.Duration.ofHours(24));

		assertThat(serviceCase.missedTarget(NOW.plusSeconds(34 * 3600))).isNull();
		assertThat(serviceCase.missedTarget(NOW.plusSeconds(34 * 3600 + 1))).isEqualTo("resolution");
		assertThat(serviceCase.toView().responseDueAt()).as("the first response was given: nothing to move")
			.isEqualTo(NOW.plusSeconds(34 * 3600));
	}

	/**
	 * New targets are the new priority's or type's hours from when the case was logged, plus every wait for the
	 * customer that has ended, whatever the targets it had (set from a row a manager may have changed since); a wait
	 * still running moves them when it ends, as it would have the old ones.
	 */
	@Test
	void newTargetsCountFromWhenTheCaseWasLoggedPlusEveryWaitForTheCustomer() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.setSlaTargets(java.time.Duration.ofHours(48), java.time.Duration.ofHours(120));
		serviceCase.moveTo(CaseStatus.AWAITING_CUSTOMER, null, "sam", NOW.plusSeconds(3600));
		serviceCase.moveTo(CaseStatus.IN_PROGRESS, "photos arrived → Awaiting customer.", "sam",
				NOW.plusSeconds(4 * 3600));
		serviceCase.moveTo(CaseStatus.AWAITING_CUSTOMER, "asked for the receipt", "sam", NOW.plusSeconds(5 * 3600));
		serviceCase.recordContact(ContactChannel.EMAIL, ContactDirection.FROM_CUSTOMER, "Receipt attached", "sam",
				NOW.plusSeconds(7 * 3600));
		serviceCase.moveTo(CaseStatus.AWAITING_CUSTOMER, null, "sam", NOW.plusSeconds(8 * 3600));

		serviceCase.retarget(java.time.Duration.ofHours(1), java.time.Duration.ofHours(2));

		assertThat(serviceCase.timeWaitedForCustomer()).as("3 hours, then 2 until the customer replied")
			.isEqualTo(java.time.Duration.ofHours(5));
		assertThat(serviceCase.toView().responseDueAt()).isEqualTo(NOW.plusSeconds(6 * 3600));
		assertThat(serviceCase.toView().resolutionDueAt()).isEqualTo(NOW.plusSeconds(7 * 3600));

		serviceCase.moveTo(CaseStatus.IN_PROGRESS, null, "sam", NOW.plusSeconds(10 * 3600));
		assertThat(serviceCase.toView().responseDueAt()).as("and the 2 hours of the last wait when it ended")
			.isEqualTo(NOW.plusSeconds(8 * 3600));
		assertThat(serviceCase.toView().resolutionDueAt()).isEqualTo(NOW.plusSeconds(9 * 3600));
	}

	/** An escalation that raises the priority says so on the timeline, in the words of a change made by staff. */
	@Test
	void anEscalationThatRaisesThePriorityRecordsTheChangeOfPriority() {
		ServiceCase serviceCase = openCase(null);

		serviceCase.escalate(Set.of("SLA_BREACH"), "Escalated to supervisor: missed target.", Priority.HIGH, "system",
				NOW);
		serviceCase.escalate(Set.of("SAFETY_CONCERN"), "Escalated to manager: safety.", Priority.HIGH, "system", NOW);

		assertThat(serviceCase.toView().priority()).isEqualTo(Priority.HIGH);
		assertThat(serviceCase.toView().timeline()).filteredOn(e -> e.kind() != TimelineKind.OPENED
				&& e.kind() != TimelineKind.TYPE_CONFIRMED)
			.extracting(TimelineEntry::kind, TimelineEntry::summary, TimelineEntry::actor)
			.containsExactly(tuple(TimelineKind.ESCALATED, "Escalated to supervisor: missed target.", "system"),
					tuple(TimelineKind.PRIORITY_CHANGED, "Priority Normal → High.", "system"),
					tuple(TimelineKind.ESCALATED, "Escalated to manager: safety.", "system"));
	}

	/** The customer's reply ends the wait: in progress again, clocks running, moved on by the time waited. */
	@Test
	void theCustomersReplyToACaseWaitingForThemPutsItBackInProgress() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.setSlaTargets(java.time.Duration.ofHours(24), java.time.Duration.ofHours(72));
		serviceCase.recordContact(ContactChannel.PHONE, ContactDirection.TO_CUSTOMER, "Asked for photos", "sam", NOW);
		serviceCase.moveTo(CaseStatus.AWAITING_CUSTOMER, null, "sam", NOW);
		serviceCase.recordContact(ContactChannel.EMAIL, ContactDirection.TO_CUSTOMER, "Reminder", "sam",
				NOW.plusSeconds(3600));
		assertThat(serviceCase.getStatus()).as("our own reminder does not end the wait")
			.isEqualTo(CaseStatus.AWAITING_CUSTOMER);

		serviceCase.recordContact(ContactChannel.EMAIL, ContactDirection.FROM_CUSTOMER, "Photos attached", "sam",
				NOW.plusSeconds(10 * 3600));

		assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(serviceCase.toView().resolutionDueAt()).isEqualTo(NOW.plusSeconds(82 * 3600));
		assertThat(serviceCase.toView().timeline()).last().satisfies(
				e -> assertThat(e.summary()).isEqualTo("Status Awaiting customer → In progress: the customer replied"));
	}

	@Test
	void marksABreachOnceOnTheTimeline() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.markSlaBreached("resolution", "system", NOW);
		serviceCase.markSlaBreached("resolution", "system", NOW);

		assertThat(serviceCase.toView().slaBreached()).isTrue();
		assertThat(serviceCase.missedTarget(NOW.plusSeconds(999_999))).isNull();
		assertThat(serviceCase.toView().timeline()).filteredOn(e -> e.kind() == TimelineKind.SLA_BREACHED).hasSize(1);
	}

	@Test
	void waitsForApprovalAndMovesOnWhenDecided() {
		ServiceCase serviceCase = openCase(null);
		serviceCase.approvalRequested("Refund approval requested for £400.00", "sam", NOW);
		assertThat(serviceCase.toView().status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
		assertThat(serviceCase.toView().approvalState()).isEqualTo(ApprovalState.PENDING);

		serviceCase.approvalDecided(ApprovalState.APPROVED, "Approved by sue.", "sue", NOW);
		assertThat(serviceCase.toView().status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(serviceCase.toListItem().approvalState()).isEqualTo(ApprovalState.APPROVED);
	}

	private static Object column(ServiceCase serviceCase, String column) {
		return serviceCase.rowValues().get(ServiceCase.COLUMNS.indexOf(column));
	}

	@Test
	void keepsEverySearchKeyWithinItsColumnWhateverTheTextChangesCaseTo() {
		// "İ" lower-cases to two characters with String.toLowerCase, "ß" upper-cases to "SS".
		var command = new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("İ".repeat(61), "İ".repeat(64) + "@example.com", "+44 7700 900123 45 67 89"), null,
				"ß".repeat(60), null, null, false);
		ServiceCase serviceCase = new ServiceCase("AC-2026-000001", command, 7L, suggestion(CaseType.QUERY), "sam",
				NOW);

		assertThat((String) column(serviceCase, "customer_name_key")).isEqualTo("i".repeat(61));
		assertThat((String) column(serviceCase, "customer_surname_key")).isEqualTo("i".repeat(61));
		assertThat((String) column(serviceCase, "customer_email")).isEqualTo("i".repeat(64) + "@example.com");
		assertThat((String) column(serviceCase, "order_reference")).hasSize(60);
		assertThat((String) column(serviceCase, "customer_phone_key")).hasSizeLessThanOrEqualTo(20);
	}

	@Test
	void cutsANameKeyLongerThanItsColumnWithoutSplittingACharacter() {
		assertThat(SearchKeys.nameKey("A".repeat(150))).isEqualTo("a".repeat(120));
		assertThat(SearchKeys.nameKey("a".repeat(119) + "\uD83D\uDE00")).isEqualTo("a".repeat(119));
		assertThat(SearchKeys.surnameKey("Jane " + "X".repeat(130))).isEqualTo("x".repeat(120));
	}

	@Test
	void keepsTheNameKeysFoldedAndWithinTheirColumnWhenFoldingSpellsALetterOut() {
		var command = new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Zoë Ünïcödé", null, "07700 900123"), null, null, null, null, false);
		ServiceCase serviceCase = new ServiceCase("AC-2026-000001", command, 7L, suggestion(CaseType.QUERY), "sam",
				NOW);

		assertThat((String) column(serviceCase, "customer_name")).isEqualTo("Zoë Ünïcödé");
		assertThat((String) column(serviceCase, "customer_name_key")).isEqualTo("zoe unicode");
		assertThat((String) column(serviceCase, "customer_surname_key")).isEqualTo("unicode");
		assertThat(SearchKeys.nameKey("ß".repeat(70))).isEqualTo("s".repeat(120));
		assertThat(SearchKeys.surnameKey("Jane " + "Æ".repeat(70))).isEqualTo("ae".repeat(60));
	}

	@Test
	void formatsReadableCaseNumbers() {
		assertThat(CaseNumbers.format(2026, 123)).isEqualTo("AC-2026-000123");
		assertThat(CaseNumbers.format(2027, 1234567)).isEqualTo("AC-2027-1234567");
	}

}
