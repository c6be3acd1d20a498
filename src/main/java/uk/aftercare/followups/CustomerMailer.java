package uk.aftercare.followups;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.aftercare.shared.ShopClock;

/**
 * Hands customer e-mails to the SMTP server once the step that wrote them has committed, so a customer never hears
 * of something that was then rolled back. Spring Boot configures a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without one each message is logged (it is kept in the database either way).
 */
@Component
class CustomerMailer {

	private static final Logger log = LoggerFactory.getLogger(CustomerMailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final CustomerMessageRepository messages;

	private final MailSettings settings;

	private final ShopClock clock;

	private final TransactionTemplate separateTransaction;

	CustomerMailer(ObjectProvider<JavaMailSender> sender, CustomerMessageRepository messages, MailSettings settings,
			ShopClock clock, PlatformTransactionManager transactionManager) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Delivers the message after the current transaction commits (at once, outside a transaction). */
	void deliverAfterCommit(Long messageId, Outgoing mail) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(messageId, mail);
				}
			});
		}
		else {
			deliver(messageId, mail);
		}
	}

	private void deliver(Long messageId, Outgoing mail) {
		Delivery result = send(mail);
		// The first transaction has committed; the outcome is written in a transaction of its own.
		separateTransaction.executeWithoutResult(
				status -> messages.findById(messageId).ifPresent(m -> m.delivered(result, clock.now())));
	}

	private Delivery send(Outgoing mail) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("No SMTP server configured (spring.mail.host): e-mail to {} kept in Aftercare, not sent: {}",
					mail.to(), mail.subject());
			return Delivery.LOGGED;
		}
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(settings.from());
			message.setTo(mail.to());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			smtp.send(message);
			log.info("E-mailed {}: {}", mail.to(), mail.subject());
			return Delivery.SENT;
		}
		catch (MailException e) {
			log.warn("Could not e-mail {} ({}); the message is kept in Aftercare: {}", mail.to(), e.getMessage(),
					mail.subject());
			return Delivery.FAILED;
		}
	}

}
