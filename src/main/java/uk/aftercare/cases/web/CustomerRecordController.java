package uk.aftercare.cases.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import uk.aftercare.cases.CustomerCases;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.CustomerRecord;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PersonalDataHolder.KeepReason;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.customers.PrivacySettings;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.StaffDirectory;

/**
 * The customer's page: who they are, every case they have had, and their rights over their data under UK GDPR. Any
 * member of staff sees the page; supervisors and managers hand customers a copy of their data; managers erase it.
 */
@Controller
@RequestMapping("/customers/{id}")
class CustomerRecordController {

	/** More cases than anyone has had; the page says when there are more. */
	private static final int CASES_SHOWN = 200;

	private final DataProtection dataProtection;

	private final CustomerCases cases;

	private final JsonMapper json;

	private final MessageSource messages;

	private final ShopClock clock;

	private final PrivacySettings privacy;

	private final StaffDirectory staff;

	CustomerRecordController(DataProtection dataProtection, CustomerCases cases, JsonMapper json,
			MessageSource messages, ShopClock clock, PrivacySettings privacy, StaffDirectory staff) {
		this.dataProtection = dataProtection;
		this.cases = cases;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
		this.messages = messages;
		this.clock = clock;
		this.privacy = privacy;
		this.staff = staff;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		return page(id, model);
	}

