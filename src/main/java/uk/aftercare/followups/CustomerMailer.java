package uk.aftercare.followups;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.aftercare.shared.AfterCommit;
import uk.aftercare.shared.LogText;
import uk.aftercare.shared.ShopClock;

/**
 * Hands customer e-mails to the SMTP server once the step that wrote them has committed, so a customer never hears
 * of something that was then rolled back. Spring Boot configures a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without one the messages are only kept in the database (and said so once in the log
 * at start-up). The log names a message by its id only, never by the customer's e-mail address nor by its subject
 * (managers' templates may put the customer's name or the decision in it): logs are kept and shipped more widely than
 * the case they belong to, and erasure never reaches them, so they carry no personal data (UK GDPR, data
 * minimisation; {@link LogText}).
 *
 * <p>Delivery runs on a few background threads ({@code aftercare.mail.delivery-senders}): a slow SMTP server never
 * holds up the member of staff who logged the case, and a request never waits for a second database connection while
 * holding its first (after commit the request's connection is still open; with every request doing that at once the
 * pool ran dry and the application stalled). A message the queue cannot take stays {@link Delivery#PENDING}, visible
 * on the case.
 */
@Component
class CustomerMailer implements DisposableBean {

	private static final int QUEUE_CAPACITY = 10_000;

	private static final Logger log = LoggerFactory.getLogger(CustomerMailer.class);

	/** The SMTP server, or null when none is configured; looked up once, not for every message. */
	private final JavaMailSender sender;

	private final CustomerMessageRepository messages;

	private final MailSettings settings;

	private final ShopClock clock;

	private final TransactionTemplate separateTransaction;

	private final ThreadPoolExecutor senders;

	CustomerMailer(ObjectProvider<JavaMailSender> sender, CustomerMessageRepository messages, MailSettings settings,
			ShopClock clock, PlatformTransactionManager transactionManager) {
		this.sender = sender.getIfAvailable();
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.senders = settings.deliverySenders() == 0 ? null
				: new ThreadPoolExecutor(settings.deliverySenders(), settings.deliverySenders(), 0, TimeUnit.SECONDS,
						new ArrayBlockingQueue<>(QUEUE_CAPACITY), new CustomizableThreadFactory("mail-"));
		if (this.sender == null) {
			log.info("No SMTP server configured (spring.mail.host): customer e-mails are kept in Aftercare, on their "
					+ "case, and not sent.");
		}
	}

	/**
	 * How a new message is saved: {@link Delivery#PENDING} until the SMTP server has it, or straight away
	 * {@link Delivery#LOGGED} when no SMTP server is configured (nothing is left to record after commit).
	 */
	Delivery deliveryWhenSaved() {
		return sender == null ? Delivery.LOGGED : Delivery.PENDING;
	}

	/** Whether an SMTP server is configured, so that a message can reach the customer at all. */
	boolean mailServerConfigured() {
		return sender != null;
	}

	/**
	 * Delivers the message in the background once the current transaction has committed (at once without one);
	 * without an SMTP server, notes it in the log (at debug level) then.
	 */
	void deliverAfterCommit(Long messageId, Outgoing mail) {
		Runnable deliver = sender == null ? () -> logInstead(messageId)
				: () -> deliverInBackground(messageId, mail);
		AfterCommit.run(deliver);
	}

	private static void logInstead(Long messageId) {
		log.debug("No SMTP server configured: e-mail {} kept in Aftercare, not sent", messageId);
	}

	private void deliverInBackground(Long messageId, Outgoing mail) {
		if (senders == null) {
			deliver(messageId, mail);
			return;
		}
		try {
			senders.execute(() -> {
				try {
					deliver(messageId, mail);
				}
				catch (RuntimeException e) {
					log.error("Could not record the delivery of e-mail {}", messageId, e);
				}
			});
		}
		catch (RejectedExecutionException e) {
			log.warn("{} e-mails are waiting for the SMTP server; e-mail {} stays pending in Aftercare", QUEUE_CAPACITY,
					messageId);
		}
	}

	/** Lets messages already handed over go out before the application stops (for up to 20 seconds). */
	@Override
	public void destroy() throws InterruptedException {
		if (senders != null) {
			senders.shutdown();
			if (!senders.awaitTermination(20, TimeUnit.SECONDS)) {
				log.warn("{} e-mails were still waiting at shutdown; they stay pending in Aftercare",
						senders.shutdownNow().size());
			}
		}
	}

	private void deliver(Long messageId, Outgoing mail) {
		Delivery result = send(messageId, mail);
		// The first transaction has committed; the outcome is written in a transaction of its own.
		separateTransaction.executeWithoutResult(
				status -> messages.findById(messageId).ifPresent(m -> m.delivered(result, clock.now())));
	}

	private Delivery send(Long messageId, Outgoing mail) {
		if (sender == null) {
			logInstead(messageId);
			return Delivery.LOGGED;
		}
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(settings.from());
			message.setTo(mail.to());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			sender.send(message);
			log.info("E-mail {} sent", messageId);
			return Delivery.SENT;
		}
		catch (MailException e) {
			log.warn("Could not send e-mail {} ({}); it is kept in Aftercare", messageId,
					LogText.withoutAddresses(e.getMessage()));
			return Delivery.FAILED;
		}
	}

}
