package uk.aftercare.followups;

import java.util.ArrayList;
import java.util.List;

import uk.aftercare.returns.RmaStatus;

/**
 * The rules for closing a case professionally. Every case: state the outcome, and confirm it was agreed with the
 * customer, that they were thanked and that feedback was invited. A complaint also needs its root cause and what
 * will stop it happening again. Open follow-ups do not block closing, but staff must say why they stay open.
 * A survey can only be e-mailed to a customer who can be e-mailed. A case cannot close while a return authorisation
 * on it is unfinished (still requested, or authorised and its refund, exchange, repair or replacement not done):
 * closing would hide what the shop still owes, such as a refund due within 14 days (CRA 2015 s.20(15), CCR 2013
 * reg 34).
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
		return check(request, complaint, openFollowUps, canEmail, List.of());
	}

	/**
	 * As {@link #check(ClosingRequest, boolean, long, boolean)}, and first one rule for each return authorisation on
	 * the case not yet {@link RmaStatus#finished() finished}: about the case, not a field, naming its RMA number.
	 *
	 * @param returns every return authorisation on the case
	 */
	public List<Violation> check(ClosingRequest request, boolean complaint, long openFollowUps, boolean canEmail,
			List<ReturnOnCase> returns) {
		List<Violation> violations = new ArrayList<>();
		returns.stream()
			.filter(rma -> !rma.status().finished())
			.forEach(rma -> violations.add(new Violation(null, "closing.returnUnfinished." + rma.status(),
					List.of(rma.rmaNumber()))));
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

	/**
	 * One broken rule: the form field (null when the rule is about the case, not something typed) and the message
	 * code that explains it, with its arguments.
	 */
	public record Violation(String field, String code, List<String> arguments) {

		public Violation {
			arguments = List.copyOf(arguments);
		}

		public Violation(String field, String code) {
			this(field, code, List.of());
		}

	}

	/** A return authorisation on the case, as closing sees it. */
	public record ReturnOnCase(String rmaNumber, RmaStatus status) {
	}

}
