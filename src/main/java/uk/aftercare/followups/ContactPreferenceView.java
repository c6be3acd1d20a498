package uk.aftercare.followups;

import java.time.Instant;
import java.util.Optional;

/**
 * What a customer agreed to. Without a stored preference, e-mails about the customer's own case are allowed (they
 * gave the address for it) and no survey is sent until they agree to one.
 */
public record ContactPreferenceView(Long customerId, boolean emailAllowed, boolean surveyConsent,
		PreferredChannel preferredChannel, String updatedBy, Instant updatedAt, boolean stored) {

	public static ContactPreferenceView defaults(Long customerId) {
		return new ContactPreferenceView(customerId, true, false, null, null, null, false);
	}

	/** Why an update about the case may not be e-mailed to {@code email}, if it may not. */
	public Optional<EmailBlock> updateBlock(String email) {
		if (email == null || email.isBlank()) {
			return Optional.of(EmailBlock.NO_ADDRESS);
		}
		return emailAllowed ? Optional.empty() : Optional.of(EmailBlock.CUSTOMER_SAID_NO);
	}

	/** Why a survey may not be e-mailed to {@code email}, if it may not. */
	public Optional<EmailBlock> surveyBlock(String email) {
		return updateBlock(email).or(() -> surveyConsent ? Optional.empty()
				: Optional.of(EmailBlock.NO_SURVEY_CONSENT));
	}

}
