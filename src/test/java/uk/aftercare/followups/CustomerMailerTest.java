package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import uk.aftercare.cases.CaseService;
import uk.aftercare.shared.ShopClock;

@ExtendWith(OutputCaptureExtension.class)
class CustomerMailerTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private final CustomerMessageRepository messages = mock(CustomerMessageRepository.class);

	private final JavaMailSender smtp = mock(JavaMailSender.class);

	private final CaseService cases = mock(CaseService.class);

	private final CustomerMessage message = new CustomerMessage("AC-2026-000001", MailTemplateKey.ACKNOWLEDGEMENT,
			"jane@example.com", "We have your message", "Dear Jane", Delivery.PENDING, "sam", NOW);

	@Test
	void aBackgroundSenderDeliversAndRecordsTheOutcomeOffTheCallersThread() throws Exception {
		AtomicReference<String> recordedOn = new AtomicReference<>();
		when(messages.findById(7L)).thenAnswer(call -> {
			recordedOn.set(Thread.currentThread().getName());
			return Optional.of(message);
		});
		CustomerMailer mailer = mailer(1, smtp);

		assertThat(mailer.deliveryWhenSaved()).isEqualTo(Delivery.PENDING);
		mailer.deliverAfterCommit(7L, new Outgoing("jane@example.com", "We have your message", "Dear Jane"));
		mailer.destroy(); // waits for what was handed over

		assertThat(message.toView().delivery()).isEqualTo(Delivery.SENT);
		assertThat(recordedOn.get()).startsWith("mail-").isNotEqualTo(Thread.currentThread().getName());
		verify(smtp).send(any(SimpleMailMessage.class));
	}

	@Test
	void withoutBackgroundSendersTheCallerDelivers() throws Exception {
		when(messages.findById(7L)).thenReturn(Optional.of(message));

		mailer(0, smtp).deliverAfterCommit(7L, new Outgoing("jane@example.com", "We have your message", "Dear Jane"));

		assertThat(message.toView().delivery()).isEqualTo(Delivery.SENT);
	}

	@Test
	void withoutAnSmtpServerMessagesAreKeptAsLoggedAndNothingIsLeftToRecord(CapturedOutput output) throws Exception {
		CustomerMailer mailer = mailer(1, null);

		assertThat(mailer.deliveryWhenSaved()).isEqualTo(Delivery.LOGGED);
		mailer.deliverAfterCommit(7L, new Outgoing("jane@example.com", "We have your message", "Dear Jane"));
		mailer.destroy();

		verifyNoInteractions(messages);
		// Said once, when the application starts; the log never carries the customer's address.
		assertThat(output).contains("No SMTP server configured").doesNotContain("jane@example.com");
	}

	@Test
	void anAnswerToTheCustomerIsTheCasesFirstResponseOnceTheSmtpServerTakesIt() {
		when(messages.findById(7L)).thenReturn(Optional.of(message));

		mailer(0, smtp).deliverAfterCommit(7L,
				new Outgoing("jane@example.com", "About your kettle", "Dear Jane", "AC-2026-000001"));

		verify(cases).respondedToCustomer("AC-2026-000001", NOW, "system");
	}

	@Test
	void anAnswerThatCouldNotBeSentIsNoResponse() {
		when(messages.findById(7L)).thenReturn(Optional.of(message));
		doThrow(new MailSendException("Connection refused")).when(smtp).send(any(SimpleMailMessage.class));

		mailer(0, smtp).deliverAfterCommit(7L,
				new Outgoing("jane@example.com", "About your kettle", "Dear Jane", "AC-2026-000001"));

		assertThat(message.toView().delivery()).isEqualTo(Delivery.FAILED);
		verifyNoInteractions(cases);
	}

	@Test
	void anAnswerOnlyKeptForWantOfAnSmtpServerIsNoResponse() throws Exception {
		CustomerMailer mailer = mailer(0, null);

		mailer.deliverAfterCommit(7L,
				new Outgoing("jane@example.com", "About your kettle", "Dear Jane", "AC-2026-000001"));

		verifyNoInteractions(cases);
	}

	@Test
	void aMessageThatIsNoAnswerLeavesTheCaseAloneWhenSent() {
		when(messages.findById(7L)).thenReturn(Optional.of(message));

		mailer(0, smtp).deliverAfterCommit(7L, new Outgoing("jane@example.com", "We have your message", "Dear Jane"));

		assertThat(message.toView().delivery()).isEqualTo(Delivery.SENT);
		verifyNoInteractions(cases);
	}

	@Test
	void theLogNamesAMessageByItsIdNeverByTheCustomersAddress(CapturedOutput output) throws Exception {
		when(messages.findById(7L)).thenReturn(Optional.of(message));
		when(messages.findById(8L)).thenReturn(Optional.of(message));
		mailer(0, smtp).deliverAfterCommit(7L, new Outgoing("jane@example.com", "We have your message", "Dear Jane"));
		doThrow(new MailSendException("550 5.1.1 <jane@example.com>: Recipient address rejected")).when(smtp)
			.send(any(SimpleMailMessage.class));

		mailer(0, smtp).deliverAfterCommit(8L, new Outgoing("jane@example.com", "About your refund", "Dear Jane"));

		assertThat(message.toView().delivery()).isEqualTo(Delivery.FAILED);
		assertThat(output).contains("E-mail 7 sent")
			.contains("Could not send e-mail 8 (550 5.1.1 <[address]>: Recipient address rejected)")
			.doesNotContain("jane@example.com")
			.doesNotContain("No SMTP server configured");
	}

	@Test
	void theLogLeavesOutTheSubjectAManagersTemplateMayHaveFilledWithTheCustomersName(CapturedOutput output)
			throws Exception {
		when(messages.findById(7L)).thenReturn(Optional.of(message));
		when(messages.findById(8L)).thenReturn(Optional.of(message));
		// Subjects are templates that managers edit: {customerName} and {decision} may be in them.
		mailer(0, smtp).deliverAfterCommit(7L,
				new Outgoing("jane@example.com", "Jane Smith: we have your message", "Dear Jane"));
		doThrow(new MailSendException("Connection refused")).when(smtp).send(any(SimpleMailMessage.class));

		mailer(0, smtp).deliverAfterCommit(8L,
				new Outgoing("jane@example.com", "Jane Smith: a refund for the smoking kettle", "Dear Jane"));

		assertThat(output).contains("E-mail 7 sent")
			.contains("Could not send e-mail 8 (Connection refused)")
			.doesNotContain("Jane Smith")
			.doesNotContain("kettle");
	}

	@Test
	void theMessagesOneTransactionWroteReachTheSmtpServerInTheOrderTheyWereWritten() throws Exception {
		when(messages.findById(any())).thenReturn(Optional.of(message));
		// A pool of threads may run its tasks in any order: this one runs the last handed to it first.
		LastFirst senders = new LastFirst();
		CustomerMailer mailer = new CustomerMailer(smtp, messages,
				new MailSettings("shop@example.com", "Shop", true, 2), cases,
				new ShopClock(Clock.fixed(NOW, ZoneId.of("Europe/London"))), new NoTransactions(), senders);

		// Closing a case: the closure e-mail, then the survey, in one transaction.
		new TransactionTemplate(new NoTransactions()).executeWithoutResult(status -> {
			mailer.deliverAfterCommit(7L,
					new Outgoing("jane@example.com", "Case AC-2026-000001 is now closed", "Dear Jane"));
			mailer.deliverAfterCommit(8L, new Outgoing("jane@example.com", "How did we do?", "Dear Jane"));
		});
		verifyNoInteractions(smtp); // nothing before the transaction has committed and a sender has run
		senders.runAll();

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(smtp, times(2)).send(sent.capture());
		assertThat(sent.getAllValues()).extracting(SimpleMailMessage::getSubject)
			.containsExactly("Case AC-2026-000001 is now closed", "How did we do?");
	}

	private CustomerMailer mailer(int senders, JavaMailSender smtp) {
		var beans = new StaticListableBeanFactory();
		if (smtp != null) {
			beans.addBean("smtp", smtp);
		}
		return new CustomerMailer(beans.getBeanProvider(JavaMailSender.class), messages,
				new MailSettings("shop@example.com", "Shop", true, senders), cases,
				new ShopClock(Clock.fixed(NOW, ZoneId.of("Europe/London"))), new NoTransactions());
	}

	/** Holds the tasks handed to it and runs them when told, newest first. */
	private static final class LastFirst extends AbstractExecutorService {

		private final Deque<Runnable> tasks = new ArrayDeque<>();

		@Override
		public void execute(Runnable task) {
			tasks.push(task);
		}

		void runAll() {
			while (!tasks.isEmpty()) {
				tasks.pop().run();
			}
		}

		@Override
		public void shutdown() {
		}

		@Override
		public List<Runnable> shutdownNow() {
			return List.of();
		}

		@Override
		public boolean isShutdown() {
			return false;
		}

		@Override
		public boolean isTerminated() {
			return tasks.isEmpty();
		}

		@Override
		public boolean awaitTermination(long timeout, TimeUnit unit) {
			return tasks.isEmpty();
		}

	}

	/** Runs the "separate transaction" callbacks as plain code: the repository is a mock. */
	private static final class NoTransactions extends AbstractPlatformTransactionManager {

		private static final long serialVersionUID = 1L;

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
