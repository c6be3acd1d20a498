package uk.aftercare.followups;

/** An e-mail about to be handed to the SMTP server. */
record Outgoing(String to, String subject, String body) {
}
