package uk.aftercare.followups;

import java.time.Instant;

/** A message to a customer as pages show it. */
public record CustomerMessageView(Long id, String caseNumber, MailTemplateKey templateKey, String recipient,
		String subject, String body, Delivery delivery, String createdBy, Instant createdAt, Instant deliveredAt) {
}
