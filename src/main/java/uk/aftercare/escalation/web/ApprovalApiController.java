package uk.aftercare.escalation.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;

/** Approvals for shop systems (api.md, "Approvals"): SUPERVISOR and MANAGER only, by the security rules. */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalApiController {

	private final Approvals approvals;

	ApprovalApiController(Approvals approvals) {
		this.approvals = approvals;
	}

	@GetMapping
	List<ApprovalView> list(@RequestParam(defaultValue = "PENDING") ApprovalStatus status) {
		return approvals.queue(status);
	}

	@GetMapping("/{id}")
	ApprovalView get(@PathVariable long id) {
		return approvals.get(id);
	}

	/** 200 with the decided request; 403 for one's own request; 409 if already decided or the version is stale. */
	@PostMapping("/{id}/decision")
	ApprovalView decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request, Authentication auth) {
		boolean manager = auth.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
		return approvals.decide(id, request.decision(), request.note(), request.version(), auth.getName(), manager);
	}

	record DecisionRequest(@NotNull(message = "must be APPROVE or REJECT") Decision decision,
			@Size(max = 2000, message = "must be at most 2,000 characters") String note,
			@NotNull(message = "is required: the version you saw") Long version) {
	}

}
