package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

import uk.aftercare.cases.CaseService;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;

/** Who owns a supervisor review, without Spring. */
class ApprovalsTest {

	private final ApprovalRequestRepository requests = mock(ApprovalRequestRepository.class);

	private final StaffDirectory staff = mock(StaffDirectory.class);

	private final Approvals approvals = new Approvals(requests, mock(CaseService.class), staff,
			mock(ApplicationEventPublisher.class),
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

}
