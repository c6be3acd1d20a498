package uk.aftercare.escalation;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.aftercare.shared.LogText;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;
import uk.aftercare.staff.StaffNames;

/**
 * Tells supervisors about new escalations and requesters about decisions, by e-mail once the change is committed.
 * With no SMTP server configured (spring.mail.host unset) nothing is e-mailed: the request and its decision are in the
 * approvals queue and on the case, and the log says which notification was not sent. A mail server that fails is
 * logged too and never undoes the decision. The log names a notification by its approval id, its subject and how
 * many it was for, never by its text (what the customer said, the decision's note) or its recipients' addresses
 * ({@link LogText}). Staff are named by display name, as the approval page names them.
 */
@Component
class ApprovalNotifier {

	private static final Logger log = LoggerFactory.getLogger(ApprovalNotifier.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final StaffDirectory staff;

	private final String from;

	private final String baseUrl;

	ApprovalNotifier(ObjectProvider<JavaMailSender> mailSender, StaffDirectory staff,
			@Value("${aftercare.mail.from:aftercare@localhost}") String from,
			@Value("${aftercare.base-url:http://localhost:8080}") String baseUrl) {
		this.mailSender = mailSender;
		this.staff = staff;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
	void on(ApprovalRequested requested) {
		ApprovalView a = requested.approval();
		Role role = a.requiredApprover() == EscalationDecision.Approver.MANAGER ? Role.MANAGER : Role.SUPERVISOR;
		List<String> to = staff.withRoleAtLeast(role)
			.stream()
			.filter(m -> !a.askedBy(m.username()))
			.map(StaffMember::email)
			.filter(Objects::nonNull)
			.toList();
		String subject;
		String opening;
		if (requested.widened()) {
			// As the timeline says "Supervisor review widened": those who already read the first e-mail are told
			// what is new, not sent what looks like the same request again.
			List<EscalationReason> added = requested.addedReasons();
			subject = (a.urgent() ? "URGENT: " : "") + label(a) + " for " + a.caseNumber() + " widened with "
					+ (added.size() == 1 ? "a new reason (" : "new reasons (")
					+ String.join(", ", added.stream().map(EscalationReason::shortName).toList())
					+ "): needs a decision";
			opening = label(a) + " on case " + a.caseNumber() + " widened by " + name(requested.widenedBy())
					+ (added.size() == 1 ? " with a new reason:\n" : " with new reasons:\n") + bullets(added)
					+ "\n\nRequested by " + name(a.requestedBy()) + ".\n\n" + a.summary() + "\n\nAll its reasons:\n";
		}
		else {
			subject = (a.urgent() ? "URGENT: " : "") + label(a) + " for " + a.caseNumber() + " needs a decision";
			opening = label(a) + " requested by " + name(a.requestedBy()) + " on case " + a.caseNumber() + ".\n\n"
					+ a.summary() + "\n\nReasons:\n";
		}
		String body = opening + bullets(a.reasons()) + "\n\nDecide it here: " + baseUrl + "/approvals/" + a.id()
				+ "\n";
		send(a.id(), to, subject, body);
	}

	@TransactionalEventListener
	void on(ApprovalDecided decided) {
		ApprovalView a = decided.approval();
		List<String> to = staff.find(a.requestedBy()).map(StaffMember::email).stream().filter(Objects::nonNull).toList();
		// A review approves nothing: it is recorded as reviewed, as its page and the timeline say.
		String outcome = !decided.approved() ? "rejected" : a.kind() == ApprovalKind.REVIEW ? "reviewed" : "approved";
		String decider = name(a.decidedBy());
		String subject = label(a) + " for " + a.caseNumber() + " " + outcome + " by " + decider;
		String body = "Your request (" + label(a).toLowerCase() + ") on case " + a.caseNumber() + " was " + outcome
				+ " by " + decider + "." + (a.decisionNote() == null ? "" : "\n\nNote: " + a.decisionNote())
				+ "\n\nThe case: " + baseUrl + "/cases/" + a.caseNumber() + "\n";
		send(a.id(), to, subject, body);
	}

	private void send(Long approvalId, List<String> to, String subject, String body) {
		if (to.isEmpty()) {
			log.info("Notification for approval {} has no recipient with an e-mail address: {}", approvalId, subject);
			return;
		}
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("No SMTP server configured: notification for approval {} not e-mailed to its {}: {}", approvalId,
					recipients(to), subject);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to.toArray(String[]::new));
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
		}
		catch (MailException e) {
			log.warn("Could not e-mail the notification for approval {} to its {} ({}): {}", approvalId,
					recipients(to), LogText.withoutAddresses(e.getMessage()), subject);
		}
	}

	/** As the approval page names them; by username for an account the directory no longer knows. */
	private String name(String username) {
		return new StaffNames(staff).of(username);
	}

	private static String bullets(List<EscalationReason> reasons) {
		return String.join("\n", reasons.stream().map(r -> "- " + r.explanation()).toList());
	}

	private static String recipients(List<String> to) {
		return to.size() == 1 ? "1 recipient" : to.size() + " recipients";
	}

	private static String label(ApprovalView a) {
		return switch (a.kind()) {
			case REFUND -> "Refund approval";
			case GOODWILL_EXCEPTION -> "Goodwill exception";
			case REVIEW -> "Supervisor review";
		};
	}

}
