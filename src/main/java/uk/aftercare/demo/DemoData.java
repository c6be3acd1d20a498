package uk.aftercare.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.escalation.NewApproval;

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

	DemoData(CaseService cases, Approvals approvals) {
		this.cases = cases;
		this.approvals = approvals;
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
				cases.changeStatus(number, status, null, demo.by());
			}
		}
		loadApprovals(numbers);
		log.info("Loaded {} demo cases.", DemoCases.ALL.size());
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
		for (var review : approvals.queue(ApprovalStatus.PENDING)) {
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
