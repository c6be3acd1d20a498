package uk.aftercare.escalation.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.shared.web.Pages;

/**
 * Approvals for shop systems (api.md, "Approvals"): SUPERVISOR and MANAGER only, by the security rules. What it
 * answers with is declared (application/json; problems are problem+json whatever is declared), so a request whose
 * Accept does not take application/json is refused before it decides anything.
 */
@RestController
@RequestMapping(path = "/api/v1/approvals", produces = MediaType.APPLICATION_JSON_VALUE)
class ApprovalApiController {

	private final Approvals approvals;

	ApprovalApiController(Approvals approvals) {
		this.approvals = approvals;
	}

	/**
	 * One page of the requests in a status (PENDING when none or an empty one is given), as a JSON array, the contract's
	 * shape; the parameters are read as text, so that every invalid one is named at once, as the cases API does. The
	 * pages next to it, when there are, are named in a {@code Link} header (RFC 8288): a client follows
	 * {@code rel="next"} until there is none.
	 */
	@GetMapping
	ResponseEntity<List<ApprovalView>> list(
			@RequestParam(defaultValue = "PENDING") @Pattern(regexp = "PENDING|APPROVED|REJECTED",
					message = "must be one of PENDING, APPROVED, REJECTED") String status,
			@RequestParam(defaultValue = "0") @Pattern(regexp = Pages.API_PAGE,
					message = Pages.API_PAGE_MESSAGE) String page,
			@RequestParam(defaultValue = "100") @Pattern(regexp = Pages.API_SIZE,
					message = Pages.API_SIZE_MESSAGE) String size) {
		ApprovalStatus listing = ApprovalStatus.valueOf(status);
		Page<ApprovalView> listed = approvals.queue(listing,
				PageRequest.of(Integer.parseInt(page), Integer.parseInt(size)));
		List<String> links = new ArrayList<>();
		if (listed.hasPrevious()) {
			links.add(link(listing, Math.min(listed.getNumber() - 1, Math.max(listed.getTotalPages() - 1, 0)),
					listed.getSize(), "prev"));
		}
		if (listed.hasNext()) {
			links.add(link(listing, listed.getNumber() + 1, listed.getSize(), "next"));
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (!links.isEmpty()) {
			answer.header(HttpHeaders.LINK, String.join(", ", links));
		}
		return answer.body(listed.getContent());
	}

	private static String link(ApprovalStatus status, int page, int size, String rel) {
		return "</api/v1/approvals?status=" + status.name() + "&page=" + page + "&size=" + size + ">; rel=\"" + rel
				+ "\"";
	}

	@GetMapping("/{id}")
	ApprovalView get(@PathVariable long id) {
		return approvals.get(id);
	}

	/** 200 with the decided request; 403 for one's own request; 409 if already decided or the version is stale. */
	@PostMapping("/{id}/decision")
	ApprovalView decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request, BindingResult invalid,
			Authentication auth) throws BindException {
		request.checkVersion(invalid);
		request.checkReason(invalid);
		boolean manager = auth.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
		if (invalid.hasErrors()) {
			// Someone who may not decide this at all is told so (403, or 409 once decided), not asked to mend a body.
			approvals.checkDecider(id, auth.getName(), manager);
			throw new BindException(invalid);
		}
		return approvals.decide(id, Decision.valueOf(request.decision()), request.note(), request.version().longValue(),
				auth.getName(), manager);
	}

	/**
	 * The decision is read as text and the version as any JSON value, then checked, so that a bad decision, version
	 * and note are named together: read as an enum and a {@code Long}, Jackson stopped at the first (and took
	 * {@code 1} for REJECT, {@code 0.9} for version 0).
	 */
	record DecisionRequest(
			@NotNull(message = DECISIONS) @Pattern(regexp = "APPROVE|REJECT", message = DECISIONS) String decision,
			@Size(max = 2000, message = "must be at most 2,000 characters") String note, JsonNode version) {

		static final String DECISIONS = "must be APPROVE or REJECT";

		void checkVersion(BindingResult invalid) {
			if (version == null || version.isNull()) {
				reject(invalid, "is required: the version you saw");
			}
			else if (!version.isIntegralNumber() || !version.canConvertToLong() || version.longValue() < 0) {
				reject(invalid, "must be the version you saw: a whole number, 0 or more");
			}
		}

		/** A refusal is explained (the same rule as {@code ApprovalRequest.decide}, named with any other field). */
		void checkReason(BindingResult invalid) {
			if ("REJECT".equals(decision) && (note == null || note.isBlank()) && !invalid.hasFieldErrors("note")) {
				invalid.addError(new FieldError(invalid.getObjectName(), "note",
						"is required to reject: say why it is not approved, for the case and the person who asked"));
			}
		}

		private static void reject(BindingResult invalid, String message) {
			invalid.addError(new FieldError(invalid.getObjectName(), "version", message));
		}

	}

}
