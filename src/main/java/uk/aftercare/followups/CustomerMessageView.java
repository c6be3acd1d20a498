package uk.aftercare.followups;

import java.time.Instant;

import uk.aftercare.customers.PostalAddress;

/**
 * A message to a customer as pages show it. {@code addressedTo} is who a letter was issued to, kept with it; null for
 * an e-mail, and for a letter issued before that was kept. {@code postedBy} and {@code postedAt}: who marked a letter
 * as posted, and when; null until then.
 */
public record CustomerMessageView(Long id, String caseNumber, MailTemplateKey templateKey, String recipient,
		String subject, String body, Delivery delivery, String createdBy, Instant createdAt, Instant deliveredAt,
		Addressee addressedTo, String postedBy, Instant postedAt) {

	/** Whether staff marked this letter as posted. */
	public boolean posted() {
		return postedAt != null;
	}

	/** The name and postal address (null for none) a letter was issued to. */
	public record Addressee(String name, PostalAddress address) {
	}

}
