package uk.aftercare.cases.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.cases.ApprovalState;
import uk.aftercare.cases.CaseAge;
import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseClosedException;
import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.CaseListForm;
import uk.aftercare.cases.CaseListItem;
import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.ApprovalPendingException;
import uk.aftercare.cases.IllegalTransitionException;
import uk.aftercare.cases.Priority;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Classification;
import uk.aftercare.classification.ClassificationService;
import uk.aftercare.classification.Flag;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.CustomerService;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.CurrentStaff;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;
import uk.aftercare.staff.StaffNames;

/** Logging interactions, the case list and the case page. */
@Controller
@RequestMapping("/cases")
class CaseController {

	private static final int PAGE_SIZE = 25;

	/** The last page number whose first row can be counted to (any later one would be as empty). */
	private static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

	private final CaseService cases;

	private final ClassificationService classifier;

	private final CustomerService customers;

	private final StaffDirectory staff;

	private final MessageSource messages;

	private final ShopClock clock;

	CaseController(CaseService cases, ClassificationService classifier, CustomerService customers,
			StaffDirectory staff, MessageSource messages, ShopClock clock) {
		this.cases = cases;
		this.classifier = classifier;
		this.customers = customers;
		this.staff = staff;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("channels")
	ContactChannel[] channels() {
		return ContactChannel.values();
	}

	@ModelAttribute("types")
	CaseType[] types() {
		return CaseType.values();
	}

	@ModelAttribute("statuses")
	CaseStatus[] statuses() {
		return CaseStatus.values();
	}

	@ModelAttribute("priorities")
	Priority[] priorities() {
		return Priority.values();
	}

	@ModelAttribute("directions")
	ContactDirection[] directions() {
		return ContactDirection.values();
	}

	// ---- logging an interaction ----

	@GetMapping("/new")
	String newCase(Model model) {
		OpenCaseForm form = new OpenCaseForm();
		form.setFormToken(OpenCaseForm.newToken());
		model.addAttribute("form", form);
		return "cases/new-case";
	}

	@PostMapping
	String open(@Valid @ModelAttribute("form") OpenCaseForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		if (!form.hasEmailOrPhone() && !result.hasFieldErrors("customerEmail")) {
			result.rejectValue("customerEmail", "case.contact.required");
		}
		if (!form.hasIssuedToken()) {
			form.setFormToken(OpenCaseForm.newToken());
		}
		if (!result.hasFieldErrors("customerId") && form.getCustomerId() != null
				&& customers.find(form.getCustomerId()).isEmpty()) {
			result.rejectValue("customerId", "case.customerId.notFound");
		}
		if (result.hasFieldErrors("customerId")) {
			// The form shows the field's value, not what was sent, so the next save is not refused again.
			form.setCustomerId(null);
		}
		if (result.hasErrors() || form.getType() == null) {
			Classification suggestion = form.getDescription() == null || form.getDescription().isBlank() ? null
					: classifier.classify(form.getDescription());
			if (!result.hasErrors() && suggestion != null) {
				// No type chosen yet: show the suggestion and ask staff to confirm or change it.
				form.setType(suggestion.type());
				model.addAttribute("confirmType", true);
			}
			model.addAttribute("suggestion", suggestion);
			model.addAttribute("matches", customers.findMatches(
					new ContactDetails(form.getCustomerName(), form.getCustomerEmail(), form.getCustomerPhone())));
			return "cases/new-case";
		}
		var opened = cases.open(form.toCommand(), principal.getName(), "form:" + form.getFormToken());
		redirect.addFlashAttribute("success", message(opened.created() ? "case.logged" : "case.alreadyLogged",
				opened.view().caseNumber()));
		typedContactNotUsed(form, opened.view()).ifPresent(warning -> redirect.addFlashAttribute("warning", warning));
		return "redirect:/cases/" + opened.view().caseNumber();
	}

	/**
	 * What staff typed that the case did not take, said to them rather than dropped unseen: an e-mail or phone given
	 * for a customer found by their other contact detail under a name that may be someone else's ("Mrs Quill" on
	 * Harriet Quill's phone), or one recorded for another customer, which the case and its customer's record leave
	 * out as {@code CaseService} explains. The other customer is not named: staff may be talking to someone else.
	 */
	private Optional<String> typedContactNotUsed(OpenCaseForm form, CaseView logged) {
		var typed = new ContactDetails(form.getCustomerName(), form.getCustomerEmail(), form.getCustomerPhone());
		if (typed.email() != null && !typed.email().equals(logged.customerEmail())) {
			return Optional.of(message(customers.isAnothersEmail(typed.email(), logged.customerId())
					? foundByTheirOtherDetail(form, logged) ? "case.typedEmailAnothers"
							: "case.typedEmailAnothers.ownRecord"
					: "case.typedEmailNotUsed", typed.email(), logged.customerName(), typed.name()));
		}
		if (typed.phone() != null
				&& !Objects.equals(ContactDetails.phoneKey(typed.phone()), ContactDetails.phoneKey(logged.customerPhone()))) {
			return Optional.of(message(customers.isAnothersPhone(typed.phone(), logged.customerId())
					? foundByTheirOtherDetail(form, logged) ? "case.typedPhoneAnothers"
							: "case.typedPhoneAnothers.ownRecord"
					: "case.typedPhoneNotUsed", typed.phone(), logged.customerName(), typed.name()));
		}
		return Optional.empty();
	}

	/**
	 * Whether the case is logged under a record found by the customer's other contact detail (their phone when the
	 * e-mail typed was not taken, their e-mail when the phone was), rather than one made for this case because the
	 * names did not agree, or one chosen on the form: those are told how to add a detail the household shares.
	 */
	private boolean foundByTheirOtherDetail(OpenCaseForm form, CaseView logged) {
		return form.getCustomerId() == null && cases.customerKnownBefore(logged.caseNumber());
	}

	/** The classifier's suggestion as staff type (called by the form's script). */
	@PostMapping(path = "/suggestion", produces = "application/json")
	@ResponseBody
	Map<String, Object> suggestion(@RequestParam(defaultValue = "") String description) {
		Classification c = classifier.classify(description.length() > 5000 ? description.substring(0, 5000)
				: description);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", c.type());
		body.put("typeLabel", message("type." + c.type()));
		body.put("confidence", Math.round(c.confidence() * 100));
		body.put("evidence", c.evidence());
		body.put("flags", c.flags().stream().map(f -> message("flag." + f)).toList());
		body.put("empty", description.isBlank());
		return body;
	}

	/**
	 * Existing customers matching what staff typed, as a fragment for the form. A POST, so that the customer's name,
	 * e-mail and phone travel in the body, never in an address that proxies and access logs keep.
	 */
	@PostMapping("/customer-matches")
	String customerMatches(@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			@RequestParam(required = false) String phone, Model model) {
		model.addAttribute("matches", customers.findMatches(new ContactDetails(name, email, phone)));
		return "cases/new-case :: matches";
	}

	// ---- the case list ----

	@GetMapping
	String list(@ModelAttribute("filterForm") CaseListForm form, BindingResult errors, Principal principal,
			Model model) {
		model.addAttribute("mine", form.onlyMine());
		model.addAttribute("openOnly", form.onlyOpen());
		model.addAttribute("unassignedOnly", form.onlyUnassigned());
		model.addAttribute("staff", staff.activeStaff());
		model.addAttribute("ages", CaseAge.values());
		model.addAttribute("slaFilters", SlaFilter.values());
		model.addAttribute("approvalStates", ApprovalState.values());
		model.addAttribute("maxSearch", CaseListFilter.MAX_SEARCH);
		Optional<CaseListFilter> valid = form.toFilter(errors, staff, cases);
		if (valid.isEmpty()) {
			// As on the dashboard: the filters as typed, each message beside its field, and no list until corrected.
			return "cases/case-list";
		}
		CaseListFilter filter = valid.get();
		CaseQuery query = filter.toQuery(principal.getName(), clock.now(), clock.zone());
		Page<CaseListItem> results = cases.search(query,
				PageRequest.of(Math.min(form.pageNumber(), LAST_PAGE), PAGE_SIZE));
		if (results.getTotalPages() > 0 && results.getNumber() >= results.getTotalPages()) {
			// Beyond the last page (an old link, or a page typed into the address): the last page instead.
			results = cases.search(query, PageRequest.of(results.getTotalPages() - 1, PAGE_SIZE));
		}
		model.addAttribute("page", results);
		String queryString = filter.toQueryString();
		model.addAttribute("queryWithoutPage", queryString);
		model.addAttribute("pageLink", "/cases?" + (queryString.isEmpty() ? "" : queryString + "&") + "page=");
		return "cases/case-list";
	}

	// ---- the case page ----

	@GetMapping("/{caseNumber}")
	String show(@PathVariable String caseNumber, Model model) {
		return casePage(caseNumber, model);
	}

	@PostMapping("/{caseNumber}/contacts")
	String recordContact(@PathVariable String caseNumber, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			if (result.hasFieldErrors("channel") && form.getDirection() == ContactDirection.TO_CUSTOMER) {
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "contactForm", askingHowWeContacted(result));
			}
			return casePage(caseNumber, model);
		}
		try {
			onceMoreIfChangedMeanwhile(() -> cases.recordContact(caseNumber, form.getChannel(), form.getDirection(),
					form.getSummary(), principal.getName()));
		}
		catch (OptimisticLockingFailureException e) {
			result.reject("case.changedMeanwhile");
			return casePage(caseNumber, model);
		}
		catch (CaseArchivedException e) {
			return refusedAsArchived(e, result, caseNumber, model);
		}
		redirect.addFlashAttribute("success", message("contact.recorded"));
		return "redirect:/cases/" + caseNumber;
	}

	/**
	 * The same errors, but a channel refused for a contact that went to the customer is asked for as how we contacted
	 * them: the words a case is logged with ("how the customer got in touch") do not fit. A letter is not a channel of
	 * contact (the channels are fixed by the API): it is sent as an update from the case's updates page.
	 */
	private static BindingResult askingHowWeContacted(BindingResult result) {
		BindingResult asked = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
		result.getGlobalErrors().forEach(asked::addError);
		for (FieldError error : result.getFieldErrors()) {
			if (!error.getField().equals("channel")) {
				asked.addError(error);
				continue;
			}
			String code = error.isBindingFailure() ? "contact.channel.toCustomer.notOnList"
					: "contact.channel.toCustomer.required";
			asked.addError(new FieldError(error.getObjectName(), "channel", error.getRejectedValue(),
					error.isBindingFailure(), new String[] { code }, null, null));
		}
		return asked;
	}

	@PostMapping("/{caseNumber}/notes")
	String addNote(@PathVariable String caseNumber, @Valid @ModelAttribute("noteForm") NoteForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return casePage(caseNumber, model);
		}
		try {
			onceMoreIfChangedMeanwhile(() -> cases.addNote(caseNumber, form.getText(), principal.getName()));
		}
		catch (OptimisticLockingFailureException e) {
			result.reject("case.changedMeanwhile");
			return casePage(caseNumber, model);
		}
		catch (CaseArchivedException e) {
			return refusedAsArchived(e, result, caseNumber, model);
		}
		redirect.addFlashAttribute("success", message("note.added"));
		return "redirect:/cases/" + caseNumber;
	}

	/** Marks the customer on this case as vulnerable, after logging: escalated as the tick at logging would have. */
	@PostMapping("/{caseNumber}/vulnerable")
	String markVulnerable(@PathVariable String caseNumber, Principal principal, RedirectAttributes redirect) {
		try {
			onceMoreIfChangedMeanwhile(() -> cases.markVulnerable(caseNumber, principal.getName()));
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("warning", message("case.changedMeanwhile.vulnerable"));
			return "redirect:/cases/" + caseNumber;
		}
		catch (CaseArchivedException e) {
			redirect.addFlashAttribute("warning", message("case.archived", e.erasedOn()));
			return "redirect:/cases/" + caseNumber;
		}
		redirect.addFlashAttribute("success", message("case.vulnerable.marked"));
		return "redirect:/cases/" + caseNumber;
	}

	@PostMapping("/{caseNumber}/status")
	String changeStatus(@PathVariable String caseNumber, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		if (form.getTarget() == CaseStatus.CLOSED) {
			// Closing asks for the closing checklist (and, for complaints, a root cause): see the Close page.
			result.rejectValue("target", "status.closeWithChecklist");
		}
		if (!result.hasErrors()) {
			try {
				onceMoreIfChangedMeanwhile(
						() -> cases.changeStatus(caseNumber, form.getTarget(), form.getReason(), principal.getName()));
				redirect.addFlashAttribute("success", message("status.changed", message("status." + form.getTarget())));
				return "redirect:/cases/" + caseNumber;
			}
			catch (OptimisticLockingFailureException e) {
				result.reject("case.changedMeanwhile");
			}
			catch (CaseArchivedException e) {
				return refusedAsArchived(e, result, caseNumber, model);
			}
			catch (ApprovalPendingException e) {
				result.rejectValue("target", "status.approvalPending",
						new Object[] { message("status." + e.to()) }, e.getMessage());
			}
			catch (IllegalTransitionException e) {
				String allowed = e.from().nextStatusesByHand().stream().map(s -> message("status." + s))
					.collect(java.util.stream.Collectors.joining(", "));
				result.rejectValue("target", "status.illegal", new Object[] { message("status." + e.to()),
						message("status." + e.from()), allowed }, e.getMessage());
			}
		}
		return casePage(caseNumber, model);
	}

	/**
	 * A contact, a note or a status change does not rest on a version of the case the user saw (a status change is
	 * checked against the case's status as it is now): when another change to the case committed between reading it
	 * and writing, it is made once more on the case as it now is. A second clash in a row is shown to the user, with
	 * what they typed kept.
	 */
	private static void onceMoreIfChangedMeanwhile(Runnable change) {
		try {
			change.run();
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			change.run();
		}
	}

	@PostMapping("/{caseNumber}/details")
	String updateDetails(@PathVariable String caseNumber, @Valid @ModelAttribute("detailsForm") CaseDetailsForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		// The username as the directory spells it: "STAFF2" would be stored as typed and match nobody's cases.
		Optional<String> assignee = result.hasFieldErrors("assignee") ? Optional.empty()
				: staff.find(form.getAssignee()).filter(StaffMember::enabled).map(StaffMember::username);
		if (!result.hasFieldErrors("assignee") && assignee.isEmpty()) {
			result.rejectValue("assignee", "case.assignee.unknown");
		}
		if (form.expectedVersion().isEmpty()) {
			// No version the choices were made from (a form made by hand): saving could undo anyone's change unseen.
			return staleDetails(caseNumber, form, result, model);
		}
		if (!result.hasFieldErrors("priority") && form.getPriority() != null && !CurrentStaff.hasRole(Role.SUPERVISOR)) {
			// An escalation raised the priority for a reason staff cannot set aside (a safety risk, a legal threat):
			// lowering it again, and relaxing its SLA targets, is a supervisor's call.
			CaseView now = cases.get(caseNumber);
			if (now.escalated() && form.getPriority().compareTo(now.priority()) < 0) {
				result.rejectValue("priority", "case.priority.lowerEscalated");
			}
		}
		if (result.hasErrors()) {
			return casePage(caseNumber, model);
		}
		try {
			cases.updateDetails(caseNumber, assignee.get(), form.getPriority(), form.getType(), form.expectedVersion().get(),
					principal.getName());
		}
		catch (OptimisticLockingFailureException e) {
			return staleDetails(caseNumber, form, result, model);
		}
		catch (CaseClosedException e) {
			result.reject("case.details.closed");
			return casePage(caseNumber, model);
		}
		catch (CaseArchivedException e) {
			return refusedAsArchived(e, result, caseNumber, model);
		}
		redirect.addFlashAttribute("success", message("case.detailsSaved"));
		return "redirect:/cases/" + caseNumber;
	}

	/**
	 * The case page saying, beside the form, that nothing more can be added to the case as its customer's data was
	 * erased, with what was typed kept (to copy into a new case if the customer got in touch again); the other forms
	 * stay hidden.
	 */
	private String refusedAsArchived(CaseArchivedException e, BindingResult result, String caseNumber, Model model) {
		result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
		return casePage(caseNumber, model);
	}

	/**
	 * The case as it is now, after a clash with someone else's change (nothing saved), with its current version in the
	 * form. A field the user left as the page showed it was not their choice: it is shown as it is now, and named
	 * beside it when someone else changed it. A field they changed keeps their choice and, where that differs from
	 * what is saved now, is marked saying what that is. Saving again is then a deliberate choice over the other change,
	 * and never undoes one unseen. The messages name the colleague who made the change where it is surely theirs
	 * ({@link ChangedBy}).
	 */
	private String staleDetails(String caseNumber, CaseDetailsForm form, BindingResult result, Model model) {
		String page = casePage(caseNumber, model);
		CaseView now = (CaseView) model.getAttribute("c");
		Optional<String> by = ChangedBy.since(form.expectedVersion(), now.version(), now.updatedBy(), staff);
		StaffNames names = new StaffNames(staff);
		Map<String, String> changedMeanwhile = new LinkedHashMap<>();
		boolean marked = keepOrShowNow(result, changedMeanwhile, by, "assignee", form.getAssignee(),
				form.getShownAssignee(), now.assignee(), a -> a, form::setAssignee, names::of);
		marked |= keepOrShowNow(result, changedMeanwhile, by, "priority", form.getPriority(), form.getShownPriority(),
				now.priority(), Priority::name, form::setPriority, p -> label("priority.", p));
		marked |= keepOrShowNow(result, changedMeanwhile, by, "type", form.getType(), form.getShownType(), now.type(),
				CaseType::name, form::setType, t -> label("type.", t));
		result.reject(ChangedBy.key(marked ? "case.details.stale" : "case.details.staleAsChosen", by),
				by.map(name -> new Object[] { name }).orElse(null), null);
		form.showing(now.version(), now.assignee(), now.priority(), now.type());
		model.addAttribute("changedMeanwhile", changedMeanwhile);
		return page;
	}

	/**
	 * One field of the details form after a clash: shown as it is now when the user left it as the page showed it
	 * ({@code shown}: null when the form did not say, as then every choice counts as made); otherwise their choice is
	 * kept, and marked when it differs from what is saved now. Whether it is marked (or already was, for an error of
	 * its own).
	 */
	private <T> boolean keepOrShowNow(BindingResult result, Map<String, String> changedMeanwhile, Optional<String> by,
			String field, T chosen, String shown, T now, Function<T, String> key, Consumer<T> showNow,
			Function<T, String> label) {
		if (result.hasFieldErrors(field)) {
			return true;
		}
		String chosenKey = chosen == null ? null : key.apply(chosen);
		String nowKey = now == null ? null : key.apply(now);
		boolean changedBySomeoneElse = shown != null && !shown.equalsIgnoreCase(Objects.toString(nowKey, ""));
		if (shown != null && shown.equalsIgnoreCase(Objects.toString(chosenKey, ""))) {
			showNow.accept(now);
			if (changedBySomeoneElse) {
				changedMeanwhile.put(field, message(ChangedBy.key("case.details.changedMeanwhile", by), label.apply(now),
						by.orElse(null)));
			}
			return false;
		}
		if (chosenKey != null && chosenKey.equalsIgnoreCase(Objects.toString(nowKey, ""))) {
			return false;
		}
		String notSaved = changedBySomeoneElse ? ChangedBy.key("case.details.choiceOverChange", by)
				: "case.details.choiceNotSaved";
		result.rejectValue(field, notSaved,
				new Object[] { label.apply(now), label.apply(chosen), by.orElse(null) }, null);
		return true;
	}

	private String label(String prefix, Enum<?> value) {
		return value == null ? message("type.none") : message(prefix + value.name());
	}

	private String casePage(String caseNumber, Model model) {
		CaseView view = cases.get(caseNumber);
		model.addAttribute("c", view);
		if (!model.containsAttribute("contactForm")) {
			ContactForm contact = new ContactForm();
			contact.setChannel(ContactChannel.PHONE);
			model.addAttribute("contactForm", contact);
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new NoteForm());
		}
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm());
		}
		if (!model.containsAttribute("detailsForm")) {
			CaseDetailsForm details = new CaseDetailsForm();
			details.setAssignee(view.assignee());
			details.setPriority(view.priority());
			details.setType(view.type());
			details.showing(view.version(), view.assignee(), view.priority(), view.type());
			model.addAttribute("detailsForm", details);
		}
		model.addAttribute("staff", staff.activeStaff());
		model.addAttribute("otherCases", cases.otherCasesOf(view.customerId(), view.caseNumber()));
		model.addAttribute("flagList", List.of(Flag.values()));
		return "cases/case-page";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, java.util.Locale.UK);
	}

}
