package uk.aftercare.followups;

/**
 * An e-mail about to be handed to the SMTP server. {@code respondsOn} is the case whose first response it is once
 * the server takes it (staff answering the customer), or null for a message that is not one (the automatic
 * acknowledgement of a case just logged, the closure e-mail, the survey).
 */
record Outgoing(String to, String subject, String body, String respondsOn) {

	Outgoing(String to, String subject, String body) {
		this(to, subject, body, null);
	}

}