	/** A copy of everything held about the customer (UK GDPR art. 15), as a JSON file, recorded as given. */
	@PostMapping("/data-export")
	@PreAuthorize("hasRole('SUPERVISOR')")
	Object export(@PathVariable long id, @Validated @ModelAttribute("exportForm") DataRequestForm form,
			BindingResult result, Model model, Principal principal) {
		if (result.hasErrors()) {
			return page(id, model);
		}
		byte[] body = json.writeValueAsString(dataProtection.export(id, principal.getName(), form.getNote()))
			.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("customer-" + id + "-data-" + clock.today() + ".json")
				.build()
				.toString())
			.body(body);
	}

	/**
	 * Corrects the customer's name, contact details and postal address (UK GDPR art. 16): any member of staff, as
	 * keeping them right is part of every contact. The log form finds the customer by the new email or phone from then
	 * on.
	 */
	@PostMapping("/details")
	String correct(@PathVariable long id, @Validated @ModelAttribute("detailsForm") CustomerDetailsForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		// As the log form: a customer the shop cannot reach is no customer record.
		ContactDetails typed = form.toDetails();
		if (typed.email() == null && typed.phone() == null && !result.hasFieldErrors("email")) {
			result.rejectValue("email", "case.contact.required");
		}
		checkAddress(form, result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		PostalAddress address = form.toAddress();
		if (form.expectedVersion().isEmpty()) {
			return staleDetails(id, form, result, model);
		}
		try {
			List<String> changed = dataProtection.correct(id, typed, address, form.expectedVersion().get(),
					principal.getName(), form.getCorrectionNote());
			redirect.addFlashAttribute("success", message(changed.isEmpty() ? "privacy.correct.unchanged"
					: "privacy.correct.done"));
		}
		catch (OptimisticLockingFailureException e) {
			CustomerRecord now = dataProtection.find(id).orElseThrow();
			if (typed.equals(new ContactDetails(now.name(), now.email(), now.phone()))
					&& Objects.equals(address, now.address())) {
				// Already as typed: the same form sent twice (a double click), not someone else's change.
				redirect.addFlashAttribute("success", message("privacy.correct.done"));
				return "redirect:/customers/" + id;
			}
			return staleDetails(id, form, result, model);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("warning", message("privacy.correct.erased"));
		}
		catch (PessimisticLockingFailureException e) {
			result.reject("privacy.correct.busy");
			return page(id, model);
		}
		return "redirect:/customers/" + id;
	}

	/**
	 * An address is optional, but one given is one a letter can reach: its lines (at most
	 * {@link PostalAddress#MAX_LINES} of {@link PostalAddress#MAX_LINE_LENGTH} characters) with a UK postcode, whose
	 * format {@code @Pattern} checks. A last line that is the postcode in its box again is left out, as the address
	 * keeps it ({@link PostalAddress#lines(String, String)}): the same postcode typed twice loses nothing and asks
	 * nothing. A last line that is another postcode is refused: one of the two is wrong, and only staff can say which.
	 */
	private static void checkAddress(CustomerDetailsForm form, BindingResult result) {
		List<String> lines = PostalAddress.lines(form.getAddressLines(), form.getPostcode());
		boolean postcodeTyped = form.getPostcode() != null && !form.getPostcode().isBlank();
		String lastLine = lines.isEmpty() ? null : lines.get(lines.size() - 1);
		if (!result.hasFieldErrors("addressLines") && postcodeTyped && !result.hasFieldErrors("postcode")
				&& lastLine != null && PostalAddress.isPostcode(lastLine)) {
			result.rejectValue("addressLines", "customer.address.otherPostcode",
					new Object[] { PostalAddress.normalisePostcode(lastLine),
							PostalAddress.normalisePostcode(form.getPostcode()) }, null);
		}
		if (!result.hasFieldErrors("addressLines")) {
			if (lines.size() > PostalAddress.MAX_LINES) {
				result.rejectValue("addressLines", "customer.address.tooManyLines",
						new Object[] { PostalAddress.MAX_LINES, lines.size() }, null);
			}
			else {
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).length() > PostalAddress.MAX_LINE_LENGTH) {
						result.rejectValue("addressLines", "customer.address.lineTooLong",
								new Object[] { i + 1, PostalAddress.MAX_LINE_LENGTH, lines.get(i).length() }, null);
						break;
					}
				}
			}
			if (lines.isEmpty() && postcodeTyped) {
				result.rejectValue("addressLines", "customer.address.required");
			}
		}
		if (!lines.isEmpty() && !postcodeTyped && !result.hasFieldErrors("postcode")) {
			result.rejectValue("postcode", "customer.postcode.required");
		}
	}

	/**
	 * The record as it is now, after a clash with someone else's correction (nothing saved), with its current version
	 * in the form. A box the user left as the page showed it was not their change: it is shown as it is now, and
	 * said to be someone else's change when it is one. A box they changed keeps what they typed and, where that
	 * differs from what is saved now, is marked. Saving again is then deliberate, and never undoes a change unseen. The
	 * messages name the colleague who made the change where it is surely theirs ({@link ChangedBy}).
	 */
	private String staleDetails(long id, CustomerDetailsForm form, BindingResult result, Model model) {
		String page = page(id, model);
		CustomerRecord now = (CustomerRecord) model.getAttribute("customer");
		Optional<String> by = ChangedBy.since(form.expectedVersion(), now.version(), now.updatedBy(), staff);
		result.reject(ChangedBy.key("privacy.correct.stale", by), by.map(name -> new Object[] { name }).orElse(null),
				null);
		PostalAddress address = now.address();
		Map<String, String> changedMeanwhile = new LinkedHashMap<>();
		keepOrShowNow(result, changedMeanwhile, by, "name", form.getName(), form.getShownName(), now.name(),
				CustomerRecordController::text, form::setName);
		keepOrShowNow(result, changedMeanwhile, by, "email", form.getEmail(), form.getShownEmail(), now.email(),
				CustomerRecordController::text, form::setEmail);
		keepOrShowNow(result, changedMeanwhile, by, "phone", form.getPhone(), form.getShownPhone(), now.phone(),
				CustomerRecordController::text, form::setPhone);
		keepOrShowNow(result, changedMeanwhile, by, "addressLines", form.getAddressLines(),
				form.getShownAddressLines(), address == null ? null : address.linesText(),
				lines -> String.join(", ", PostalAddress.lines(lines)), form::setAddressLines);
		keepOrShowNow(result, changedMeanwhile, by, "postcode", form.getPostcode(), form.getShownPostcode(),
				address == null ? null : address.postcode(),
				postcode -> Objects.toString(PostalAddress.normalisePostcode(postcode), ""), form::setPostcode);
		form.showing(now);
		model.addAttribute("changedMeanwhile", changedMeanwhile);
		return page;
	}

	/**
	 * One box of the details form after a clash: shown as it is now when the user left it as the page showed it
	 * ({@code shown}: null when the form did not say, as then everything typed counts as a change); otherwise what
	 * they typed is kept, and marked when it differs from what is saved now. Values are compared as {@code key} gives
	 * them, tidied as they would be saved ("" for none).
	 */
	private void keepOrShowNow(BindingResult result, Map<String, String> changedMeanwhile, Optional<String> by,
			String field, String typed, String shown, String now, Function<String, String> key,
			Consumer<String> showNow) {
		String nowKey = key.apply(now);
		boolean changedBySomeoneElse = shown != null && !key.apply(shown).equals(nowKey);
		if (shown != null && key.apply(shown).equals(key.apply(typed))) {
			showNow.accept(now);
			if (changedBySomeoneElse) {
				changedMeanwhile.put(field, message(ChangedBy.key("privacy.correct.changedMeanwhile", by),
						by.orElse(null)));
			}
		}
		else if (!key.apply(typed).equals(nowKey)) {
			String changed = nowKey.isEmpty() ? "privacy.correct.removedMeanwhile" : "privacy.correct.changedTo";
			result.rejectValue(field,
					changedBySomeoneElse ? ChangedBy.key(changed, by) : "privacy.correct.typedNotSaved",
					new Object[] { nowKey, by.orElse(null) }, null);
		}
	}

	private static String text(String text) {
		return text == null ? "" : text.strip();
	}

	/** Erases the customer's personal data (UK GDPR art. 17), or says why it must be kept for now. */
	@PostMapping("/erasure")
	@PreAuthorize("hasRole('MANAGER')")
	String erase(@PathVariable long id,
			@Validated @ModelAttribute("erasureForm") ErasureForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			DataProtection.ErasureResult erasure = dataProtection.erase(id, principal.getName(), form.getErasureNote());
			if (erasure.erased()) {
				redirect.addFlashAttribute("success", message("privacy.erase.done"));
			}
			else if (erasure.alreadyErased()) {
				redirect.addFlashAttribute("warning", message("privacy.erase.already"));
			}
			else {
				// Recorded as refused; after the redirect a reload shows the reasons again without recording more.
				redirect.addFlashAttribute("refusedBecause", render(erasure.reasons()));
				redirect.addFlashAttribute("erasureForm", form);
			}
		}
		catch (PessimisticLockingFailureException e) {
			// Another manager is erasing or giving a copy of this customer's data at this moment.
			result.reject("privacy.busy");
			return page(id, model);
		}
		return "redirect:/customers/" + id;
	}

	private String page(long id, Model model) {
		CustomerRecord customer = dataProtection.find(id)
			.orElseThrow(() -> new NotFoundException("No customer with id " + id));
		model.addAttribute("customer", customer);
		var shown = cases.casesOf(id, CASES_SHOWN + 1);
		model.addAttribute("cases", shown.size() > CASES_SHOWN ? shown.subList(0, CASES_SHOWN) : shown);
		model.addAttribute("moreCases", shown.size() > CASES_SHOWN);
		model.addAttribute("requests", dataProtection.requests(id));
		model.addAttribute("retention", retention());
		if (!model.containsAttribute("refusedBecause")) {
			model.addAttribute("keepBecause", customer.erased() ? List.of() : render(dataProtection.reasonsToKeep(id)));
		}
		if (!model.containsAttribute("exportForm")) {
			model.addAttribute("exportForm", new DataRequestForm());
		}
		if (!model.containsAttribute("detailsForm")) {
			CustomerDetailsForm details = new CustomerDetailsForm();
			details.setName(customer.name());
			details.setEmail(customer.email());
			details.setPhone(customer.phone());
			if (customer.address() != null) {
				details.setAddressLines(customer.address().linesText());
				details.setPostcode(customer.address().postcode());
			}
			details.showing(customer);
			model.addAttribute("detailsForm", details);
		}
		if (!model.containsAttribute("erasureForm")) {
			model.addAttribute("erasureForm", new ErasureForm());
		}
		return "cases/customer-record";
	}

	/** The retention period in words: "6 years", "1 year and 6 months", "18 months" as configured. */
	private String retention() {
		Period period = privacy.retention();
		List<String> parts = new ArrayList<>();
		if (period.getYears() > 0) {
			parts.add(message(period.getYears() == 1 ? "privacy.year" : "privacy.years", period.getYears()));
		}
		if (period.getMonths() > 0) {
			parts.add(message(period.getMonths() == 1 ? "privacy.month" : "privacy.months", period.getMonths()));
		}
		if (period.getDays() > 0 || parts.isEmpty()) {
			parts.add(message(period.getDays() == 1 ? "privacy.day" : "privacy.days", period.getDays()));
		}
		return String.join(message("privacy.and"), parts);
	}

	private List<String> render(List<KeepReason> reasons) {
		return reasons.stream().map(r -> message(r.messageKey(), r.arguments().toArray())).toList();
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
