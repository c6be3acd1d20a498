package uk.aftercare.followups.web;

import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.followups.ContactPreferenceView;
import uk.aftercare.followups.CustomerMessageView;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.Delivery;
import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.followups.PreferredChannel;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;

/** Keeping the customer informed: their preferences, the updates sent, sending one, printing one. */
@Controller
@RequestMapping("/cases/{caseNumber}")
class CustomerUpdateController {

	private final CustomerUpdateService updates;

	private final CaseService cases;

	private final ShopClock clock;

	private final MessageSource messages;

	CustomerUpdateController(CustomerUpdateService updates, CaseService cases, ShopClock clock,
			MessageSource messages) {
		this.updates = updates;
		this.cases = cases;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * An update not on the list (a hand-made request, an option since withdrawn) is the same mistake as none chosen,
	 * so it is read as none and told so in the same words, rather than as a value that could not be read.
	 */
	@InitBinder("updateForm")
	void updatesOnTheListOnly(WebDataBinder binder) {
		binder.registerCustomEditor(MailTemplateKey.class, "template", new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(MailTemplateKey.progressUpdates()
					.stream()
					.filter(key -> key.name().equals(text))
					.findFirst()
					.orElse(null));
			}

			@Override
			public String getAsText() {
				return getValue() == null ? "" : ((MailTemplateKey) getValue()).name();
			}
		});
	}

	@ModelAttribute("channels")
	PreferredChannel[] channels() {
		return PreferredChannel.values();
	}

	@GetMapping("/updates")
	String show(@PathVariable String caseNumber, Model model) {
		model.addAttribute("updateForm", newUpdateForm(caseNumber));
		return page(caseNumber, model);
	}

	/** E-mailed unless the customer cannot be e-mailed or would rather have a letter. */
	private UpdateForm newUpdateForm(String caseNumber) {
		CaseView serviceCase = cases.get(caseNumber);
		ContactPreferenceView preference = updates.preferenceOf(serviceCase.customerId());
		UpdateForm form = new UpdateForm();
		form.setByEmail(preference.updateBlock(serviceCase.customerEmail()).isEmpty()
				&& preference.preferredChannel() != PreferredChannel.POST);
		return form;
	}

	@PostMapping("/updates")
	String send(@PathVariable String caseNumber, @Valid @ModelAttribute("updateForm") UpdateForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		try {
			if (result.hasErrors()) {
				// An update not on the list is named, and so is what the service would refuse in the rest: nothing
				// is sent.
				updates.updateProblems(caseNumber, form.getTemplate(), form.getDetails(), form.isByEmail())
					.stream()
					.filter(p -> !result.hasFieldErrors(p.field()))
					.forEach(p -> result.rejectValue(p.field(), "customerUpdate.invalid", p.message()));
			}
			else {
				CustomerMessageView sent = updates.sendUpdate(caseNumber, form.getTemplate(), form.getDetails(),
						form.isByEmail(), principal.getName());
				if (sent.delivery() == Delivery.PRINT) {
					// To the letter, ready to print; what it needs before it can be posted is said there too.
					boolean unaddressed = sent.addressedTo() == null || sent.addressedTo().address() == null;
					redirect.addFlashAttribute(unaddressed ? "warning" : "success",
							message(unaddressed ? "customerUpdate.toPrint.noAddress" : "customerUpdate.toPrint",
									message("mailTemplate." + sent.templateKey())));
					return "redirect:/cases/" + sent.caseNumber() + "/messages/" + sent.id();
				}
				redirect.addFlashAttribute("success", message(
						sent.delivery() == Delivery.LOGGED ? "customerUpdate.kept" : "customerUpdate.sent",
						sent.recipient()));
				return "redirect:/cases/" + sent.caseNumber() + "/updates";
			}
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), "customerUpdate.invalid", p.message()));
		}
		catch (CaseArchivedException e) {
			result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
		}
		return page(caseNumber, model);
	}

	@PostMapping("/preferences")
	String preferences(@PathVariable String caseNumber, @ModelAttribute("preferenceForm") PreferenceForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("updateForm", newUpdateForm(caseNumber));
			return page(caseNumber, model);
		}
		ContactPreferenceView stored = updates.preferenceOf(cases.get(caseNumber).customerId());
		try {
			updates.changePreference(caseNumber,
					form.getEmailAllowed() == null ? stored.emailAllowed() : form.getEmailAllowed(),
					form.getSurveyConsent() == null ? stored.surveyConsent() : form.getSurveyConsent(),
					form.getPreferredChannel(), principal.getName());
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
			// Someone else saved this customer's preferences at the same moment: theirs stand, shown on the page.
			redirect.addFlashAttribute("warning", message("preference.busy"));
			return "redirect:/cases/" + cases.get(caseNumber).caseNumber() + "/updates";
		}
		catch (CaseArchivedException e) {
			// Ticked boxes only, nothing typed to keep: the page says why, as it now shows no preferences to change.
			redirect.addFlashAttribute("warning", message("case.archived", e.erasedOn()));
			return "redirect:/cases/" + e.caseNumber() + "/updates";
		}
		redirect.addFlashAttribute("success", message("preference.saved"));
		return "redirect:/cases/" + cases.get(caseNumber).caseNumber() + "/updates";
	}

	/**
	 * Marks a letter as posted, from its entry on the updates page. Nothing is typed, so a refusal (an e-mail, a
	 * letter with no address on it, one already marked by a form opened before) is said above the list, as for the
	 * preferences, and the list then shows the letter as it is.
	 */
	@PostMapping("/messages/{id}/posted")
	String markPosted(@PathVariable String caseNumber, @PathVariable Long id, Principal principal,
			RedirectAttributes redirect) {
		try {
			CustomerMessageView posted = updates.markPosted(caseNumber, id, principal.getName());
			redirect.addFlashAttribute("success",
					message("letter.posted.saved", message("mailTemplate." + posted.templateKey())));
			return "redirect:/cases/" + posted.caseNumber() + "/updates";
		}
		catch (CaseArchivedException e) {
			redirect.addFlashAttribute("warning", message("case.archived", e.erasedOn()));
			return "redirect:/cases/" + e.caseNumber() + "/updates";
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("warning", e.getMessage());
		}
		catch (OptimisticLockingFailureException e) {
			// Someone else marked it at the same moment: theirs stands, shown in the list.
			redirect.addFlashAttribute("warning", message("letter.posted.busy"));
		}
		return "redirect:/cases/" + cases.get(caseNumber).caseNumber() + "/updates";
	}

	/**
	 * One message, laid out to print (letters such as the final response are posted), addressed to the name and postal
	 * address it was issued to ({@link CustomerUpdateService#postedTo}); a message to post with no address to post it
	 * to says so, with the way to the customer's page to add one.
	 */
	@GetMapping("/messages/{id}")
	String message(@PathVariable String caseNumber, @PathVariable Long id, Model model) {
		CustomerMessageView message = updates.message(caseNumber, id);
		CaseView serviceCase = cases.get(caseNumber);
		CustomerMessageView.Addressee addressee = updates.postedTo(serviceCase, message);
		model.addAttribute("c", serviceCase);
		model.addAttribute("letterName", addressee.name());
		model.addAttribute("address", addressee.address());
		// An erased customer's letter is kept as a record only: there is nobody left to post it to.
		boolean noAddress = toPost(message) && addressee.address() == null && !serviceCase.archived();
		model.addAttribute("noAddress", noAddress);
		// A letter issued with no address keeps none: it is issued again, to the address added since, and posted.
		model.addAttribute("issuedWithNoAddress", noAddress && message.addressedTo() != null);
		model.addAttribute("addressNow", noAddress && updates.postalAddressOf(serviceCase).isPresent());
		model.addAttribute("m", message);
		model.addAttribute("letterDate", message.createdAt().atZone(clock.zone()).toLocalDate());
		return "followups/customer-message";
	}

	/**
	 * Whether staff are to post the message: a letter, or a final response kept for want of a mail server, which staff
	 * are told to print and post.
	 */
	private static boolean toPost(CustomerMessageView message) {
		return message.delivery() == Delivery.PRINT || message.delivery() == Delivery.LOGGED
				&& message.templateKey() == MailTemplateKey.FINAL_RESPONSE;
	}

	private String page(String caseNumber, Model model) {
		CaseView serviceCase = cases.get(caseNumber);
		ContactPreferenceView preference = updates.preferenceOf(serviceCase.customerId());
		model.addAttribute("c", serviceCase);
		model.addAttribute("preference", preference);
		model.addAttribute("emailBlock", preference.updateBlock(serviceCase.customerEmail()).orElse(null));
		model.addAttribute("surveyBlock", preference.surveyBlock(serviceCase.customerEmail()).orElse(null));
		List<CustomerMessageView> sent = updates.messagesFor(serviceCase.caseNumber());
		model.addAttribute("messages", sent);
		// The letters that can be marked as posted, by the rule marking checks; none once the customer was erased.
		Set<Long> postable = serviceCase.archived() ? Set.of()
				: sent.stream()
					.filter(m -> updates.whyNotPostable(serviceCase, m).isEmpty())
					.map(CustomerMessageView::id)
					.collect(Collectors.toSet());
		model.addAttribute("postable", postable);
		// Only the updates that can be sent now, by the rule sending checks: a closure only once it is closed, no
		// decision while an approval is pending, and so on.
		model.addAttribute("updateTemplates", updates.updatesFor(serviceCase.caseNumber()));
		if (!model.containsAttribute("preferenceForm")) {
			PreferenceForm form = new PreferenceForm();
			form.setEmailAllowed(preference.emailAllowed());
			form.setSurveyConsent(preference.surveyConsent());
			form.setPreferredChannel(preference.preferredChannel());
			model.addAttribute("preferenceForm", form);
		}
		return "followups/customer-updates";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
