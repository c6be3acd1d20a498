package uk.aftercare.followups;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseService;
import uk.aftercare.shared.AfterCommit;
import uk.aftercare.shared.LogText;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.StaffAccounts;

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
 * on the case. The messages one transaction wrote are handed over together, in the order they were written, by one
 * thread: a customer gets "your case is closed" before "how did we do?", as the timeline lists them, not whichever
 * of two threads happened to reach the SMTP server first.
 *
 * <p>A message staff sent to answer the customer ({@link Outgoing#respondsOn()}) is the case's first response the
 * moment the SMTP server takes it, not before: one that fails, or is only kept for want of an SMTP server, has not
 * reached the customer, and the case stays due.
 */
@Component
class CustomerMailer implements DisposableBean {

	private static final int QUEUE_CAPACITY = 10_000;

	private static final Logger log = LoggerFactory.getLogger(CustomerMailer.class);

	/** The SMTP server, or null when none is configured; looked up once, not for every message. */
	private final JavaMailSender sender;

	private final CustomerMessageRepository messages;

	private final MailSettings settings;

	private final CaseService cases;

	private final ShopClock clock;

	private final TransactionTemplate separateTransaction;

	private final ExecutorService senders;

	@Autowired
	CustomerMailer(ObjectProvider<JavaMailSender> sender, CustomerMessageRepository messages, MailSettings settings,
			CaseService cases, ShopClock clock, PlatformTransactionManager transactionManager) {
		this(sender.getIfAvailable(), messages, settings, cases, clock, transactionManager,
				settings.deliverySenders() == 0 ? null
						: new ThreadPoolExecutor(settings.deliverySenders(), settings.deliverySenders(), 0,
								TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
								new CustomizableThreadFactory("mail-")));
	}

	/**
	 * With the threads that hand messages over given, so that a test can run them in any order a pool of threads
	 * might; {@code senders} null delivers in the caller's thread.
	 */
	CustomerMailer(JavaMailSender sender, CustomerMessageRepository messages, MailSettings settings,
			CaseService cases, ShopClock clock, PlatformTransactionManager transactionManager,
			ExecutorService senders) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
		this.cases = cases;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.senders = senders;
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
	 * Delivers the message in the background once the current transaction has committed (at once without one),
	 * after any message the transaction wrote before it; without an SMTP server, notes it in the log (at debug
	 * level) then.
	 */
	void deliverAfterCommit(Long messageId, Outgoing mail) {
		if (sender == null) {
			AfterCommit.run(() -> logInstead(messageId));
		}
		else if (TransactionSynchronizationManager.isSynchronizationActive()) {
			batchOfThisTransaction().add(new Queued(messageId, mail));
		}
		else {
			handOver(List.of(new Queued(messageId, mail)));
		}
	}

	/**
	 * The messages the current transaction has written so far, handed over as one task when it commits. Looked up
	 * among the transaction's synchronizations, so a transaction suspended for a new one keeps its own.
	 */
	private Batch batchOfThisTransaction() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Batch batch && batch.mailer() == this) {
				return batch;
			}
		}
		Batch batch = new Batch();
		TransactionSynchronizationManager.registerSynchronization(batch);
		return batch;
	}

	private static void logInstead(Long messageId) {
		log.debug("No SMTP server configured: e-mail {} kept in Aftercare, not sent", messageId);
	}

	/** Hands the messages to one sender thread, which delivers them one after the other in this order. */
	private void handOver(List<Queued> batch) {
		if (senders == null) {
			deliverInOrder(batch);
			return;
		}
		try {
			senders.execute(() -> deliverInOrder(batch));
		}
		catch (RejectedExecutionException e) {
			log.warn("{} e-mails are waiting for the SMTP server; e-mail(s) {} stay pending in Aftercare",
					QUEUE_CAPACITY, batch.stream().map(Queued::messageId).toList());
		}
	}

	private void deliverInOrder(List<Queued> batch) {
		for (Queued queued : batch) {
			try {
				deliver(queued.messageId(), queued.mail());
			}
			catch (RuntimeException e) {
				log.error("Could not record the delivery of e-mail {}", queued.messageId(), e);
			}
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
		java.time.Instant at = clock.now();
		// The first transaction has committed; the outcome is written in a transaction of its own.
		separateTransaction.executeWithoutResult(
				status -> messages.findById(messageId).ifPresent(m -> m.delivered(result, at)));
		if (result == Delivery.SENT && mail.respondsOn() != null) {
			firstResponse(messageId, mail.respondsOn(), at);
		}
	}

	/**
	 * Records the case's first response, in a transaction of its own (after commit the caller's cannot take more).
	 * Staff changing the case at the same moment make it try again rather than lose the response. The change is the
	 * application's own ("system"): the server took the e-mail after whoever wrote it had finished.
	 */
	private void firstResponse(Long messageId, String caseNumber, java.time.Instant at) {
		for (int attempt = 1;; attempt++) {
			try {
				separateTransaction.executeWithoutResult(
						status -> cases.respondedToCustomer(caseNumber, at, StaffAccounts.SYSTEM));
				return;
			}
			catch (OptimisticLockingFailureException e) {
				if (attempt == 3) {
					log.error("Could not record e-mail {} as the first response of its case", messageId, e);
					return;
				}
			}
			catch (CaseArchivedException e) {
				// The customer's data was erased meanwhile: the case takes no change, and needs no response.
				return;
			}
		}
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

	private record Queued(Long messageId, Outgoing mail) {
	}

	/** The messages one transaction wrote, in order, handed over together once it has committed. */
	private final class Batch implements TransactionSynchronization {

		private final List<Queued> queued = new ArrayList<>();

		void add(Queued message) {
			queued.add(message);
		}

		CustomerMailer mailer() {
			return CustomerMailer.this;
		}

		@Override
		public void afterCommit() {
			handOver(List.copyOf(queued));
		}

	}

}
