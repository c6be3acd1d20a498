package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;

/**
 * Notifications carry what the customer said and the supervisor's note; the log keeps neither, nor anyone's e-mail
 * address (logs are kept and shipped more widely than the case, and erasure never reaches them).
 */
@ExtendWith(OutputCaptureExtension.class)
class ApprovalNotifierTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private static final String SUMMARY = "Jane Smith says the kettle leaks and she wants her £89.99 back";

	private static final String NOTE = "Spoke to Jane on 07700 900123: her neighbour saw the smoke too";

	private final StaffDirectory staff = mock(StaffDirectory.class);

	private final JavaMailSender smtp = mock(JavaMailSender.class);

	ApprovalNotifierTest() {
		when(staff.withRoleAtLeast(Role.SUPERVISOR)).thenReturn(List.of(
				new StaffMember("sam", "Sam Till", "sam.till@shop.example", Role.STAFF, true),
				new StaffMember("sue", "Sue Visor", "sue.visor@shop.example", Role.SUPERVISOR, true),
				new StaffMember("max", "Max Anager", "max.anager@shop.example", Role.MANAGER, true)));
		when(staff.find("sam"))
			.thenReturn(Optional.of(new StaffMember("sam", "Sam Till", "sam.till@shop.example", Role.STAFF, true)));
		when(staff.displayName("sam")).thenReturn(Optional.of("Sam Till"));
		when(staff.displayName("sue")).thenReturn(Optional.of("Sue Visor"));
	}

	@Test
	void aDecisionNamesTheDeciderByDisplayName() {
		notifier(smtp).on(new ApprovalDecided(approval(ApprovalStatus.APPROVED, "sue", NOTE)));

		SimpleMailMessage sent = sent();
		assertThat(sent.getSubject()).isEqualTo("Refund approval for AC-2026-000123 approved by Sue Visor");
		assertThat(sent.getText()).contains("was approved by Sue Visor.").doesNotContain("by sue");
	}

	@Test
	void aDeciderTheDirectoryNoLongerKnowsIsNamedByUsername() {
		notifier(smtp).on(new ApprovalDecided(approval(ApprovalStatus.REJECTED, "gone", null)));

		SimpleMailMessage sent = sent();
		assertThat(sent.getSubject()).endsWith("rejected by gone");
		assertThat(sent.getText()).contains("was rejected by gone.");
	}

	@Test
	void aNewRequestNamesTheRequesterByDisplayName() {
		notifier(smtp).on(new ApprovalRequested(approval(ApprovalStatus.PENDING, null, null)));

		assertThat(sent().getText()).startsWith("Refund approval requested by Sam Till on case AC-2026-000123.");
	}

	@Test
	void aWidenedReviewSaysSoAndNamesTheNewReason() {
		ApprovalView review = review(ApprovalStatus.PENDING, null,
				List.of(EscalationReason.SAFETY_CONCERN, EscalationReason.LEGAL_THREAT));

		notifier(smtp).on(new ApprovalRequested(review, List.of(EscalationReason.LEGAL_THREAT), "sam"));

		SimpleMailMessage sent = sent();
		assertThat(sent.getSubject()).isEqualTo(
				"URGENT: Supervisor review for AC-2026-000123 widened with a new reason (legal threat): needs a decision");
		assertThat(sent.getText()).startsWith("Supervisor review on case AC-2026-000123 widened by Sam Till with a new "
				+ "reason:\n- The customer mentions legal action, Trading Standards, an ombudsman or a chargeback.\n")
			.contains("All its reasons:\n- The customer reports a safety risk (fire, smoke, shock or injury).\n"
					+ "- The customer mentions legal action")
			.contains("Decide it here: http://localhost:8080/approvals/4")
			.doesNotContain("Supervisor review requested by");
	}

	@Test
	void aWidenedReviewNamesEachNewReason() {
		ApprovalView review = review(ApprovalStatus.PENDING, null, List.of(EscalationReason.VULNERABLE_CUSTOMER,
				EscalationReason.REPEAT_CONTACT, EscalationReason.SOCIAL_MEDIA_THREAT));

		notifier(smtp).on(new ApprovalRequested(review,
				List.of(EscalationReason.REPEAT_CONTACT, EscalationReason.SOCIAL_MEDIA_THREAT), "sam"));

		SimpleMailMessage sent = sent();
		assertThat(sent.getSubject()).isEqualTo("Supervisor review for AC-2026-000123 widened with new reasons "
				+ "(repeat contact, social media threat): needs a decision");
		assertThat(sent.getText()).contains("widened by Sam Till with new reasons:\n"
				+ "- The customer has had to contact us repeatedly about this.\n"
				+ "- The customer says they will complain publicly online or to the press.\n");
	}

	@Test
	void aNewReviewIsARequestNotAWidening() {
		notifier(smtp).on(new ApprovalRequested(review(ApprovalStatus.PENDING, null,
				List.of(EscalationReason.SAFETY_CONCERN))));

		SimpleMailMessage sent = sent();
		assertThat(sent.getSubject()).isEqualTo("URGENT: Supervisor review for AC-2026-000123 needs a decision");
		assertThat(sent.getText()).startsWith("Supervisor review requested by Sam Till on case AC-2026-000123.")
			.doesNotContain("widened");
	}

	@Test
	void aReviewDecidedIsSaidToBeReviewedNotApproved() {
		notifier(smtp).on(new ApprovalDecided(review(ApprovalStatus.APPROVED, "sue",
				List.of(EscalationReason.SAFETY_CONCERN))));

		SimpleMailMessage sent = sent();
		assertThat(sent.getSubject()).isEqualTo("Supervisor review for AC-2026-000123 reviewed by Sue Visor");
		assertThat(sent.getText()).contains("was reviewed by Sue Visor.").doesNotContain("approved");
	}

	@Test
	void aReviewRejectedIsSaidToBeRejected() {
		notifier(smtp).on(new ApprovalDecided(review(ApprovalStatus.REJECTED, "sue",
				List.of(EscalationReason.SAFETY_CONCERN))));

		assertThat(sent().getSubject()).isEqualTo("Supervisor review for AC-2026-000123 rejected by Sue Visor");
	}

	@Test
	void withoutAnSmtpServerADecisionIsLoggedByApprovalIdWithoutTheNote(CapturedOutput output) {
		notifier(null).on(new ApprovalDecided(approval(ApprovalStatus.APPROVED, "sue", NOTE)));

		assertThat(output).contains("approval 4")
			.contains("1 recipient")
			.contains("AC-2026-000123")
			.doesNotContain("Spoke to Jane")
			.doesNotContain("07700 900123")
			.doesNotContain(SUMMARY)
			.doesNotContain("@shop.example");
	}

	@Test
	void withoutAnSmtpServerANewRequestIsLoggedWithoutWhatTheCustomerSaid(CapturedOutput output) {
		notifier(null).on(new ApprovalRequested(approval(ApprovalStatus.PENDING, null, null)));

		assertThat(output).contains("approval 4")
			.contains("2 recipients")
			.contains("AC-2026-000123")
			.doesNotContain("Jane Smith")
			.doesNotContain("kettle")
			.doesNotContain("@shop.example");
	}

	@Test
	void aFailingSmtpServerIsLoggedWithoutTheTextOrTheAddresses(CapturedOutput output) {
		doThrow(new MailSendException("550 5.1.1 <sam.till@shop.example>: Recipient address rejected")).when(smtp)
			.send(any(SimpleMailMessage.class));

		notifier(smtp).on(new ApprovalDecided(approval(ApprovalStatus.REJECTED, "sue", NOTE)));

		assertThat(output).contains("approval 4")
			.contains("550 5.1.1 <[address]>: Recipient address rejected")
			.doesNotContain("Spoke to Jane")
			.doesNotContain(SUMMARY)
			.doesNotContain("@shop.example");
	}

	private SimpleMailMessage sent() {
		ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(smtp).send(mail.capture());
		return mail.getValue();
	}

	private ApprovalNotifier notifier(JavaMailSender smtp) {
		var beans = new StaticListableBeanFactory();
		if (smtp != null) {
			beans.addBean("smtp", smtp);
		}
		return new ApprovalNotifier(beans.getBeanProvider(JavaMailSender.class), staff, "aftercare@shop.example",
				"http://localhost:8080");
	}

	private static ApprovalView review(ApprovalStatus status, String decidedBy, List<EscalationReason> reasons) {
		return new ApprovalView(4L, "AC-2026-000123", ApprovalKind.REVIEW, null, null, null, null, reasons, SUMMARY,
				EscalationDecision.Approver.SUPERVISOR, reasons.stream().anyMatch(EscalationReason::isUrgent), "sue",
				"sam", NOW, status, decidedBy, decidedBy == null ? null : NOW, null, 0);
	}

	private static ApprovalView approval(ApprovalStatus status, String decidedBy, String note) {
		return new ApprovalView(4L, "AC-2026-000123", ApprovalKind.REFUND, "RMA-2026-000007", new BigDecimal("89.99"),
				"FULL_REFUND", "Consumer Rights Act 2015 ss.20-22", List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT),
				SUMMARY, EscalationDecision.Approver.SUPERVISOR, false, "sue", "sam", NOW, status, decidedBy,
				decidedBy == null ? null : NOW, note, 0);
	}

}
