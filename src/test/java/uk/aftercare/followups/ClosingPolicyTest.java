package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.aftercare.followups.ClosingPolicy.Violation;

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

}
