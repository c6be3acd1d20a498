package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.ApprovalState;
import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;

/** A refund beyond the front line's authority goes up, waits, is decided once, and comes back to the requester. */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalsJourneyTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	Approvals approvals;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ApprovalRequestRepository requests;

	private String sam;

	private String sue;

	private String ann;

	@BeforeEach
	void staff() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		sam = "sam" + id;
		sue = "sue" + id;
		ann = "ann" + id;
		accounts.create(sam, "Sam Staff", sam + "@shop.example", "a long password 1", Role.STAFF);
		accounts.create(sue, "Sue Supervisor", sue + "@shop.example", "a long password 2", Role.SUPERVISOR);
		accounts.create(ann, "Ann Supervisor", ann + "@shop.example", "a long password 3", Role.SUPERVISOR);
	}

	private String returnCase(String description) {
		return cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, description,
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, "Fridge",
				CaseType.RETURN, false), sam, null).view().caseNumber();
	}

	private ApprovalView askForRefund(String caseNumber, String amount, EscalationReason... reasons) {
		return approvals.request(new NewApproval(caseNumber, ApprovalKind.REFUND, null, new BigDecimal(amount),
				"FULL_REFUND", "Consumer Rights Act 2015 ss.20-22 (short-term right to reject)", List.of(reasons),
				"Fridge stopped cooling on day 3", sam, null));
	}

	/** Decides through the decision page, as the supervisor sue, from the version shown. */
	private org.springframework.test.web.servlet.ResultActions decideOnThePage(ApprovalView approval,
			String decision, String note) throws Exception {
		return mvc.perform(post("/approvals/" + approval.id() + "/decision").with(user(sue).roles("SUPERVISOR"))
			.with(csrf())
			.param("decision", decision)
			.param("note", note)
			.param("version", String.valueOf(approval.version())))
			.andExpect(status().is3xxRedirection());
	}

	private static String decision(String decision, long version) {
		return """
				{"decision": "%s", "note": "Faulty within 30 days", "version": %d}""".formatted(decision, version);
	}

	@Test
	void staffCannotResolveOrCloseACaseWhoseRefundWaitsForADecisionUntilItIsDecided() throws Exception {
		String caseNumber = returnCase("The fridge stopped cooling after three days, I want a refund");
		ApprovalView request = askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		assertThat(cases.get(caseNumber).nextStatuses()).isEmpty();

		for (String target : List.of("RESOLVED", "IN_PROGRESS")) {
			mvc.perform(post("/cases/" + caseNumber + "/status").with(user(sam).roles("STAFF")).with(csrf())
				.param("target", target).param("reason", "Refunded in store"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("statusForm", "target", "status.approvalPending"));
		}
		mvc.perform(get("/cases/" + caseNumber).with(user(sam).roles("STAFF")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("status-waits-for-approval")));
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

		approvals.decide(request.id(), Decision.APPROVE, "Faulty within 30 days", request.version(), sue, false);
		mvc.perform(post("/cases/" + caseNumber + "/status").with(user(sam).roles("STAFF")).with(csrf())
			.param("target", "RESOLVED").param("reason", "Refunded in store"))
			.andExpect(status().is3xxRedirection());
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.RESOLVED);
	}

	@Autowired
	SlaTargets slaTargets;

	@Test
	void slaTargetsAreListedByTypeMostUrgentFirst() {
		assertThat(slaTargets.all()).extracting(SlaTargetView::caseType, SlaTargetView::priority).startsWith(
				org.assertj.core.groups.Tuple.tuple(CaseType.COMPLAINT, uk.aftercare.cases.Priority.URGENT),
				org.assertj.core.groups.Tuple.tuple(CaseType.COMPLAINT, uk.aftercare.cases.Priority.HIGH),
				org.assertj.core.groups.Tuple.tuple(CaseType.COMPLAINT, uk.aftercare.cases.Priority.NORMAL),
				org.assertj.core.groups.Tuple.tuple(CaseType.COMPLAINT, uk.aftercare.cases.Priority.LOW),
				org.assertj.core.groups.Tuple.tuple(CaseType.QUERY, uk.aftercare.cases.Priority.URGENT));
	}

	@Test
	void theMenuCountsOnlyTheRequestsEachCanDecide() {
		long supervisorBefore = approvals.pendingCountFor(sue, false);
		long managerBefore = approvals.pendingCountFor("some-manager", true);
		askForRefund(returnCase("The fridge stopped cooling, I want a refund"), "400.00",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		approvals.request(new NewApproval(returnCase("The range cooker stopped working"), ApprovalKind.REFUND, null,
				new BigDecimal("1800.00"), "FULL_REFUND", "Consumer Rights Act 2015 ss.20-22",
				List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT), "Range cooker", sam,
				EscalationDecision.Approver.MANAGER));
		approvals.request(new NewApproval(returnCase("Sue's own customer wants a refund"), ApprovalKind.GOODWILL_EXCEPTION,
				null, new BigDecimal("60.00"), "GOODWILL_REFUND", null, List.of(EscalationReason.GOODWILL_EXCEPTION),
				"Sue asks", sue, null));

		assertThat(approvals.pendingCountFor(sue, false)).isEqualTo(supervisorBefore + 1);
		assertThat(approvals.pendingCountFor(ann, false)).isGreaterThanOrEqualTo(supervisorBefore + 2);
		assertThat(approvals.pendingCountFor("some-manager", true)).isEqualTo(managerBefore + 3);
	}

	@Test
	void decidingASupervisorReviewDoesNotReleaseACaseWhoseRefundStillWaits() {
		String caseNumber = returnCase("The kettle caught fire after three days, I want a refund");
		ApprovalView review = approvals.request(new NewApproval(caseNumber, ApprovalKind.REVIEW, null, null, null,
				null, List.of(EscalationReason.SAFETY_CONCERN), "Kettle caught fire", sam, null));
		ApprovalView refund = askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);

		approvals.decide(review.id(), Decision.APPROVE, "Reported to the supplier", review.version(), sue, false);

		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
		assertThat(cases.get(caseNumber).approvalState()).isEqualTo(ApprovalState.PENDING);
		assertThatThrownBy(() -> cases.changeStatus(caseNumber, CaseStatus.RESOLVED, null, sam))
			.isInstanceOf(uk.aftercare.cases.ApprovalPendingException.class);
		assertThat(cases.get(caseNumber).timeline()).anyMatch(e -> e.summary().contains("Reported to the supplier"));

		approvals.decide(refund.id(), Decision.APPROVE, "Faulty within 30 days", refund.version(), sue, false);
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(cases.get(caseNumber).approvalState()).isEqualTo(ApprovalState.APPROVED);
	}

	/** What the supervisor is told after deciding is what happened to the case, not what a refund's decision does. */
	@Test
	void aReviewDecidedOnTheApprovalPageSaysItWasRecordedAndThatTheCaseStillWaitsForItsRefund() throws Exception {
		String caseNumber = returnCase(
				"The heater I bought gave me an electric shock and smoke came out, I want a refund.");
		ApprovalView review = approvals.forCase(caseNumber).stream()
			.filter(a -> a.kind() == ApprovalKind.REVIEW).findFirst().orElseThrow();
		ApprovalView refund = askForRefund(caseNumber, "280.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);

		decideOnThePage(review, "APPROVE", "Reviewed")
			.andExpect(flash().attribute("success", "Review recorded: " + caseNumber
					+ ". It is on the case's timeline; the case still waits for a decision on a refund or goodwill"
					+ " request."));
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

		decideOnThePage(approvals.get(refund.id()), "APPROVE", "Faulty heater")
			.andExpect(flash().attribute("success", "Approved: " + caseNumber
					+ ". The case has moved on and the requester can see the decision."));
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	@Test
	void aReviewDecidedOnACaseWithNothingWaitingSaysTheCaseIsAsItWas() throws Exception {
		String caseNumber = returnCase(
				"The heater I bought gave me an electric shock and smoke came out, I want a refund.");
		ApprovalView review = approvals.forCase(caseNumber).stream()
			.filter(a -> a.kind() == ApprovalKind.REVIEW).findFirst().orElseThrow();
		CaseStatus before = cases.get(caseNumber).status();

		decideOnThePage(review, "APPROVE", "Reviewed")
			.andExpect(flash().attribute("success", "Review recorded: " + caseNumber
					+ ". It is on the case's timeline; the case stays as it was."));
		assertThat(cases.get(caseNumber).status()).isEqualTo(before);
	}

	@Test
	void aRequestDecidedWhileAnotherWaitsSaysTheCaseStillWaitsForIt() throws Exception {
		String caseNumber = returnCase("Two fridges stopped cooling, I want refunds");
		ApprovalView first = askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		ApprovalView second = approvals.request(new NewApproval(caseNumber, ApprovalKind.GOODWILL_EXCEPTION, null,
				new BigDecimal("60.00"), "FULL_REFUND", "Goodwill", List.of(EscalationReason.GOODWILL_EXCEPTION),
				"Second fridge, bought 40 days ago", sam, null));

		decideOnThePage(first, "REJECT", "Not ours")
			.andExpect(flash().attribute("success", "Rejected: " + caseNumber + ". The requester can see the"
					+ " decision and your note; the case still waits for a decision on another refund or goodwill"
					+ " request."));
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

		decideOnThePage(approvals.get(second.id()), "APPROVE", "Goodwill agreed")
			.andExpect(flash().attribute("success", "Approved: " + caseNumber
					+ ". The case has moved on and the requester can see the decision."));
	}

	@Test
	void aCaseWithARefundAndAGoodwillExceptionWaitingMovesOnOnlyWhenBothAreDecided() {
		String caseNumber = returnCase("Two fridges stopped cooling, I want refunds");
		ApprovalView first = askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		ApprovalView second = approvals.request(new NewApproval(caseNumber, ApprovalKind.GOODWILL_EXCEPTION, null,
				new BigDecimal("60.00"), "FULL_REFUND", "Goodwill", List.of(EscalationReason.GOODWILL_EXCEPTION),
				"Second fridge, bought 40 days ago", sam, null));

		approvals.decide(first.id(), Decision.REJECT, "Not ours", first.version(), sue, false);
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
		assertThat(cases.get(caseNumber).approvalState()).isEqualTo(ApprovalState.PENDING);

		approvals.decide(second.id(), Decision.APPROVE, "Faulty within 30 days", second.version(), sue, false);
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(cases.get(caseNumber).approvalState()).isEqualTo(ApprovalState.PARTLY);
		assertThat(cases.get(caseNumber).timeline()).anyMatch(e -> e.summary().contains("partly approved"));
	}

	@Test
	void aLegalThreatInALaterContactWidensTheSafetyReviewAlreadyWaitingAndMakesItUrgentInTheQueue() throws Exception {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The new heater gave my daughter an electric shock, she has a nasty burn",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, "Heater",
				CaseType.COMPLAINT, false), sam, null).view().caseNumber();
		ApprovalView review = approvals.forCase(caseNumber).stream()
			.filter(a -> a.kind() == ApprovalKind.REVIEW).findFirst().orElseThrow();
		assertThat(review.reasons()).containsExactly(EscalationReason.SAFETY_CONCERN);
		int mailsBefore = mail.getReceivedMessages().length;

		cases.recordContact(caseNumber, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER,
				"Rang back: she is taking this to her solicitor", sam);

		assertThat(approvals.forCase(caseNumber)).filteredOn(a -> a.kind() == ApprovalKind.REVIEW).singleElement()
			.satisfies(a -> {
				assertThat(a.reasons()).containsExactly(EscalationReason.SAFETY_CONCERN,
						EscalationReason.LEGAL_THREAT);
				assertThat(a.urgent()).isTrue();
				assertThat(a.pending()).isTrue();
			});
		assertThat(cases.get(caseNumber).timeline()).anyMatch(e -> e.kind() == TimelineKind.APPROVAL
				&& e.summary().startsWith("Supervisor review widened") && e.summary().contains("legal action"));
		// The e-mail says what the timeline says: widened, and with what.
		MimeMessage[] sent = mail.getReceivedMessages();
		assertThat(sent).hasSizeGreaterThan(mailsBefore);
		assertThat(Arrays.copyOfRange(sent, mailsBefore, sent.length)).anySatisfy(m -> {
			assertThat(m.getSubject()).isEqualTo("URGENT: Supervisor review for " + caseNumber
					+ " widened with a new reason (legal threat): needs a decision");
			assertThat((String) m.getContent()).startsWith("Supervisor review on case " + caseNumber
					+ " widened by Sam Staff with a new reason:\r\n- The customer mentions legal action");
		});

		ApprovalView widened = approvals.forCase(caseNumber).stream()
			.filter(a -> a.kind() == ApprovalKind.REVIEW).findFirst().orElseThrow();
		int beforeDecision = mail.getReceivedMessages().length;
		approvals.decide(widened.id(), Decision.APPROVE, "Called her back", widened.version(), sue, false);

		// As the approval page and the timeline say: a review is recorded as reviewed, not approved.
		sent = mail.getReceivedMessages();
		assertThat(Arrays.copyOfRange(sent, beforeDecision, sent.length)).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).isEqualTo("Supervisor review for " + caseNumber + " reviewed by Sue Supervisor");
			assertThat((String) m.getContent()).contains("was reviewed by Sue Supervisor.")
				.doesNotContain("approved");
		});
	}

	/**
	 * "Escalated to supervisor" is true for a threat to go public as for a safety concern: a review waits in the queue
	 * with an owner, and the supervisors are e-mailed.
	 */
	@Test
	void aSocialMediaThreatBecomesASupervisorReviewInTheQueue() {
		int mailsBefore = mail.getReceivedMessages().length;

		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"Nobody has answered my emails about the late sofa, I am going to post this on Facebook",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, "Sofa",
				CaseType.COMPLAINT, false), sam, null).view().caseNumber();

		assertThat(approvals.forCase(caseNumber)).hasSize(1);
		ApprovalView review = approvals.forCase(caseNumber).get(0);
		assertThat(review.kind()).isEqualTo(ApprovalKind.REVIEW);
		assertThat(review.pending()).isTrue();
		assertThat(review.reasons()).containsExactly(EscalationReason.SOCIAL_MEDIA_THREAT);
		assertThat(review.requiredApprover()).isEqualTo(EscalationDecision.Approver.SUPERVISOR);
		assertThat(review.owner()).isNotNull().isNotEqualToIgnoringCase(sam);
		assertThat(accounts.get(review.owner()).role()).isIn(Role.SUPERVISOR, Role.MANAGER);
		String owner = accounts.get(review.owner()).displayName();
		assertThat(cases.get(caseNumber).timeline()).filteredOn(e -> e.kind() == TimelineKind.ESCALATED)
			.extracting(e -> e.summary())
			.containsExactly("Escalated to supervisor: The customer says they will complain publicly online or to the"
					+ " press.");
		assertThat(cases.get(caseNumber).timeline()).filteredOn(e -> e.kind() == TimelineKind.APPROVAL)
			.extracting(e -> e.summary())
			.containsExactly("Supervisor review requested (supervisor to decide, owner " + owner
					+ "). The customer says they will complain publicly online or to the press.");
		assertThat(mail.getReceivedMessages()).hasSizeGreaterThan(mailsBefore);
	}

	/**
	 * The third contact from the customer puts the case before a supervisor, once: a fourth neither escalates nor asks
	 * again.
	 */
	@Test
	void aRepeatContactBecomesASupervisorReviewOnceNotAtEveryContact() {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), sam, null).view().caseNumber();
		cases.recordContact(caseNumber, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Chasing", sam);
		assertThat(approvals.forCase(caseNumber)).isEmpty();

		cases.recordContact(caseNumber, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Chasing again", sam);
		cases.recordContact(caseNumber, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "And again", sam);

		assertThat(approvals.forCase(caseNumber)).singleElement().satisfies(review -> {
			assertThat(review.kind()).isEqualTo(ApprovalKind.REVIEW);
			assertThat(review.pending()).isTrue();
			assertThat(review.reasons()).containsExactly(EscalationReason.REPEAT_CONTACT);
			assertThat(review.owner()).isNotNull();
			assertThat(review.summary()).isEqualTo("Please review: The customer has had to contact us repeatedly about"
					+ " this. (3 contacts from the customer on this case.)");
		});
		assertThat(cases.get(caseNumber).timeline()).filteredOn(e -> e.kind() == TimelineKind.ESCALATED).hasSize(1);
		assertThat(cases.get(caseNumber).timeline()).filteredOn(e -> e.kind() == TimelineKind.APPROVAL)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).startsWith("Supervisor review requested (supervisor to decide,")
				.endsWith("The customer has had to contact us repeatedly about this."));
	}

	/** A repeat contact on a case whose safety review still waits widens that review, not a second one. */
	@Test
	void aRepeatContactOnACaseUnderReviewWidensThatReview() {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The heater caught fire in my living room and burnt the carpet",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, "Heater",
				CaseType.COMPLAINT, false), sam, null).view().caseNumber();

		cases.recordContact(caseNumber, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Chasing", sam);
		cases.recordContact(caseNumber, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER, "Chasing again", sam);

		assertThat(approvals.forCase(caseNumber)).singleElement().satisfies(review -> {
			assertThat(review.pending()).isTrue();
			assertThat(review.reasons()).containsExactly(EscalationReason.SAFETY_CONCERN,
					EscalationReason.REPEAT_CONTACT);
		});
		assertThat(cases.get(caseNumber).timeline()).anyMatch(e -> e.kind() == TimelineKind.APPROVAL
				&& e.summary().startsWith("Supervisor review widened") && e.summary().contains("repeatedly"));
	}

	/**
	 * Staff send a query up for a supervisor's decision from the case page: a review waits in the queue with an owner
	 * and their question, the timeline says who asked and why, and the supervisors are e-mailed.
	 */
	@Test
	void staffAskASupervisorToDecideAndTheRequestWaitsInTheQueueWithTheirQuestion() throws Exception {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), sam, null).view().caseNumber();
		int mailsBefore = mail.getReceivedMessages().length;
		// The case page offers it; its form carries the one-time token and _csrf, as the case's other forms do.
		mvc.perform(get("/cases/" + caseNumber).with(user(sam).roles("STAFF")))
			.andExpect(content().string(containsString("/cases/" + caseNumber + "/ask-supervisor")));
		mvc.perform(get("/cases/" + caseNumber + "/ask-supervisor").with(user(sam).roles("STAFF")))
			.andExpect(content().string(containsString("name=\"_submission\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));

		mvc.perform(post("/cases/" + caseNumber + "/ask-supervisor").with(user(sam).roles("STAFF")).with(csrf())
			.param("question", "May I waive the redelivery charge?"))
			.andExpect(status().is3xxRedirection());

		ApprovalView review = approvals.forCase(caseNumber).stream().filter(ApprovalView::pending).findFirst()
			.orElseThrow();
		assertThat(review.kind()).isEqualTo(ApprovalKind.REVIEW);
		assertThat(review.reasons()).containsExactly(EscalationReason.STAFF_REQUEST);
		assertThat(review.requestedBy()).isEqualTo(sam);
		assertThat(review.owner()).isNotNull().isNotEqualToIgnoringCase(sam);
		assertThat(accounts.get(review.owner()).role()).isIn(Role.SUPERVISOR, Role.MANAGER);
		assertThat(review.summary()).isEqualTo("Question from Sam Staff: May I waive the redelivery charge?");
		assertThat(approvals.queue(ApprovalStatus.PENDING, org.springframework.data.domain.PageRequest.of(0, 1000))
			.getContent()).extracting(ApprovalView::id).contains(review.id());
		String owner = accounts.get(review.owner()).displayName();
		assertThat(cases.get(caseNumber).timeline()).filteredOn(e -> e.kind() == TimelineKind.APPROVAL)
			.extracting(e -> e.actor() + ": " + e.summary())
			.containsExactly(sam + ": Supervisor asked to decide: May I waive the redelivery charge?",
					sam + ": Supervisor review requested (supervisor to decide, owner " + owner
							+ "). Staff ask a supervisor to decide what is beyond their authority.");
		assertThat(mail.getReceivedMessages()).hasSizeGreaterThan(mailsBefore);
	}

	/**
	 * A customer marked as vulnerable after logging is escalated and reviewed as the tick at logging would have done,
	 * once, with who marked them on the timeline.
	 */
	@Test
	void aCustomerMarkedVulnerableAfterLoggingBecomesASupervisorReview() throws Exception {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), sam, null).view().caseNumber();
		assertThat(approvals.forCase(caseNumber)).isEmpty();

		mvc.perform(post("/cases/" + caseNumber + "/vulnerable").with(user(sam).roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/cases/" + caseNumber + "/vulnerable").with(user(sam).roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		var view = cases.get(caseNumber);
		assertThat(view.vulnerableCustomer()).isTrue();
		assertThat(view.priority()).isEqualTo(uk.aftercare.cases.Priority.HIGH);
		assertThat(view.timeline()).filteredOn(e -> e.kind() == TimelineKind.FLAGGED)
			.extracting(e -> e.actor() + ": " + e.summary())
			.containsExactly(sam + ": Marked by staff: Vulnerable customer.");
		assertThat(view.timeline()).filteredOn(e -> e.kind() == TimelineKind.ESCALATED).extracting(e -> e.summary())
			.containsExactly("Escalated to supervisor: The customer may be vulnerable and needs extra care.");
		assertThat(approvals.forCase(caseNumber)).singleElement().satisfies(review -> {
			assertThat(review.kind()).isEqualTo(ApprovalKind.REVIEW);
			assertThat(review.reasons()).containsExactly(EscalationReason.VULNERABLE_CUSTOMER);
			assertThat(review.owner()).isNotNull().isNotEqualToIgnoringCase(sam);
		});
	}

	/**
	 * A question on a case whose safety review still waits widens that review: it keeps the safety reason, adds the
	 * question, and a later reason keeps the question in the summary.
	 */
	@Test
	void askingASupervisorOnACaseUnderReviewWidensThatReviewAndKeepsTheQuestion() throws Exception {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The heater caught fire in my living room and burnt the carpet",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, "Heater",
				CaseType.COMPLAINT, false), sam, null).view().caseNumber();
		int mailsBefore = mail.getReceivedMessages().length;

		mvc.perform(post("/cases/" + caseNumber + "/ask-supervisor").with(user(sam).roles("STAFF")).with(csrf())
			.param("question", "Can we pay for the carpet?"))
			.andExpect(status().is3xxRedirection());
		cases.recordContact(caseNumber, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER,
				"Rang back: she is taking this to her solicitor", sam);

		assertThat(approvals.forCase(caseNumber)).singleElement().satisfies(review -> {
			assertThat(review.pending()).isTrue();
			assertThat(review.reasons()).containsExactly(EscalationReason.SAFETY_CONCERN,
					EscalationReason.STAFF_REQUEST, EscalationReason.LEGAL_THREAT);
			assertThat(review.summary()).startsWith("Please review: ")
				.endsWith("\nQuestion from Sam Staff: Can we pay for the carpet?");
		});
		assertThat(cases.get(caseNumber).timeline()).filteredOn(e -> e.kind() == TimelineKind.APPROVAL)
			.extracting(e -> e.summary())
			.anyMatch(s -> s.equals("Supervisor asked to decide: Can we pay for the carpet?"))
			.anyMatch(s -> s.startsWith("Supervisor review widened") && s.contains("Staff ask a supervisor"));
		assertThat(mail.getReceivedMessages()).hasSizeGreaterThan(mailsBefore);
	}

	@Test
	void theOwnerWhoseCallWidenedTheReviewPassesItOnAndMayNotDecideIt() {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The new heater gave my daughter an electric shock, she has a nasty burn",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, "Heater",
				CaseType.COMPLAINT, false), sam, null).view().caseNumber();
		ApprovalView review = approvals.forCase(caseNumber).stream()
			.filter(a -> a.kind() == ApprovalKind.REVIEW).findFirst().orElseThrow();
		String owner = review.owner();
		long ownersCount = approvals.pendingCountFor(owner, false);

		cases.recordContact(caseNumber, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER,
				"Rang back: she is taking this to her solicitor", owner);

		ApprovalView widened = approvals.forCase(caseNumber).stream()
			.filter(a -> a.kind() == ApprovalKind.REVIEW).findFirst().orElseThrow();
		assertThat(widened.reasons()).contains(EscalationReason.LEGAL_THREAT);
		assertThat(widened.widenedBy()).containsExactly(owner);
		assertThat(widened.owner()).isNotNull().isNotEqualToIgnoringCase(owner).isNotEqualToIgnoringCase(sam);
		assertThat(approvals.pendingCountFor(owner, false)).as("no longer in the menu's count of the one who widened it")
			.isEqualTo(ownersCount - 1);
		assertThatThrownBy(() -> approvals.decide(widened.id(), Decision.APPROVE, "Seen", widened.version(), owner,
				false)).hasMessage("You added a reason to this review; another supervisor or a manager must decide it.");

		approvals.decide(widened.id(), Decision.APPROVE, "Solicitor's letter expected: passed to head office",
				widened.version(), widened.owner(), false);
		assertThat(approvals.forCase(caseNumber)).filteredOn(a -> a.kind() == ApprovalKind.REVIEW).singleElement()
			.satisfies(a -> assertThat(a.decidedBy()).isEqualTo(widened.owner()));
	}

	/**
	 * A safety review owned by a supervisor of the test's own (the queue gives it to whoever has the fewest open, and
	 * other tests' supervisors share this application), and a manager to change their account.
	 */
	private ApprovalView fireReviewOwnedBy(String owner) {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The heater caught fire in my living room and burnt the carpet",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, "Heater",
				CaseType.COMPLAINT, false), sam, null).view().caseNumber();
		ApprovalRequest review = requests.findByCaseNumberOrderByRequestedAtDesc(caseNumber).stream()
			.filter(a -> a.toView().kind() == ApprovalKind.REVIEW).findFirst().orElseThrow();
		review.passTo(owner);
		return requests.saveAndFlush(review).toView();
	}

	private void assertPassedOnFrom(ApprovalView review, String from, String why, String by) throws Exception {
		ApprovalView passed = approvals.get(review.id());
		assertThat(passed.pending()).isTrue();
		assertThat(passed.owner()).isNotNull().isNotEqualToIgnoringCase(from).isNotEqualToIgnoringCase(sam);
		var owner = accounts.get(passed.owner());
		assertThat(owner.enabled()).isTrue();
		assertThat(owner.role()).isIn(Role.SUPERVISOR, Role.MANAGER);
		assertThat(cases.get(review.caseNumber()).timeline())
			.filteredOn(e -> e.kind() == TimelineKind.APPROVAL && e.summary().startsWith("Supervisor review passed on"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.summary()).isEqualTo("Supervisor review passed on from Terry Supply, " + why + ", to "
						+ owner.displayName() + ".");
				assertThat(e.actor()).isEqualTo(by);
			});
		mvc.perform(get("/api/v1/approvals/" + review.id()).with(user(sue).roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owner").value(passed.owner()));
	}

	@Test
	void aReviewWhoseOwnerIsDisabledPassesToAnotherSupervisorNamedOnTheTimeline() throws Exception {
		String[] terryAndMo = aSupervisorAndAManager();
		ApprovalView review = fireReviewOwnedBy(terryAndMo[0]);

		accounts.disable(terryAndMo[0], terryAndMo[1]);

		assertPassedOnFrom(review, terryAndMo[0], "whose account was disabled", terryAndMo[1]);
	}

	@Test
	void aReviewWhoseOwnerIsMadeStaffPassesToAnotherSupervisorNamedOnTheTimeline() throws Exception {
		String[] terryAndMo = aSupervisorAndAManager();
		ApprovalView review = fireReviewOwnedBy(terryAndMo[0]);

		accounts.changeRole(terryAndMo[0], Role.STAFF, terryAndMo[1]);

		assertPassedOnFrom(review, terryAndMo[0], "whose role is now Staff", terryAndMo[1]);
	}

	/** New accounts of their own, Terry Supply (a supervisor) and Mo Manager: this context is shared. */
	private String[] aSupervisorAndAManager() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String terry = "tmpsup" + id;
		String mo = "mo" + id;
		accounts.create(terry, "Terry Supply", null, "a long password 4", Role.SUPERVISOR);
		accounts.create(mo, "Mo Manager", null, "a long password 5", Role.MANAGER);
		return new String[] { terry, mo };
	}

	@Test
	void aCaseWhoseRequestsWaitingTogetherWereAllRejectedSaysNotApproved() {
		String caseNumber = returnCase("Two fridges stopped cooling, I want refunds");
		ApprovalView first = askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		ApprovalView second = approvals.request(new NewApproval(caseNumber, ApprovalKind.GOODWILL_EXCEPTION, null,
				new BigDecimal("60.00"), "FULL_REFUND", "Goodwill", List.of(EscalationReason.GOODWILL_EXCEPTION),
				"Second fridge, bought 40 days ago", sam, null));

		approvals.decide(second.id(), Decision.REJECT, "Outside our goodwill", second.version(), sue, false);
		approvals.decide(first.id(), Decision.REJECT, "Not ours", first.version(), sue, false);
		assertThat(cases.get(caseNumber).approvalState()).isEqualTo(ApprovalState.REJECTED);
	}

	@Test
	void aRequestDecidedBeforeTheCaseWaitedAgainDoesNotColourTheNextDecision() {
		String caseNumber = returnCase("The fridge stopped cooling after three days, I want a refund");
		ApprovalView first = askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		approvals.decide(first.id(), Decision.REJECT, "Not ours", first.version(), sue, false);
		assertThat(cases.get(caseNumber).approvalState()).isEqualTo(ApprovalState.REJECTED);

		ApprovalView second = approvals.request(new NewApproval(caseNumber, ApprovalKind.GOODWILL_EXCEPTION, null,
				new BigDecimal("60.00"), "FULL_REFUND", "Goodwill", List.of(EscalationReason.GOODWILL_EXCEPTION),
				"Bought 40 days ago", sam, null));
		approvals.decide(second.id(), Decision.APPROVE, "Goodwill agreed", second.version(), sue, false);
		assertThat(cases.get(caseNumber).approvalState()).isEqualTo(ApprovalState.APPROVED);
	}

	@Test
	void aResolvedCaseWithARefundStillWaitingForADecisionCannotBeClosed() throws Exception {
		String caseNumber = returnCase("The fridge stopped cooling after three days, I want a refund");
		cases.changeStatus(caseNumber, CaseStatus.RESOLVED, null, sam);
		askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		assertThat(cases.get(caseNumber).nextStatuses()).containsExactly(CaseStatus.REOPENED);

		mvc.perform(post("/cases/" + caseNumber + "/close").with(user(sam).roles("STAFF")).with(csrf())
			.param("outcome", "Full refund agreed").param("outcomeConfirmed", "true")
			.param("customerThanked", "true").param("feedbackInvited", "true").param("surveyByEmail", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("waits for a supervisor")));
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(mail.getReceivedMessages()).noneMatch(m -> subject(m).contains("closed"));
		// Nor is any update offered: not even a decision, which the pending refund may change.
		mvc.perform(get("/cases/" + caseNumber + "/updates").with(user(sam).roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No update can be sent now: a refund or "
					+ "goodwill exception on this case waits")))
			.andExpect(content().string(
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"template\""))));
	}

	@Test
	void theCustomerIsNotToldAnOutcomeWhileItWaitsForADecisionButMayBeToldItIsInHand() throws Exception {
		String caseNumber = returnCase("The fridge stopped cooling after three days, I want a refund");
		ApprovalView request = askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		int before = mail.getReceivedMessages().length;

		// Offered by the rule sending checks: the acknowledgement, and no decision until the approval is decided.
		mvc.perform(get("/cases/" + caseNumber + "/updates").with(user(sam).roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<option value=\"ACKNOWLEDGEMENT\">")))
			.andExpect(content().string(
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<option value=\"DECISION\""))));
		// A refund not yet issued and a case not yet closed are refused for that first: still untrue once decided.
		for (var refused : Map.of("DECISION", "waits for a supervisor", "REFUND_ISSUED",
				"no refund has been issued", "CLOSURE", "not closed").entrySet()) {
			mvc.perform(post("/cases/" + caseNumber + "/updates").with(user(sam).roles("STAFF")).with(csrf())
				.param("template", refused.getKey()).param("details", "We will refund the £400 in full"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("updateForm", "template"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString(refused.getValue())));
		}
		mvc.perform(post("/cases/" + caseNumber + "/final-response").with(user(sam).roles("STAFF")).with(csrf())
			.param("outcome", "We will not refund the fridge").param("byEmail", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("a final response does not apply")));
		assertThat(mail.getReceivedMessages()).hasSize(before);

		mvc.perform(post("/cases/" + caseNumber + "/updates").with(user(sam).roles("STAFF")).with(csrf())
			.param("template", "ACKNOWLEDGEMENT"))
			.andExpect(status().is3xxRedirection());
		approvals.decide(request.id(), Decision.APPROVE, "Faulty within 30 days", request.version(), sue, false);
		mvc.perform(get("/cases/" + caseNumber + "/updates").with(user(sam).roles("STAFF")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<option value=\"DECISION\">")));
		mvc.perform(post("/cases/" + caseNumber + "/updates").with(user(sam).roles("STAFF")).with(csrf())
			.param("template", "DECISION").param("details", "We will refund the £400 in full"))
			.andExpect(status().is3xxRedirection());
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aFourHundredPoundRefundWaitsForASupervisorWhoApprovesIt() throws Exception {
		String caseNumber = returnCase("The fridge stopped cooling after three days, I want a refund");
		ApprovalView request = askForRefund(caseNumber, "400.00", EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);

		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
		mvc.perform(get("/api/v1/approvals").with(user(sue).roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + request.id() + ")].reasons[0]").value("REFUND_OVER_AUTHORITY_LIMIT"))
			.andExpect(jsonPath("$[?(@.id == " + request.id() + ")].amount").value(400.0));

		mvc.perform(post("/api/v1/approvals/" + request.id() + "/decision").with(user(sam).roles("STAFF"))
			.contentType(MediaType.APPLICATION_JSON).content(decision("APPROVE", request.version())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/approvals/" + request.id()).with(user(sam).roles("STAFF"))).andExpect(status().isForbidden());

		mvc.perform(post("/api/v1/approvals/" + request.id() + "/decision").with(user(sue).roles("SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON).content(decision("APPROVE", request.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value(sue));

		var view = cases.get(caseNumber);
		assertThat(view.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(view.approvalState()).isEqualTo(ApprovalState.APPROVED);
		assertThat(view.timeline()).filteredOn(e -> e.kind() == TimelineKind.APPROVAL)
			.extracting(e -> e.summary())
			.anySatisfy(s -> assertThat(s).startsWith("Approved by Sue Supervisor"));
		var samsCases = cases.search(new CaseQuery(null, null, sam, null), PageRequest.of(0, 50)).getContent();
		assertThat(samsCases).filteredOn(c -> c.caseNumber().equals(caseNumber))
			.singleElement()
			.satisfies(c -> assertThat(c.approvalState()).isEqualTo(ApprovalState.APPROVED));

		mvc.perform(post("/api/v1/approvals/" + request.id() + "/decision").with(user(ann).roles("SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON).content(decision("REJECT", request.version() + 1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Already approved by Sue Supervisor."));
	}

	/**
	 * The API's 409 names who decided first as the pages name them, whichever check finds the request decided: the
	 * version seen before the decision, the version after it, or a body with problems; decidedBy stays the username.
	 */
	@Test
	void aSecondDeciderThroughTheApiIsToldWhoDecidedFirstByName() throws Exception {
		ApprovalView request = askForRefund(returnCase("Fridge stopped cooling, refund please"), "400.00",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		ApprovalView decided = approvals.decide(request.id(), Decision.APPROVE, "Faulty within 30 days",
				request.version(), sue, false);
		String decide = "/api/v1/approvals/" + request.id() + "/decision";

		mvc.perform(post(decide).with(user(ann).roles("SUPERVISOR")).contentType(MediaType.APPLICATION_JSON)
			.content(decision("REJECT", request.version())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Already approved by Sue Supervisor; your decision was not recorded."));
		mvc.perform(post(decide).with(user(ann).roles("SUPERVISOR")).contentType(MediaType.APPLICATION_JSON)
			.content(decision("REJECT", decided.version())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Already approved by Sue Supervisor."));
		mvc.perform(post(decide).with(user(ann).roles("SUPERVISOR")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"MAYBE\", \"version\": " + decided.version() + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Already approved by Sue Supervisor."));
		mvc.perform(get("/api/v1/approvals/" + request.id()).with(user(ann).roles("SUPERVISOR")))
			.andExpect(jsonPath("$.decidedBy").value(sue));
	}

	/** The decided tabs grow with every request ever decided: read a page at a time, the latest decision first. */
	@Test
	void decidedRequestsAreListedLatestDecisionFirstAPageAtATime() throws Exception {
		ApprovalView first = askForRefund(returnCase("Fridge stopped cooling, refund please"), "300.00",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		ApprovalView second = askForRefund(returnCase("Fridge door will not shut, refund please"), "310.00",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		ApprovalView third = askForRefund(returnCase("Fridge light stays off, refund please"), "320.00",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		for (ApprovalView request : List.of(third, first, second)) {
			approvals.decide(request.id(), Decision.APPROVE, "Faulty within 30 days", request.version(), sue, false);
		}

		mvc.perform(get("/api/v1/approvals").param("status", "APPROVED").param("size", "2")
			.with(user(ann).roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value(second.id()))
			.andExpect(jsonPath("$[1].id").value(first.id()))
			.andExpect(header().string("Link", "</api/v1/approvals?status=APPROVED&page=1&size=2>; rel=\"next\""));
		mvc.perform(get("/api/v1/approvals").param("status", "APPROVED").param("page", "1").param("size", "2")
			.with(user(ann).roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(third.id()))
			.andExpect(header().string("Link",
					org.hamcrest.Matchers.startsWith("</api/v1/approvals?status=APPROVED&page=0&size=2>; rel=\"prev\"")));
	}

	@Test
	void nobodyDecidesTheirOwnRequest() throws Exception {
		String caseNumber = returnCase("Fridge is faulty, refund please");
		ApprovalView request = approvals.request(new NewApproval(caseNumber, ApprovalKind.GOODWILL_EXCEPTION, null,
				new BigDecimal("120.00"), "GOODWILL_REFUND", null, List.of(EscalationReason.GOODWILL_EXCEPTION),
				"Outside the goodwill window by two days", sue, null));

		mvc.perform(post("/api/v1/approvals/" + request.id() + "/decision").with(user(sue).roles("SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON).content(decision("APPROVE", request.version())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/approvals/" + request.id() + "/decision").with(user(ann).roles("SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON).content(decision("APPROVE", request.version() + 5)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/approvals/" + request.id() + "/decision").with(user(ann).roles("SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"MAYBE\", \"version\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
	}

	@Test
	void aSafetyComplaintJumpsTheQueue() {
		ApprovalView ordinary = askForRefund(returnCase("Fridge door seal split"), "300.00",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		String safetyCase = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The heater caught fire and there was smoke everywhere, my son burnt his hand",
				new ContactDetails("Grace W", UUID.randomUUID() + "@example.com", null), null, null, "Heater", null, false),
				sam, null).view().caseNumber();

		List<ApprovalView> queue = approvals.queue(ApprovalStatus.PENDING, Pageable.unpaged()).getContent();
		int safety = indexOf(queue, safetyCase);
		assertThat(safety).isNotNegative();
		assertThat(queue.get(safety).urgent()).isTrue();
		assertThat(queue.get(safety).owner()).isNotNull();
		assertThat(safety).isLessThan(indexOf(queue, ordinary.caseNumber()));
	}

	private static int indexOf(List<ApprovalView> queue, String caseNumber) {
		for (int i = 0; i < queue.size(); i++) {
			if (queue.get(i).caseNumber().equals(caseNumber)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void twoSupervisorsDecidingAtOnceLeaveExactlyOneDecision() throws Exception {
		ApprovalView request = askForRefund(returnCase("Fridge broken, refund"), "450.00",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		CountDownLatch start = new CountDownLatch(1);
		Callable<ApprovalView> sueApproves = () -> {
			start.await();
			return approvals.decide(request.id(), Decision.APPROVE, "yes", request.version(), sue, false);
		};
		Callable<ApprovalView> annRejects = () -> {
			start.await();
			return approvals.decide(request.id(), Decision.REJECT, "no", request.version(), ann, false);
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Object> outcomes = new ArrayList<>();
		try {
			List<Future<ApprovalView>> futures = List.of(pool.submit(sueApproves), pool.submit(annRejects));
			start.countDown();
			for (Future<ApprovalView> future : futures) {
				try {
					outcomes.add(future.get());
				}
				catch (ExecutionException e) {
					outcomes.add(e.getCause());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(outcomes).filteredOn(ApprovalView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(ConflictException.class::isInstance).singleElement()
			.satisfies(e -> assertThat(((ConflictException) e).getMessage())
				.containsAnyOf("by Sue Supervisor", "by Ann Supervisor"));
		ApprovalView stored = approvals.get(request.id());
		ApprovalView winner = (ApprovalView) outcomes.stream().filter(ApprovalView.class::isInstance).findFirst().get();
		assertThat(stored.decidedBy()).isEqualTo(winner.decidedBy());
		assertThat(cases.get(request.caseNumber()).timeline()).filteredOn(e -> e.kind() == TimelineKind.APPROVAL)
			.hasSize(2);
		assertThatThrownBy(() -> approvals.decide(request.id(), Decision.APPROVE, null, null, "manager", true))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void emailsSupervisorsAboutTheRequestAndTheRequesterAboutTheDecision() throws Exception {
		ApprovalView request = askForRefund(returnCase("Fridge dead on arrival"), "640.00",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		approvals.decide(request.id(), Decision.REJECT, "Customer damage on inspection", request.version(), sue, false);

		MimeMessage[] sent = mail.getReceivedMessages();
		assertThat(sent).anySatisfy(m -> {
			assertThat(m.getSubject()).contains("Refund approval for " + request.caseNumber() + " needs a decision");
			assertThat(m.getAllRecipients()).extracting(Object::toString).contains(sue + "@shop.example")
				.doesNotContain(sam + "@shop.example");
			assertThat((String) m.getContent()).contains("requested by Sam Staff on case");
		});
		// Each named as the approval page names them.
		assertThat(sent).anySatisfy(m -> {
			assertThat(m.getSubject()).endsWith("rejected by Sue Supervisor");
			assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(sam + "@shop.example");
			assertThat((String) m.getContent()).contains("was rejected by Sue Supervisor.",
					"Customer damage on inspection");
		});
	}

}
