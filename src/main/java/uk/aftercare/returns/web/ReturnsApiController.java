package uk.aftercare.returns.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.aftercare.returns.AssessmentEscalationReason;
import uk.aftercare.returns.BurdenOfProof;
import uk.aftercare.returns.CustomerWish;
import uk.aftercare.returns.ItemLine;
import uk.aftercare.returns.ProductType;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReasonCode;
import uk.aftercare.returns.RefundApprover;
import uk.aftercare.returns.RefundMethod;
import uk.aftercare.returns.Region;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.ReturnAssessment;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.returns.ReturnAuthorisationView;
import uk.aftercare.returns.ReturnMethod;
import uk.aftercare.returns.ReturnRequest;
import uk.aftercare.returns.ReturnsService;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.returns.SaleChannel;
import uk.aftercare.shared.ShopClock;

/** The returns engine and return authorisations for tills and the web shop, in the shape api.md fixes. */
@RestController
@RequestMapping(path = "/api/v1/returns", produces = MediaType.APPLICATION_JSON_VALUE)
class ReturnsApiController {

	private final ReturnsService returns;

	private final ReturnAuthorisationService authorisations;

	private final ShopClock clock;

	ReturnsApiController(ReturnsService returns, ReturnAuthorisationService authorisations, ShopClock clock) {
		this.returns = returns;
		this.authorisations = authorisations;
		this.clock = clock;
	}

	/** A 400 names every invalid field: those the request itself finds, then the rules of {@link ReturnRequest}. */
	@PostMapping("/assessments")
	AssessmentResponse assess(@Valid @RequestBody AssessmentRequest request, BindingResult invalid)
			throws BindException {
		ReturnRequest facts = request.toReturnRequest(invalid);
		facts.validate(clock.today())
			.stream()
			.filter(error -> !invalid.hasFieldErrors(error.field()))
			.forEach(error -> AssessmentRequest.reject(invalid, error.field(), error.message()));
		if (invalid.hasErrors()) {
			throw new BindException(invalid);
		}
		return AssessmentResponse.of(returns.assess(facts));
	}

	@GetMapping("/authorisations/{rmaNumber}")
	AuthorisationResponse authorisation(@PathVariable String rmaNumber) {
		return AuthorisationResponse.of(authorisations.get(rmaNumber));
	}

	record Escalation(boolean required, List<AssessmentEscalationReason> reasons) {
	}

	record AssessmentResponse(Remedy remedy, boolean statutory, String legalBasis, LocalDate deadline,
			BurdenOfProof burdenOfProof, boolean deductionForUseAllowed, List<Remedy> alternatives,
			List<String> explanation, String policyVersion, Escalation escalation) {

		static AssessmentResponse of(ReturnAssessment a) {
			return new AssessmentResponse(a.remedy(), a.statutory(), a.legalBasis(), a.deadline(), a.burdenOfProof(),
					a.deductionForUseAllowed(), a.alternatives(), a.explanation(), a.policyVersion(),
					new Escalation(a.escalationRequired(), a.escalationReasons()));
		}

	}

	record Customer(String name, String email, String phone) {
	}

	record Purchase(String orderReference, ProofOfPurchase proofOfPurchase, ProductType productType,
			SaleChannel channel, Region region, LocalDate purchaseDate, LocalDate deliveryDate, LocalDate requestDate) {
	}

	/**
	 * {@code keepsGoods}: for a final rejection or price reduction of goods, the customer chose the price reduction,
	 * so {@code returnMethod} is null and the refund is the reduction agreed. Added to the response; nothing renamed.
	 */
	record Offer(CustomerWish customerWish, Remedy offeredRemedy, boolean goodwillException,
			ReturnMethod returnMethod, boolean keepsGoods) {
	}

	record Approval(RefundApprover requiredApprover, List<String> reasons, String decidedBy, Instant decidedAt,
			String note) {
	}

	record Refund(BigDecimal amount, RefundMethod method, BigDecimal deduction, String deductionReason,
			LocalDate agreedOn, LocalDate dueOn, LocalDate paidOn, boolean overdue) {
	}

	record AuthorisationResponse(String rmaNumber, String caseNumber, RmaStatus status, LocalDate raisedOn,
			Customer customer, Purchase purchase, List<ItemLine> lines, BigDecimal totalPrice, ReasonCode reasonCode,
			String reasonDetail, Offer offer, AssessmentResponse assessment, Refund refund, Approval approval,
			LocalDate receivedOn, LocalDate inspectedOn, String inspectionNote, LocalDate completedOn,
			Instant closedAt, List<RmaStatus> nextStatuses, long version) {

		static AuthorisationResponse of(ReturnAuthorisationView r) {
			return new AuthorisationResponse(r.rmaNumber(), r.caseNumber(), r.status(), r.raisedOn(),
					new Customer(r.customerName(), r.customerEmail(), r.customerPhone()),
					new Purchase(r.orderReference(), r.proofOfPurchase(), r.productType(), r.channel(), r.region(),
							r.purchaseDate(), r.deliveryDate(), r.requestDate()),
					r.lines(), r.totalPrice(), r.reasonCode(), r.reasonDetail(),
					new Offer(r.customerWish(), r.offeredRemedy(), r.goodwillException(), r.returnMethod(),
							r.keepsGoods()),
					AssessmentResponse.of(r.assessment()),
					r.refundAmount() == null ? null
							: new Refund(r.refundAmount(), r.refundMethod(), r.deductionAmount(), r.deductionReason(),
									r.refundAgreedOn(), r.refundDueOn(), r.refundedOn(), r.refundOverdue()),
					new Approval(r.requiredApprover(), r.escalationReasons(), r.decidedBy(), r.decidedAt(),
							r.decisionNote()),
					r.receivedOn(), r.inspectedOn(), r.inspectionNote(), r.completedOn(), r.closedAt(),
					r.nextStatuses(), r.version());
		}

	}

}
