package uk.aftercare.followups;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules for closing a case professionally. Every case: state the outcome, and confirm it was agreed with the
 * customer, that they were thanked and that feedback was invited. A complaint also needs its root cause and what
 * will stop it happening again. Open follow-ups do not block closing, but staff must say why they stay open.
 * A survey can only be e-mailed to a customer who can be e-mailed.
 */
public final class ClosingPolicy {

	public static final int MAX_OUTCOME = 1000;

	public static final int MAX_PREVENTIVE_MEASURE = 1000;

	public static final int MAX_OPEN_FOLLOW_UPS_REASON = 500;

	/**
	 * Every broken rule, each naming its form field and a message code.
	 *
	 * @param canEmail the case has the customer's e-mail address and they did not refuse e-mails
	 */
	public List<Violation> check(ClosingRequest request, boolean complaint, long openFollowUps, boolean canEmail) {
		List<Violation> violations = new ArrayList<>();
		if (request.outcome() == null) {
			violations.add(new Violation("outcome", "closing.outcome.required"));
		}
		else if (request.outcome().length() > MAX_OUTCOME) {
			violations.add(new Violation("outcome", "closing.outcome.tooLong"));
		}
		if (!request.outcomeConfirmed()) {
			violations.add(new Violation("outcomeConfirmed", "closing.outcomeConfirmed.required"));
		}
		if (!request.customerThanked()) {
			violations.add(new Violation("customerThanked", "closing.customerThanked.required"));
		}
		if (!request.feedbackInvited()) {
			violations.add(new Violation("feedbackInvited", "closing.feedbackInvited.required"));
		}
		if (complaint) {
			if (request.rootCause() == null) {
				violations.add(new Violation("rootCause", "closing.rootCause.required"));
			}
			if (request.preventiveMeasure() == null) {
				violations.add(new Violation("preventiveMeasure", "closing.preventiveMeasure.required"));
			}
			else if (request.preventiveMeasure().length() > MAX_PREVENTIVE_MEASURE) {
				violations.add(new Violation("preventiveMeasure", "closing.preventiveMeasure.tooLong"));
			}
		}
		if (openFollowUps > 0) {
			if (request.openFollowUpsReason() == null) {
				violations.add(new Violation("openFollowUpsReason", "closing.openFollowUpsReason.required"));
			}
			else if (request.openFollowUpsReason().length() > MAX_OPEN_FOLLOW_UPS_REASON) {
				violations.add(new Violation("openFollowUpsReason", "closing.openFollowUpsReason.tooLong"));
			}
		}
		if (request.surveyByEmail() && !canEmail) {
			violations.add(new Violation("surveyByEmail", "closing.surveyByEmail.impossible"));
		}
		return violations;
	}

	/** One broken rule: the form field and the message code that explains it. */
	public record Violation(String field, String code) {
	}

}
