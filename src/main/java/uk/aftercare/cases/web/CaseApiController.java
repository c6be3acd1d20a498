package uk.aftercare.cases.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.CaseListItem;
import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.Priority;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.shared.web.ApiProblems;
import uk.aftercare.shared.web.Pages;

/**
 * Cases for shop systems (tills, the web shop): see docs and api.md. What it answers with is declared, so a request
 * whose Accept does not take application/json is refused before it opens a case it could not report. Only
 * application/json: declaring problem+json too let an Accept preferring it label a case as a problem.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseApiController {

	/*
	 * The list's parameters are read as text and checked by these patterns, so that every invalid one is named at
	 * once; an empty status or type (api.md writes "?status=&type=") means any. The highest page ({@link Pages}),
	 * 10,000,000: with 100 cases a page, its first row is still countable.
	 */
	private static final String ANY_STATUS = "|OPEN|IN_PROGRESS|AWAITING_CUSTOMER|AWAITING_APPROVAL|RESOLVED|CLOSED"
			+ "|REOPENED";

	private static final String ANY_TYPE = "|COMPLAINT|QUERY|RETURN";

	private static final String TYPES = "COMPLAINT|QUERY|RETURN";

	private static final String TYPE_CODES = "must be one of COMPLAINT, QUERY, RETURN";

	private final CaseService cases;

	CaseApiController(CaseService cases) {
		this.cases = cases;
	}

	/**
	 * Answers 201 with the case. Not through a {@code ResponseEntity}: Spring MVC flushes those as soon as they are
	 * written, so the answer went out in two writes, chunked, instead of one with its length (docs/performance.md).
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseResponse open(@Valid @RequestBody NewCase request, BindingResult invalid,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal,
			HttpServletResponse response) throws BindException {
		// Checked beside the body's own constraints, so that every invalid field is named in one answer.
		if (request.customer() != null && isBlank(request.customer().email()) && isBlank(request.customer().phone())
				&& !invalid.hasFieldErrors("customer.email")) {
			invalid.addError(new FieldError(invalid.getObjectName(), "customer.email",
					"give an email or a phone number for the customer"));
		}
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
			invalid.addError(new FieldError(invalid.getObjectName(), "Idempotency-Key", "must be 1 to 100 characters"));
		}
		else if (idempotencyKey != null && !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
			// The firewall refuses control characters; UTF-8 whose bytes read as printable ISO-8859-1 ("clé" as
			// "clÃ©") reaches here, and would be kept garbled.
			invalid.addError(new FieldError(invalid.getObjectName(), "Idempotency-Key", ApiProblems.BAD_HEADER));
		}
		if (invalid.hasErrors()) {
			throw new BindException(invalid);
		}
		var opened = cases.openOnce(request.toCommand(), principal.getName(),
				idempotencyKey == null ? null : "api:" + idempotencyKey);
		CaseView view = opened.view();
		response.setHeader(HttpHeaders.LOCATION, "/api/v1/cases/" + view.caseNumber());
		response.setHeader("Idempotent-Replayed", String.valueOf(!opened.created()));
		return CaseResponse.of(view, true);
	}

	@GetMapping("/{caseNumber}")
	CaseResponse get(@PathVariable String caseNumber) {
		return CaseResponse.of(cases.get(caseNumber), true);
	}

	@GetMapping
	CasePage list(
			@RequestParam(required = false) @Pattern(regexp = ANY_STATUS, message = "must be one of OPEN, IN_PROGRESS, "
					+ "AWAITING_CUSTOMER, AWAITING_APPROVAL, RESOLVED, CLOSED, REOPENED") String status,
			@RequestParam(required = false) @Pattern(regexp = ANY_TYPE, message = TYPE_CODES) String type,
			@RequestParam(required = false) @Size(max = CaseListFilter.MAX_SEARCH,
					message = "must be at most " + CaseListFilter.MAX_SEARCH + " characters") String q,
			@RequestParam(defaultValue = "0") @Pattern(regexp = Pages.API_PAGE,
					message = Pages.API_PAGE_MESSAGE) String page,
			@RequestParam(defaultValue = "20") @Pattern(regexp = Pages.API_SIZE,
					message = Pages.API_SIZE_MESSAGE) String size) {
		CaseQuery query = new CaseQuery(isBlank(type) ? null : CaseType.valueOf(type),
				isBlank(status) ? null : CaseStatus.valueOf(status), null, q);
		Page<CaseListItem> results = cases.search(query,
				PageRequest.of(Integer.parseInt(page), Integer.parseInt(size)));
		return new CasePage(results.getContent(), results.getNumber(), results.getSize(), results.getTotalElements(),
				results.getTotalPages());
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	record NewCustomer(
			@NotBlank(message = "must not be blank")
			@Size(max = 120, message = "must be at most 120 characters") String name,
			@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a valid email address")
			@Size(max = 200, message = "must be at most 200 characters") String email,
			@Pattern(regexp = ContactDetails.PHONE_PATTERN, message = "must be a valid phone number") String phone) {
	}

	/**
	 * Codes arrive as strings and are checked by validation, so one bad code is listed with every other invalid field
	 * instead of stopping the JSON reader at the first.
	 */
	record NewCase(@NotNull(message = "is required") @Pattern(regexp = "IN_STORE|PHONE|EMAIL|WEB|CHAT", message = CHANNELS) String channel,
			@NotBlank(message = "must not be blank") @Size(max = 5000, message = "must be at most 5,000 characters") String description,
			@NotNull(message = "is required") @Valid NewCustomer customer,
			@Size(max = 60, message = "must be at most 60 characters") String orderReference,
			@Size(max = 200, message = "must be at most 200 characters") String product,
			@Pattern(regexp = TYPES, message = TYPE_CODES) String type,
			Boolean vulnerableCustomer) {

		static final String CHANNELS = "must be one of IN_STORE, PHONE, EMAIL, WEB, CHAT";

		OpenCaseCommand toCommand() {
			return new OpenCaseCommand(ContactChannel.valueOf(channel), description,
					new ContactDetails(customer.name(), customer.email(), customer.phone()), null, orderReference,
					product, type == null ? null : CaseType.valueOf(type), Boolean.TRUE.equals(vulnerableCustomer));
		}

	}

	record Escalation(boolean required, List<String> reasons) {
	}

	record Customer(String name, String email, String phone) {
	}

	record Suggestion(CaseType type, double confidence, List<String> evidence, Set<Flag> flags) {
	}

	record CaseResponse(String caseNumber, CaseType type, CaseType suggestedType, CaseStatus status, Priority priority,
			Escalation escalation, Instant createdAt, long version, ContactChannel channel, Customer customer,
			String orderReference, String product, String description, boolean vulnerableCustomer, boolean typeOverridden,
			Suggestion suggestion, String assignee, List<TimelineEntry> timeline) {

		static CaseResponse of(CaseView v, boolean withTimeline) {
			return new CaseResponse(v.caseNumber(), v.type(), v.suggestedType(), v.status(), v.priority(),
					new Escalation(v.escalated(), v.escalationReasons()), v.createdAt(), v.version(), v.channel(),
					new Customer(v.customerName(), v.customerEmail(), v.customerPhone()), v.orderReference(),
					v.product(), v.description(), v.vulnerableCustomer(), v.typeOverridden(),
					new Suggestion(v.suggestedType(), v.suggestionConfidence(), v.suggestionEvidence(), v.flags()),
					v.assignee(), withTimeline ? v.timeline() : null);
		}

	}

	record CasePage(List<CaseListItem> content, int page, int size, long totalElements, int totalPages) {
	}

}
