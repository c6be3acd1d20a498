package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.escalation.NewApproval;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.ReturnAuthorisationMoved;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;

/** Follow-ups created without anyone having to remember them. */
@SpringBootTest(properties = "aftercare.mail.acknowledge-new-cases=false")
class AutomaticFollowUpsTest {

	@Autowired
	CaseService cases;

	@Autowired
	Approvals approvals;

	@Autowired
	FollowUpService followUps;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffDirectory staff;

	private String sam;

	@org.junit.jupiter.api.BeforeEach
	void staff() {
		sam = "sam" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(sam, "Sam Staff", null, "a long password 1", Role.STAFF);
		if (!accounts.exists("sue")) {
			accounts.create("sue", "Sue Supervisor", null, "a long password 2", Role.SUPERVISOR);
		}
	}

	private String returnCase() {
		return cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, "The fridge stopped cooling, refund please",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, "Fridge",
				CaseType.RETURN, false), sam, null).view().caseNumber();
	}

	/**
	 * Staff read the note out to the customer, so it names the decider as they sign, by display name, not by the
	 * username they sign in with.
	 */
	@Test
	void anApprovalDecisionAsksTheRequesterToTellTheCustomer() {
		String dana = "dlee" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(dana, "Dana Lee", null, "a long password 3", Role.SUPERVISOR);
		String caseNumber = returnCase();
		var request = approvals.request(new NewApproval(caseNumber, ApprovalKind.REFUND, null, new BigDecimal("400"),
				"FULL_REFUND", "CRA 2015", List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT), "Fridge", sam, null));

		approvals.decide(request.id(), Decision.APPROVE, "Refund today", request.version(), dana, false);

		assertThat(followUps.forCase(caseNumber)).singleElement().satisfies(f -> {
			assertThat(f.purpose()).isEqualTo(FollowUpPurpose.CALL_BACK);
			assertThat(f.origin()).isEqualTo(FollowUpOrigin.APPROVAL_DECISION);
			assertThat(f.owner()).isEqualTo(sam);
			assertThat(f.note()).isEqualTo("Tell the customer: the refund was approved by Dana Lee (Refund today).");
		});
	}

	@Test
	void aDecisionWhileAnotherRequestOnTheCaseWaitsSaysToTellTheCustomerOnceThatIsDecided() {
		String caseNumber = returnCase();
		var refund = approvals.request(new NewApproval(caseNumber, ApprovalKind.REFUND, null, new BigDecimal("400"),
				"FULL_REFUND", "CRA 2015", List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT), "Fridge", sam, null));
		approvals.request(new NewApproval(caseNumber, ApprovalKind.GOODWILL_EXCEPTION, null, new BigDecimal("90"),
				"GOODWILL_REFUND", null, List.of(EscalationReason.GOODWILL_EXCEPTION), "Rug", sam, null));

		approvals.decide(refund.id(), Decision.APPROVE, "Refund today", refund.version(), "sue", false);

		assertThat(followUps.forCase(caseNumber)).singleElement().satisfies(f -> assertThat(f.note())
			.startsWith("When the other request on this case is decided, tell the customer: the refund was approved"));
	}

	@Test
	void quotesADecisionNoteOfTwoThousandCharactersShortenedSoTheFollowUpFits() {
		String caseNumber = returnCase();
		var request = approvals.request(new NewApproval(caseNumber, ApprovalKind.GOODWILL_EXCEPTION, null,
				new BigDecimal("90"), "GOODWILL_REFUND", null, List.of(EscalationReason.GOODWILL_EXCEPTION), "Rug",
				sam, null));
		String note = "n".repeat(2000);

		approvals.decide(request.id(), Decision.APPROVE, note, request.version(), "sue", false);

		assertThat(approvals.get(request.id()).decisionNote()).isEqualTo(note);
		assertThat(followUps.forCase(caseNumber)).singleElement().satisfies(f -> {
			assertThat(f.note()).startsWith("Tell the customer: the goodwill exception was approved by "
					+ staff.displayName("sue").orElse("sue") + " (nnn")
				.endsWith("n…).")
				.hasSize(FollowUp.MAX_TEXT);
		});
	}

	@Test
	void shortensANoteWithoutCuttingACharacterInTwo() {
		assertThat(AutomaticFollowUps.shortened("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
		assertThat(AutomaticFollowUps.shortened("abcd", 4)).isEqualTo("abcd");
	}

	@Test
	void givesTheFollowUpToTheDeciderWhenTheRequesterHasLeft() {
		String caseNumber = returnCase();
		var request = approvals.request(new NewApproval(caseNumber, ApprovalKind.GOODWILL_EXCEPTION, null,
				new BigDecimal("90"), "GOODWILL_REFUND", null, List.of(EscalationReason.GOODWILL_EXCEPTION), "Rug",
				"someone-who-left", null));

		approvals.decide(request.id(), Decision.REJECT, "Outside the goodwill policy", request.version(), "sue",
				false);

		assertThat(followUps.forCase(caseNumber)).singleElement()
			.satisfies(f -> assertThat(f.owner()).isEqualTo("sue"));
	}

	@Test
	void aRefundIssuedIsCheckedWithTheCustomerAndARepairIsCheckedWhenDueBack() {
		String caseNumber = returnCase();

		transaction.executeWithoutResult(status -> {
			events.publishEvent(new ReturnAuthorisationMoved("RMA-2026-000001", caseNumber, RmaStatus.REFUNDED,
					Remedy.FULL_REFUND, sam));
			events.publishEvent(new ReturnAuthorisationMoved("RMA-2026-000002", caseNumber, RmaStatus.INSPECTED,
					Remedy.REPAIR_OR_REPLACEMENT, sam));
			events.publishEvent(new ReturnAuthorisationMoved("RMA-2026-000003", caseNumber, RmaStatus.RECEIVED,
					Remedy.FULL_REFUND, sam));
		});

		assertThat(followUps.forCase(caseNumber)).extracting(FollowUpView::purpose, FollowUpView::origin)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(FollowUpPurpose.CONFIRM_REFUND_RECEIVED,
							FollowUpOrigin.REFUND_ISSUED),
					org.assertj.core.groups.Tuple.tuple(FollowUpPurpose.CHECK_REPAIR, FollowUpOrigin.REPAIR_DUE_BACK));
	}

}
