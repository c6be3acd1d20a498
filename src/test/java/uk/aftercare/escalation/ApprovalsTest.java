package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalMatchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.endsWith;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;

/** Who owns a supervisor review, and who can decide a request at all, without Spring. */
class ApprovalsTest {

	private final ApprovalRequestRepository requests = mock(ApprovalRequestRepository.class);

	private final StaffDirectory staff = mock(StaffDirectory.class);

	private final CaseService cases = mock(CaseService.class);

	private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

	private final Approvals approvals = new Approvals(requests, cases, staff, events,
			new ShopClock(Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneId.of("Europe/London"))),
			mock(PlatformTransactionManager.class));

	private static StaffMember member(String username, Role role) {
		return new StaffMember(username, username, null, role, true);
	}

	@BeforeEach
	void saving() {
		when(requests.save(any())).thenAnswer(call -> call.getArgument(0));
	}

	private ApprovalView reviewRaisedBy(String requestedBy) {
		return approvals.request(new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null, null, null, null,
				List.of(EscalationReason.VULNERABLE_CUSTOMER), "Customer is recently bereaved", requestedBy, null));
	}

	@Test
	void aReviewRaisedByASupervisorIsOwnedByAnotherSupervisor() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("ann", Role.SUPERVISOR), member("bob", Role.SUPERVISOR)));

		assertThat(reviewRaisedBy("ANN").owner()).isEqualTo("bob");
	}

	@Test
	void aReviewRaisedByTheOnlySupervisorGoesToAManager() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("ann", Role.SUPERVISOR), member("mo", Role.MANAGER)));
		when(staff.withRoleAtLeast(Role.MANAGER)).thenReturn(List.of(member("mo", Role.MANAGER)));

		assertThat(reviewRaisedBy("ann").owner()).isEqualTo("mo");
	}

	@Test
	void aReviewRaisedByTheOnlyManagerOfAShopWithoutSupervisorsHasNoOwner() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR)).thenReturn(List.of(member("mo", Role.MANAGER)));
		when(staff.withRoleAtLeast(Role.MANAGER)).thenReturn(List.of(member("mo", Role.MANAGER)));

		assertThat(reviewRaisedBy("mo").owner()).isNull();
	}

	private void refundAskedForBy(String requestedBy) {
		approvals.request(new NewApproval("AC-2026-000002", ApprovalKind.REFUND, null, new BigDecimal("900.00"),
				"FULL_REFUND", "Consumer Rights Act 2015 ss.20-22", List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT),
				"Washing machine leaked on day 10", requestedBy, EscalationDecision.Approver.MANAGER));
	}

	@Test
	void aRefundOnlyAManagerMayDecideAskedForByTheOnlyManagerSaysOnTheCaseThatNobodyCanDecideItYet() {
		when(staff.withRoleAtLeast(Role.MANAGER)).thenReturn(List.of(member("mo", Role.MANAGER)));

		refundAskedForBy("mo");

		verify(cases).approvalRequested(eq("AC-2026-000002"),
				endsWith("Nobody can decide this yet: no other manager has an active account. A manager adds one under Users."),
				eq("mo"));
	}

	@Test
	void aRefundAskedForByOneOfTwoManagersSaysNothingOfTheKind() {
		when(staff.withRoleAtLeast(Role.MANAGER))
			.thenReturn(List.of(member("mo", Role.MANAGER), member("meg", Role.MANAGER)));

		refundAskedForBy("mo");

		verify(cases).approvalRequested(eq("AC-2026-000002"), not(contains("Nobody can decide")), eq("mo"));
	}

	@Test
	void aReviewRaisedByTheOnlyManagerOfAShopWithoutSupervisorsSaysSoOnTheCase() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR)).thenReturn(List.of(member("mo", Role.MANAGER)));
		when(staff.withRoleAtLeast(Role.MANAGER)).thenReturn(List.of(member("mo", Role.MANAGER)));

		reviewRaisedBy("mo");

		verify(cases).record(eq("AC-2026-000001"), eq(TimelineKind.APPROVAL),
				contains("Nobody can decide this yet: no other supervisor or manager has an active account."), eq("mo"));
	}


	/**
	 * The case's timeline names the review's owner, and who decided, as the pages do: staff read it, and the case
	 * record prints it. Who asked and who decided stay usernames in the entry's actor.
	 */
	@Test
	void aReviewNamesItsOwnerAndItsDeciderOnTheTimelineByDisplayName() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("ann", Role.SUPERVISOR), member("bob", Role.SUPERVISOR)));
		when(staff.displayName("bob")).thenReturn(java.util.Optional.of("Bob Bright"));
		ApprovalView review = reviewRaisedBy("ann");
		verify(cases).record(eq("AC-2026-000001"), eq(TimelineKind.APPROVAL),
				startsWith("Supervisor review requested (supervisor to decide, owner Bob Bright). "), eq("ann"));

		ApprovalRequest saved = new ApprovalRequest(new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null, null,
				null, null, List.of(EscalationReason.VULNERABLE_CUSTOMER), "Customer is recently bereaved", "ann",
				null), EscalationDecision.Approver.SUPERVISOR, false, review.owner(), Instant.now());
		when(requests.findById(7L)).thenReturn(java.util.Optional.of(saved));
		approvals.decide(7L, Decision.APPROVE, "Handled with care", null, "bob", false);

		verify(cases).record("AC-2026-000001", TimelineKind.APPROVAL, "Reviewed by Bob Bright: Handled with care",
				"bob");
	}

	/** A reason added to a review waiting names its owner the same way; an account no longer known by username. */
	@Test
	void aWidenedReviewNamesItsOwnerOnTheTimelineByDisplayName() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("ann", Role.SUPERVISOR), member("bob", Role.SUPERVISOR)));
		when(staff.displayName("bob")).thenReturn(java.util.Optional.of("Bob Bright"));
		ApprovalRequest waiting = new ApprovalRequest(new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null,
				null, null, null, List.of(EscalationReason.VULNERABLE_CUSTOMER), "Customer is recently bereaved", "ann",
				null), EscalationDecision.Approver.SUPERVISOR, false, "bob", Instant.now());
		when(requests.findFirstByCaseNumberAndKindAndStatus("AC-2026-000001", ApprovalKind.REVIEW,
				ApprovalStatus.PENDING)).thenReturn(java.util.Optional.of(waiting));
		when(requests.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));

		approvals.request(new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null, null, null, null,
				List.of(EscalationReason.LEGAL_THREAT), "Now a solicitor's letter too", "ann", null));

		verify(cases).record(eq("AC-2026-000001"), eq(TimelineKind.APPROVAL),
				startsWith("Supervisor review widened (owner Bob Bright). "), eq("ann"));
	}

	/** The e-mail to supervisors says what is new on a review they may already have read about. */
	@Test
	void aWidenedReviewIsAnnouncedWithOnlyTheReasonsItDidNotHave() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("ann", Role.SUPERVISOR), member("bob", Role.SUPERVISOR)));
		ApprovalRequest waiting = new ApprovalRequest(new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null,
				null, null, null, List.of(EscalationReason.VULNERABLE_CUSTOMER), "Customer is recently bereaved", "sam",
				null), EscalationDecision.Approver.SUPERVISOR, false, "bob", Instant.now());
		when(requests.findFirstByCaseNumberAndKindAndStatus("AC-2026-000001", ApprovalKind.REVIEW,
				ApprovalStatus.PENDING)).thenReturn(java.util.Optional.of(waiting));
		when(requests.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));

		approvals.request(new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null, null, null, null,
				List.of(EscalationReason.VULNERABLE_CUSTOMER, EscalationReason.LEGAL_THREAT),
				"Now a solicitor's letter too", "ann", null));

		ArgumentCaptor<ApprovalRequested> announced = ArgumentCaptor.forClass(ApprovalRequested.class);
		verify(events).publishEvent(announced.capture());
		assertThat(announced.getValue().widened()).isTrue();
		assertThat(announced.getValue().addedReasons()).containsExactly(EscalationReason.LEGAL_THREAT);
		assertThat(announced.getValue().widenedBy()).isEqualTo("ann");
		assertThat(announced.getValue().approval().reasons())
			.containsExactly(EscalationReason.VULNERABLE_CUSTOMER, EscalationReason.LEGAL_THREAT);
	}

	@Test
	void aNewReviewIsAnnouncedAsNewNotWidened() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("ann", Role.SUPERVISOR), member("bob", Role.SUPERVISOR)));

		reviewRaisedBy("ann");

		ArgumentCaptor<ApprovalRequested> announced = ArgumentCaptor.forClass(ApprovalRequested.class);
		verify(events).publishEvent(announced.capture());
		assertThat(announced.getValue().widened()).isFalse();
	}

	private static ApprovalView refundAskedBy(long id, String requestedBy, EscalationDecision.Approver approver) {
		return new ApprovalView(id, "AC-2026-000001", ApprovalKind.REFUND, null, new BigDecimal("400.00"),
				"FULL_REFUND", null, List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT), "Kettle", approver, false,
				null, requestedBy, Instant.now(), ApprovalStatus.PENDING, null, null, null, 0);
	}

	/** The only manager asked for a refund above the supervisor's limit: nobody else may decide it. */
	@Test
	void saysWhichRequestsOnAPageNobodyElseMayDecideReadingTheAccountsOnce() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("sue", Role.SUPERVISOR), member("mo", Role.MANAGER)));

		assertThat(approvals.nobodyToDecide(List.of(refundAskedBy(1, "sam", EscalationDecision.Approver.MANAGER),
				refundAskedBy(2, "mo", EscalationDecision.Approver.MANAGER),
				refundAskedBy(3, "mo", EscalationDecision.Approver.SUPERVISOR))))
			.containsExactly(2L);
		verify(staff, org.mockito.Mockito.times(1)).withRoleAtLeast(any());
	}

	private ApprovalRequest reviewOwnedBy(String owner) {
		return new ApprovalRequest(new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null, null, null, null,
				List.of(EscalationReason.SAFETY_CONCERN), "The heater caught fire", "sam", null),
				EscalationDecision.Approver.SUPERVISOR, true, owner, Instant.now());
	}

	private void named(String username, String displayName) {
		when(staff.displayName(username)).thenReturn(java.util.Optional.of(displayName));
	}

	@Test
	void aReviewWhoseOwnerIsDisabledPassesToAnotherSupervisorNamedOnTheTimeline() {
		ApprovalRequest review = reviewOwnedBy("terry");
		when(requests.findByOwnerAndStatus("terry", ApprovalStatus.PENDING)).thenReturn(List.of(review));
		// Already disabled: the directory no longer lists them among those who may decide.
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("bob", Role.SUPERVISOR), member("mo", Role.MANAGER)));
		named("terry", "Terry Supply");
		named("bob", "Bob Bright");

		approvals.on(new uk.aftercare.staff.StaffDisabled("terry", "mo"));

		assertThat(review.owner()).isEqualTo("bob");
		verify(cases).record("AC-2026-000001", TimelineKind.APPROVAL,
				"Supervisor review passed on from Terry Supply, whose account was disabled, to Bob Bright.", "mo");
	}

	@Test
	void aReviewWhoseOwnerIsMadeStaffPassesOn() {
		ApprovalRequest review = reviewOwnedBy("terry");
		when(requests.findByOwnerAndStatus("terry", ApprovalStatus.PENDING)).thenReturn(List.of(review));
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("bob", Role.SUPERVISOR), member("mo", Role.MANAGER)));
		named("terry", "Terry Supply");
		named("bob", "Bob Bright");

		approvals.on(new uk.aftercare.staff.StaffRoleChanged("terry", Role.STAFF, Role.SUPERVISOR, "mo"));

		assertThat(review.owner()).isEqualTo("bob");
		verify(cases).record("AC-2026-000001", TimelineKind.APPROVAL,
				"Supervisor review passed on from Terry Supply, whose role is now Staff, to Bob Bright.", "mo");
	}

	@Test
	void aManagerMadeASupervisorKeepsTheReviewsTheyOwn() {
		ApprovalRequest review = reviewOwnedBy("meg");
		when(requests.findByOwnerAndStatus("meg", ApprovalStatus.PENDING)).thenReturn(List.of(review));
		when(staff.withRoleAtLeast(Role.SUPERVISOR))
			.thenReturn(List.of(member("meg", Role.SUPERVISOR), member("mo", Role.MANAGER)));

		approvals.on(new uk.aftercare.staff.StaffRoleChanged("meg", Role.SUPERVISOR, Role.MANAGER, "mo"));

		assertThat(review.owner()).isEqualTo("meg");
		verify(cases, org.mockito.Mockito.never()).record(any(), any(), any(), any());
	}

	@Test
	void aReviewWhoseOwnerLeavesWithNobodyElseToDecideItSaysSoOnTheTimeline() {
		ApprovalRequest review = reviewOwnedBy("terry");
		when(requests.findByOwnerAndStatus("terry", ApprovalStatus.PENDING)).thenReturn(List.of(review));
		named("terry", "Terry Supply");

		approvals.on(new uk.aftercare.staff.StaffDisabled("terry", "mo"));

		assertThat(review.owner()).isNull();
		verify(cases).record("AC-2026-000001", TimelineKind.APPROVAL,
				"Supervisor review left without an owner: Terry Supply, whose account was disabled, may no longer "
						+ "decide it. Nobody can decide this yet: no other supervisor or manager has an active account. "
						+ "A manager adds one under Users.",
				"mo");
	}

	/** A review left with an owner who can no longer sign in (before reviews passed on) gets one who can. */
	@Test
	void aWidenedReviewWhoseOwnerWasDisabledPassesToOneWhoCanDecideIt() {
		ApprovalRequest waiting = reviewOwnedBy("terry");
		when(requests.findFirstByCaseNumberAndKindAndStatus("AC-2026-000001", ApprovalKind.REVIEW,
				ApprovalStatus.PENDING)).thenReturn(java.util.Optional.of(waiting));
		when(requests.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
		when(staff.withRoleAtLeast(Role.SUPERVISOR)).thenReturn(List.of(member("bob", Role.SUPERVISOR)));
		named("bob", "Bob Bright");

		ApprovalView widened = approvals.request(new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null, null,
				null, null, List.of(EscalationReason.LEGAL_THREAT), "Now a solicitor's letter too", "sam", null));

		assertThat(widened.owner()).isEqualTo("bob");
		verify(cases).record(eq("AC-2026-000001"), eq(TimelineKind.APPROVAL),
				startsWith("Supervisor review widened (owner Bob Bright). "), eq("sam"));
	}

}
