package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.aftercare.escalation.EscalationDecision.Approver;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ForbiddenException;

class ApprovalRequestTest {

	private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	static ApprovalRequest refund(String amount, Approver approver) {
		return new ApprovalRequest(new NewApproval("AC-2026-000001", ApprovalKind.REFUND, "RMA-2026-000001",
				new BigDecimal(amount), "FULL_REFUND", "Consumer Rights Act 2015 ss.20-22",
				List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT), "Kettle refund", "staff", null), approver, false,
				null, NOW);
	}

	@Test
	void aSupervisorApprovesAStaffRequestWithANote() {
		ApprovalRequest request = refund("400.00", Approver.SUPERVISOR);
		request.decide(Decision.APPROVE, "supervisor", false, " Faulty within 30 days ", NOW.plusSeconds(600));

		ApprovalView view = request.toView();
		assertThat(view.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(view.decidedBy()).isEqualTo("supervisor");
		assertThat(view.decisionNote()).isEqualTo("Faulty within 30 days");
		assertThat(view.age(NOW.plusSeconds(9999)).toMinutes()).isEqualTo(10);
	}

	@Test
	void forbidsApprovingOwnRequest() {
		ApprovalRequest request = refund("400.00", Approver.SUPERVISOR);
		assertThatThrownBy(() -> request.decide(Decision.APPROVE, "STAFF", true, null, NOW))
			.isInstanceOf(ForbiddenException.class)
			.hasMessage("You asked for this; another supervisor or a manager must decide it.");
		assertThat(request.toView().pending()).isTrue();
	}

	@Test
	void forbidsAManagerApprovingTheirOwnRequestAboveTheSupervisorsLimit() {
		ApprovalRequest request = refund("1400.00", Approver.MANAGER);
		assertThatThrownBy(() -> request.decide(Decision.APPROVE, "STAFF", true, null, NOW))
			.isInstanceOf(ForbiddenException.class)
			.hasMessage("You asked for this; another manager must decide it.");
	}

	@Test
	void needsAManagerAboveTheSupervisorsLimit() {
		ApprovalRequest request = refund("1400.00", Approver.MANAGER);
		assertThatThrownBy(() -> request.decide(Decision.APPROVE, "supervisor", false, null, NOW))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("manager");
		request.decide(Decision.REJECT, "manager", true, "Not faulty on inspection", NOW);
		assertThat(request.toView().status()).isEqualTo(ApprovalStatus.REJECTED);
	}

	@Test
	void isNotRejectedWithoutAReason() {
		ApprovalRequest request = refund("400.00", Approver.SUPERVISOR);

		assertThatThrownBy(() -> request.decide(Decision.REJECT, "supervisor", false, " ", NOW))
			.isInstanceOf(uk.aftercare.shared.InvalidInputException.class)
			.hasMessageContaining("is required to reject");
		assertThat(request.toView().status()).isEqualTo(ApprovalStatus.PENDING);
	}

	@Test
	void isDecidedOnlyOnceAndSaysByWhom() {
		ApprovalRequest request = refund("400.00", Approver.SUPERVISOR);
		request.decide(Decision.APPROVE, "supervisor", false, null, NOW);

		assertThatThrownBy(() -> request.decide(Decision.REJECT, "manager", true, null, NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("approved by supervisor");
	}


	private static NewApproval question(String by, String text) {
		return new NewApproval("AC-2026-000001", ApprovalKind.REVIEW, null, null, null, null,
				List.of(EscalationReason.STAFF_REQUEST), SupervisorRequests.QUESTION + by + ": " + text, by,
				Approver.SUPERVISOR);
	}

	@Test
	void aSecondQuestionWidensTheReviewAndKeepsTheFirst() {
		ApprovalRequest review = new ApprovalRequest(question("Sam Staff", "Waive the charge?"), Approver.SUPERVISOR,
				false, "sue", NOW);

		assertThat(review.widen(question("Tom Staff", "And the delivery?"), false)).isTrue();
		assertThat(review.widen(question("Tom Staff", "And the delivery?"), false)).isFalse();

		assertThat(review.toView().reasons()).containsExactly(EscalationReason.STAFF_REQUEST);
		assertThat(review.toView().summary())
			.isEqualTo("Question from Tom Staff: And the delivery?\nQuestion from Sam Staff: Waive the charge?");
		assertThat(review.askers()).containsExactly("Sam Staff", "Tom Staff");
	}

	@Test
	void questionsKeptOnAWidenedReviewFitItsSummaryTheOldestGoingFirst() {
		ApprovalRequest review = new ApprovalRequest(question("a", "x".repeat(500)), Approver.SUPERVISOR, false,
				"sue", NOW);
		for (String by : List.of("b", "c", "d", "e")) {
			review.widen(question(by, "x".repeat(500)), false);
		}

		String summary = review.toView().summary();
		assertThat(summary.length()).isLessThanOrEqualTo(ApprovalRequest.SUMMARY_LENGTH);
		assertThat(summary).startsWith(SupervisorRequests.QUESTION + "e: ")
			.doesNotContain(SupervisorRequests.QUESTION + "a: ");
	}

}
