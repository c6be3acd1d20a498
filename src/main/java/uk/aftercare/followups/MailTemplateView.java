package uk.aftercare.followups;

import java.time.Instant;

/** A template as the admin pages show it. */
public record MailTemplateView(MailTemplateKey key, String subject, String body, String updatedBy, Instant updatedAt,
		long version) {
}
