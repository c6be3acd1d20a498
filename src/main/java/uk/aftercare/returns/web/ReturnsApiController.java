package uk.aftercare.returns.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.aftercare.returns.AssessmentEscalationReason;
import uk.aftercare.returns.BurdenOfProof;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.ReturnAssessment;
import uk.aftercare.returns.ReturnRequest;
import uk.aftercare.returns.ReturnsService;

/** The returns engine for tills and the web shop, in the shape api.md fixes. */
@RestController
@RequestMapping("/api/v1/returns")
class ReturnsApiController {

	private final ReturnsService returns;

	ReturnsApiController(ReturnsService returns) {
		this.returns = returns;
	}

	@PostMapping("/assessments")
	AssessmentResponse assess(@RequestBody ReturnRequest request) {
		return AssessmentResponse.of(returns.assess(request));
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

}
