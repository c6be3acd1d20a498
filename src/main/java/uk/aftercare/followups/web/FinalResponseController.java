package uk.aftercare.followups.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.followups.AdrSettings;
import uk.aftercare.followups.ContactPreferenceView;
import uk.aftercare.followups.CustomerMessageView;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.Delivery;
import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;

/** The shop's final response when a complaint cannot be resolved (deadlock letter). */
@Controller
@RequestMapping("/cases/{caseNumber}/final-response")
class FinalResponseController {

	private final CustomerUpdateService updates;

	private final CaseService cases;

	private final AdrSettings adr;

	private final MessageSource messages;

	FinalResponseController(CustomerUpdateService updates, CaseService cases, AdrSettings adr,
			MessageSource messages) {
		this.updates = updates;
		this.cases = cases;
		this.adr = adr;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable String caseNumber, Model model) {
		CaseView serviceCase = cases.get(caseNumber);
		FinalResponseForm form = new FinalResponseForm();
		form.setByEmail(updates.preferenceOf(serviceCase.customerId())
			.updateBlock(serviceCase.customerEmail())
			.isEmpty());
		model.addAttribute("form", form);
		return page(serviceCase, model);
	}

	@PostMapping
	String issue(@PathVariable String caseNumber, @Valid @ModelAttribute("form") FinalResponseForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		try {
			if (result.hasErrors()) {
				// A box that could not be read ("maybe") is named, and so is every other problem: all at once, and
				// nothing is issued.
				updates.finalResponseProblems(caseNumber, form.getOutcome(), form.isByEmail())
					.stream()
					.filter(p -> !result.hasFieldErrors(p.field()))
					.forEach(p -> result.rejectValue(p.field(), "finalResponse.invalid", p.message()));
			}
			else {
				CustomerMessageView letter = updates.issueFinalResponse(caseNumber, form.getOutcome(),
						form.isByEmail(), principal.getName());
				// Staff post a letter, and a response kept for want of a mail server: not without an address.
				boolean unaddressed = letter.delivery() != Delivery.PENDING && letter.delivery() != Delivery.SENT
						&& updates.postedTo(cases.get(caseNumber), letter).address() == null;
				redirect.addFlashAttribute(unaddressed ? "warning" : "success", message(switch (letter.delivery()) {
					case PRINT -> unaddressed ? "finalResponse.toPrint.noAddress" : "finalResponse.toPrint";
					case LOGGED -> unaddressed ? "finalResponse.kept.noAddress" : "finalResponse.kept";
					default -> "finalResponse.emailed";
				}, letter.recipient()));
				return "redirect:/cases/" + letter.caseNumber() + "/messages/" + letter.id();
			}
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), "finalResponse.invalid", p.message()));
		}
		catch (CaseArchivedException e) {
			result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
		}
		catch (ConflictException e) {
			// Not (or no longer) a complaint: the page says so in place of the form.
			model.addAttribute("conflict", e.getMessage());
		}
		return page(cases.get(caseNumber), model);
	}

	private String page(CaseView serviceCase, Model model) {
		ContactPreferenceView preference = updates.preferenceOf(serviceCase.customerId());
		model.addAttribute("c", serviceCase);
		model.addAttribute("adr", adr);
		model.addAttribute("emailBlock", preference.updateBlock(serviceCase.customerEmail()).orElse(null));
		// A letter needs somewhere to go: said before it is issued, while the address can still be added first.
		model.addAttribute("noAddress", serviceCase.customerId() != null && !serviceCase.archived()
				&& updates.postalAddressOf(serviceCase).isEmpty());
		model.addAttribute("earlier", updates.messagesFor(serviceCase.caseNumber())
			.stream()
			.filter(m -> m.templateKey() == MailTemplateKey.FINAL_RESPONSE)
			.toList());
		return "followups/final-response";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
