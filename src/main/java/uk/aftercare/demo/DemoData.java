package uk.aftercare.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.escalation.NewApproval;
import uk.aftercare.feedback.FeedbackAnswer;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.feedback.FeedbackSource;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.RootCause;
import uk.aftercare.returns.CustomerWish;
import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.ItemLine;
import uk.aftercare.returns.NewReturnAuthorisation;
import uk.aftercare.returns.ProductType;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReasonCode;
import uk.aftercare.returns.RefundMethod;
import uk.aftercare.returns.Region;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.returns.ReturnMethod;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.returns.SaleChannel;
import uk.aftercare.shared.ShopClock;

/**
 * Loads the demo cases through the same services staff use, once: a restart of the demo set-up keeps what is there.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "aftercare.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final CaseService cases;

	private final Approvals approvals;

	private final ReturnAuthorisationService rmas;

	private final ClosingService closing;

	private final FeedbackService feedback;

	private final DataProtection dataProtection;

	private final ShopClock clock;

	DemoData(CaseService cases, Approvals approvals, ReturnAuthorisationService rmas, ClosingService closing,
			FeedbackService feedback, DataProtection dataProtection, ShopClock clock) {
		this.cases = cases;
		this.dataProtection = dataProtection;
		this.approvals = approvals;
		this.rmas = rmas;
		this.closing = closing;
		this.feedback = feedback;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (cases.search(CaseQuery.all(), PageRequest.of(0, 1)).getTotalElements() > 0) {
			return;
		}
		List<String> numbers = new ArrayList<>();
		for (DemoCases.Demo demo : DemoCases.ALL) {
			var opened = cases.open(new OpenCaseCommand(demo.channel(), demo.said(),
					new ContactDetails(demo.name(), demo.email(), demo.phone()), null, demo.order(), demo.product(),
					demo.type(), demo.vulnerable()), demo.by(), null);
			String number = opened.view().caseNumber();
			numbers.add(number);
			for (String contact : demo.contacts()) {
				cases.recordContact(number, demo.channel(), ContactDirection.FROM_CUSTOMER, contact, demo.by());
			}
			for (CaseStatus status : demo.path()) {
				if (status != CaseStatus.CLOSED) {
					cases.changeStatus(number, status, null, demo.by());
				}
			}
		}
		actingAs("staff", () -> loadReturns(numbers));
		loadClosuresAndFeedback(numbers);
		loadApprovals(numbers);
		// A customer who asked for a copy of their data (UK GDPR), as the customer page's panel records it.
		dataProtection.export(cases.get(numbers.get(22)).customerId(), "supervisor",
				"Asked by e-mail from the address we hold; order number matched");
		loadAddresses(numbers);
		log.info("Loaded {} demo cases.", DemoCases.ALL.size());
	}

	/**
	 * Two customers gave a postal address, so that a letter to print shows it: one with no e-mail (a final response
	 * can only be posted), and one with a complaint.
	 */
	private void loadAddresses(List<String> numbers) {
		address(numbers, "George Fairweather", "HG1 2XX", "Flat 2, Rosemary Court", "14 Mill Lane", "Harrogate");
		address(numbers, "Robert Harris", "LS6 9XX", "27 Cardigan Road", "Headingley", "Leeds");
	}

	private void address(List<String> numbers, String name, String postcode, String... lines) {
		int first = DemoCases.ALL.stream().map(DemoCases.Demo::name).toList().indexOf(name);
		var customer = dataProtection.find(cases.get(numbers.get(first)).customerId()).orElseThrow();
		dataProtection.correct(customer.id(), new ContactDetails(customer.name(), customer.email(), customer.phone()),
				new PostalAddress(List.of(lines), postcode), customer.version(), "staff",
				"Gave a postal address for letters");
	}

	/** Return authorisations taken from the form to a refund, an exchange and a repair. */
	private void loadReturns(List<String> numbers) {
		LocalDate today = clock.today();
		rma(numbers.get(0), "KT-2000", "Breville kettle", "39.99", today.minusDays(7), ReasonCode.FAULTY,
				CustomerWish.REFUND, Remedy.FULL_REFUND, ItemCondition.USED, RmaStatus.AUTHORISED, RmaStatus.RECEIVED,
				RmaStatus.INSPECTED, RmaStatus.REFUNDED);
		rma(numbers.get(28), "DR-18V", "Cordless drill", "89.00", today.minusDays(3), ReasonCode.FAULTY,
				CustomerWish.REFUND, Remedy.FULL_REFUND, ItemCondition.USED, RmaStatus.AUTHORISED, RmaStatus.RECEIVED,
				RmaStatus.INSPECTED, RmaStatus.REFUNDED, RmaStatus.CLOSED);
		rma(numbers.get(33), "CT-WNV", "Winter coat, navy", "120.00", today.minusDays(1), ReasonCode.CHANGED_MIND,
				CustomerWish.REFUND, Remedy.GOODWILL_REFUND, ItemCondition.UNUSED, RmaStatus.AUTHORISED,
				RmaStatus.RECEIVED, RmaStatus.INSPECTED, RmaStatus.REFUNDED);
		rma(numbers.get(19), "MW-800", "Microwave 800W", "129.00", today.minusMonths(3), ReasonCode.FAULTY,
				CustomerWish.REPAIR, Remedy.REPAIR_OR_REPLACEMENT, ItemCondition.USED,
				RmaStatus.AUTHORISED, RmaStatus.RECEIVED, RmaStatus.INSPECTED);
		rma(numbers.get(0), "KT-2000", "Breville kettle", "39.99", today, ReasonCode.FAULTY,
				CustomerWish.REFUND, Remedy.FULL_REFUND, ItemCondition.USED);
	}

	private void rma(String caseNumber, String sku, String item, String price, LocalDate bought, ReasonCode reason,
			CustomerWish wish, Remedy offered, ItemCondition condition, RmaStatus... steps) {
		var view = cases.get(caseNumber);
		if (view.type() != CaseType.RETURN) {
			// Staff know it is a return even when the customer's words did not say so: an override, recorded.
			cases.updateDetails(caseNumber, view.assignee(), view.priority(), CaseType.RETURN, view.createdBy());
		}
		var raised = rmas.raise(new NewReturnAuthorisation(caseNumber, view.customerName(), view.customerEmail(),
				view.customerPhone(), view.orderReference(), ProofOfPurchase.RECEIPT, ProductType.GOODS,
				SaleChannel.IN_STORE, Region.ENGLAND_WALES, bought, bought, clock.today(),
				List.of(new ItemLine(sku, item, null, 1, new BigDecimal(price), condition)), reason, null, false, 0,
				false, null, false, false, false, true, false, false, false, wish, offered, ReturnMethod.IN_STORE,
				RefundMethod.ORIGINAL_PAYMENT_METHOD, null, null, false, null), view.createdBy());
		for (RmaStatus step : steps) {
			rmas.advance(raised.rmaNumber(), step, step == RmaStatus.INSPECTED ? "Checked in store: as described."
					: null, null, view.createdBy());
		}
	}

	/** Closing the resolved cases through the closing checklist, complaints with a root cause, and feedback. */
	private void loadClosuresAndFeedback(List<String> numbers) {
		close(numbers, 3, null, null, 5, "Quick, clear answer.");
		close(numbers, 8, null, null, 4, null);
		close(numbers, 14, null, null, 4, null);
		close(numbers, 15, null, null, 5, null);
		close(numbers, 20, null, null, 3, "Had to ask twice.");
		close(numbers, 22, null, null, 5, "Lovely staff in Leeds.");
		close(numbers, 28, null, null, 5, "Swapped on the spot.");
		close(numbers, 33, null, null, 5, "Easy refund.");
		close(numbers, 7, RootCause.STAFF_CONDUCT, "Till staff coached on greeting and finishing each sale.", 4,
				"The apology was appreciated.");
		close(numbers, 2, RootCause.DELIVERY, "Two-hour delivery windows, with a text on the day.", 1,
				"Three weeks and two days off work for a sofa.");
		close(numbers, 23, RootCause.DELIVERY, "Courier no-shows reported daily; customers told the same day.", 4,
				"Rebooked quickly once I complained.");
		close(numbers, 13, RootCause.DELIVERY, "Parcels left only in a safe place the customer chose.", 2,
				"Still no proper answer about the soaked parcel.");
		close(numbers, 18, RootCause.PROCESS, "Call-backs booked as follow-ups with an owner and a due date.", 3, null);
		close(numbers, 26, RootCause.PROCESS, "Refunds issued the day returned goods arrive.", 4, null);
		close(numbers, 30, RootCause.PROCESS, "Refunds issued the day returned goods arrive.", 3,
				"Took longer than it should.");
		close(numbers, 31, RootCause.PROCESS, "Call-backs booked as follow-ups with an owner and a due date.", 2, null);
	}

	private void close(List<String> numbers, int index, RootCause rootCause, String measure, int score,
			String comment) {
		String number = numbers.get(index);
		var view = cases.get(number);
		if (view.status() != CaseStatus.RESOLVED) {
			if (view.status() == CaseStatus.AWAITING_CUSTOMER || view.status() == CaseStatus.OPEN) {
				cases.changeStatus(number, CaseStatus.IN_PROGRESS, null, view.assignee());
			}
			cases.changeStatus(number, CaseStatus.RESOLVED, null, view.assignee());
		}
		boolean openFollowUps = !closing.facts(number).openFollowUps().isEmpty();
		closing.close(number, new ClosingRequest("Outcome confirmed with the customer by phone.", true, true, true,
				rootCause, measure, openFollowUps ? "The customer is happy; the follow-up stays as a courtesy call."
						: null, false), view.assignee());
		feedback.recordByStaff(number, new FeedbackAnswer(score, score >= 3, comment), FeedbackSource.PHONE,
				view.assignee());
	}

	/** The demo loads as a signed-in member of staff would, so the same authority checks apply. */
	private static void actingAs(String username, Runnable work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Refunds and goodwill exceptions in every state, asked for by front-line staff; and some reviews decided. */
	private void loadApprovals(List<String> numbers) {
		var fridgeOrWasher = refund(numbers.get(11), "499.00", "FINAL_REJECT_OR_PRICE_REDUCTION",
				"Consumer Rights Act 2015 s.24 (final right to reject)", "staff2",
				"Washing machine repaired once; the same fault is back. Customer rejects it.",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		var toaster = refund(numbers.get(4), "279.00", "FULL_REFUND",
				"Consumer Rights Act 2015 ss.20-22 (short-term right to reject)", "staff",
				"Toaster sparked within 30 days of purchase; full refund due.", EscalationReason.SAFETY_CONCERN,
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		var scooterBattery = refund(numbers.get(24), "1180.00", "FULL_REFUND",
				"Consumer Rights Act 2015 ss.20-22 (short-term right to reject)", "staff",
				"Mobility scooter battery will not hold charge, delivered 9 days ago.",
				EscalationReason.VULNERABLE_CUSTOMER, EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		var goodwillWatch = approvals.request(new NewApproval(numbers.get(35), ApprovalKind.GOODWILL_EXCEPTION,
				null, new BigDecimal("329.00"), "GOODWILL_REFUND", null, List.of(EscalationReason.GOODWILL_EXCEPTION),
				"Loyal customer; screen cracked at 8 months, asks for a refund rather than a repair.", "staff2", null));
		var bedding = refund(numbers.get(21), "260.00", "FULL_REFUND",
				"Consumer Rights Act 2015 s.11 (not as described)", "staff",
				"Wrong size sent; customer wants the money back, not a replacement.",
				EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		approvals.decide(bedding.id(), Decision.APPROVE, "Wrong item sent: refund in full today.", bedding.version(),
				"supervisor", false);
		var perfume = approvals.request(new NewApproval(numbers.get(25), ApprovalKind.GOODWILL_EXCEPTION, null,
				new BigDecimal("95.00"), "GOODWILL_REFUND", null, List.of(EscalationReason.GOODWILL_EXCEPTION),
				"Perfume opened and half used; customer dislikes the scent.", "staff", null));
		approvals.decide(perfume.id(), Decision.REJECT,
				"Opened hygiene product, not faulty: offer an exchange for an unopened item instead.",
				perfume.version(), "supervisor", false);
		for (var review : approvals.queue(ApprovalStatus.PENDING, Pageable.unpaged())) {
			if (review.kind() == ApprovalKind.REVIEW && review.reasons().contains(EscalationReason.LEGAL_THREAT)) {
				approvals.decide(review.id(), Decision.APPROVE,
						"Called the customer; refund agreed and complaint handled by me from here.", review.version(),
						"manager", true);
			}
		}
		log.info("Demo approvals: {} pending ({}, {}, {}, {} among them).", approvals.pendingCount(),
				fridgeOrWasher.caseNumber(), toaster.caseNumber(), scooterBattery.caseNumber(),
				goodwillWatch.caseNumber());
	}

	private ApprovalView refund(String caseNumber, String amount, String remedy, String legalBasis, String by,
			String summary, EscalationReason... reasons) {
		return approvals.request(new NewApproval(caseNumber, ApprovalKind.REFUND, null, new BigDecimal(amount), remedy,
				legalBasis, List.of(reasons), summary, by, null));
	}

}
