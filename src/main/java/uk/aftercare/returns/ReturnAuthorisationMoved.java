package uk.aftercare.returns;

/**
 * A return authorisation took a step in its life (authorised, received, refunded...), so other modules can act —
 * follow-ups, for instance, to confirm a refund arrived or to check a repair came back.
 */
public record ReturnAuthorisationMoved(String rmaNumber, String caseNumber, RmaStatus status, Remedy offeredRemedy,
		String actor) {
}
