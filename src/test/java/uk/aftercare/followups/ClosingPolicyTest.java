package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.aftercare.followups.ClosingPolicy.ReturnOnCase;
import uk.aftercare.followups.ClosingPolicy.Violation;
import uk.aftercare.returns.RmaStatus;

class ClosingPolicyTest {

	private final ClosingPolicy policy = new ClosingPolicy();

	private static ClosingRequest checklistDone() {
		return new ClosingRequest("Replacement kettle delivered", true, true, true, null, null, null, false);
	}

	private static ClosingRequest complaintDone() {
		return new ClosingRequest("Apologised and refunded delivery", true, true, true, RootCause.DELIVERY,
				"Courier briefed on leaving parcels", null, true);
	}

	@Test
	void closesACaseWithTheChecklistDone() {
		assertThat(policy.check(checklistDone(), false, 0, true)).isEmpty();
	}

	@Test
	void requiresTheOutcomeAndEveryChecklistItem() {
		var request = new ClosingRequest("  ", false, false, false, null, null, null, false);

		assertThat(policy.check(request, false, 0, true)).extracting(Violation::field)
			.containsExactly("outcome", "outcomeConfirmed", "customerThanked", "feedbackInvited");
	}

	@Test
	void requiresARootCauseAndAPreventiveMeasureForAComplaint() {
		assertThat(policy.check(checklistDone(), true, 0, true)).containsExactly(
				new Violation("rootCause", "closing.rootCause.required"),
				new Violation("preventiveMeasure", "closing.preventiveMeasure.required"));
		assertThat(policy.check(complaintDone(), true, 0, true)).isEmpty();
	}

	@Test
	void limitsThePreventiveMeasureTo1000Characters() {
		var request = new ClosingRequest("Outcome", true, true, true, RootCause.PROCESS, "x".repeat(1001), null, false);

		assertThat(policy.check(request, true, 0, true))
			.containsExactly(new Violation("preventiveMeasure", "closing.preventiveMeasure.tooLong"));
	}

	@Test
	void needsAReasonOnlyWhenFollowUpsAreStillOpen() {
		assertThat(policy.check(checklistDone(), false, 2, true))
			.containsExactly(new Violation("openFollowUpsReason", "closing.openFollowUpsReason.required"));

		var withReason = new ClosingRequest("Outcome", true, true, true, null, null,
				"Repair check stays with the workshop", false);
		assertThat(policy.check(withReason, false, 2, true)).isEmpty();
	}

	@Test
	void refusesASurveyByEmailForACustomerWhoCannotBeEmailed() {
		assertThat(policy.check(complaintDone(), true, 0, false))
			.containsExactly(new Violation("surveyByEmail", "closing.surveyByEmail.impossible"));
	}

	@Test
	void refusesToCloseWhileAReturnAuthorisationIsUnfinishedNamingEachOne() {
		var returns = List.of(new ReturnOnCase("RMA-2026-000001", RmaStatus.REQUESTED),
				new ReturnOnCase("RMA-2026-000002", RmaStatus.DENIED),
				new ReturnOnCase("RMA-2026-000003", RmaStatus.INSPECTED),
				new ReturnOnCase("RMA-2026-000004", RmaStatus.REFUNDED),
				new ReturnOnCase("RMA-2026-000005", RmaStatus.CLOSED));

		assertThat(policy.check(new ClosingRequest(null, true, true, true, null, null, null, false), false, 0, true,
				returns)).containsExactly(
						new Violation(null, "closing.returnUnfinished.REQUESTED", List.of("RMA-2026-000001")),
						new Violation(null, "closing.returnUnfinished.INSPECTED", List.of("RMA-2026-000003")),
						new Violation("outcome", "closing.outcome.required"));
	}

	@Test
	void closesOnceEveryReturnAuthorisationIsFinished() {
		assertThat(policy.check(checklistDone(), false, 0, true,
				List.of(new ReturnOnCase("RMA-2026-000002", RmaStatus.DENIED),
						new ReturnOnCase("RMA-2026-000004", RmaStatus.REPLACED))))
			.isEmpty();
	}

}
