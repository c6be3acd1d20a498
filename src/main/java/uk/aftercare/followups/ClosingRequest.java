package uk.aftercare.followups;

/**
 * What staff confirm when closing a case: the closing checklist, for complaints the root cause and a preventive
 * measure, and why the case may close while follow-ups are still open.
 *
 * @param surveyByEmail the customer agreed to a short satisfaction survey by e-mail
 */
public record ClosingRequest(String outcome, boolean outcomeConfirmed, boolean customerThanked,
		boolean feedbackInvited, RootCause rootCause, String preventiveMeasure, String openFollowUpsReason,
		boolean surveyByEmail) {

	public ClosingRequest {
		outcome = strip(outcome);
		preventiveMeasure = strip(preventiveMeasure);
		openFollowUpsReason = strip(openFollowUpsReason);
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
