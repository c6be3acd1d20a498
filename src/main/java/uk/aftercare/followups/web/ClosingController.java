package uk.aftercare.followups.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.followups.ClosingFacts;
import uk.aftercare.followups.ClosingPolicy;
import uk.aftercare.followups.ClosingRejectedException;
import uk.aftercare.followups.ClosingResult;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.RootCause;
import uk.aftercare.shared.ConflictException;

/** Closing a resolved case with the closing checklist. */
@Controller
@RequestMapping("/cases/{caseNumber}/close")
class ClosingController {

	private final ClosingService closing;

	private final MessageSource messages;

	ClosingController(ClosingService closing, MessageSource messages) {
		this.closing = closing;
		this.messages = messages;
	}

	@ModelAttribute("rootCauses")
	RootCause[] rootCauses() {
		return RootCause.values();
	}

	@GetMapping
	String form(@PathVariable String caseNumber, Model model) {
		ClosingFacts facts = closing.facts(caseNumber);
		ClosingForm form = new ClosingForm();
		form.setSurveyByEmail(facts.emailBlock().isEmpty() && facts.preference().surveyConsent());
		model.addAttribute("form", form);
		return page(facts, model);
	}

	@PostMapping
	String close(@PathVariable String caseNumber, @ModelAttribute("form") ClosingForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// A value that could not be read (a root cause not on the list, a box sent as "maybe") is named, and so
			// is every closing rule the rest of the form breaks: all at once, and nothing is closed.
			ClosingFacts facts = closing.facts(caseNumber);
			facts.violations(form.toRequest())
				.stream()
				.filter(v -> v.field() == null || !result.hasFieldErrors(v.field()))
				.forEach(v -> reject(result, v));
			return pageAfterPost(facts, form, model);
		}
		try {
			ClosingResult closed = closing.close(caseNumber, form.toRequest(), principal.getName());
			String number = closed.closure().caseNumber();
			if (closed.recordFeedbackInstead()) {
				// No survey can reach the customer: take staff to where they record the answers themselves.
				redirect.addFlashAttribute("warning", message("closing.done.recordFeedback", number));
				return "redirect:/cases/" + number + "/feedback";
			}
			redirect.addFlashAttribute("success", message("closing.done", number));
			return "redirect:/cases/" + number;
		}
		catch (ClosingRejectedException e) {
			e.violations().forEach(v -> reject(result, v));
		}
		catch (ConflictException e) {
			result.reject("closing.conflict", e.getMessage());
		}
		catch (OptimisticLockingFailureException e) {
			result.reject("closing.stale");
		}
		return pageAfterPost(closing.facts(caseNumber), form, model);
	}

	/**
	 * A case that can no longer be closed (a colleague closed it from another tab, or reopened it) shows no form, so
	 * what was typed would be lost: it is shown back read-only, to be copied, as an approval shows an unrecorded note.
	 */
	private String pageAfterPost(ClosingFacts facts, ClosingForm form, Model model) {
		if (!facts.canClose() && form.hasAnything()) {
			model.addAttribute("notRecorded", form);
		}
		return page(facts, model);
	}

	/** A rule about a field is shown beside it; one about the case (an unfinished return) above the form. */
	private static void reject(BindingResult result, ClosingPolicy.Violation violation) {
		Object[] arguments = violation.arguments().toArray();
		if (violation.field() == null) {
			result.reject(violation.code(), arguments, null);
		}
		else {
			result.rejectValue(violation.field(), violation.code(), arguments, null);
		}
	}

	private String page(ClosingFacts facts, Model model) {
		model.addAttribute("facts", facts);
		model.addAttribute("c", facts.serviceCase());
		return "followups/close-case";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
