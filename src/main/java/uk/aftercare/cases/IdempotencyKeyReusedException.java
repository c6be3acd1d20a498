package uk.aftercare.cases;

import uk.aftercare.shared.ConflictException;

/**
 * An API Idempotency-Key sent again with a request different from the one it first came with: answered 409, nothing
 * created, rather than with the first request's case, which would lose the second interaction without a word.
 */
public class IdempotencyKeyReusedException extends ConflictException {

	IdempotencyKeyReusedException(String caseNumber) {
		super("This Idempotency-Key was already used, for a different request (case " + caseNumber
				+ "): nothing was created. Send a new key with each new interaction, and the same key only to retry "
				+ "the same request.");
	}

}
