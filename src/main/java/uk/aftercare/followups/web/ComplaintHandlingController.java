package uk.aftercare.followups.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
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
import uk.aftercare.followups.ComplaintHandlingService;
import uk.aftercare.followups.ComplaintStep;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;

/** The complaint-handling checklist (Listen, Apologise, Solve, Thank) on a complaint. */
@Controller
@RequestMapping("/cases/{caseNumber}/complaint-handling")
class ComplaintHandlingController {

	private final ComplaintHandlingService complaints;

	private final CaseService cases;

	private final MessageSource messages;

	ComplaintHandlingController(ComplaintHandlingService complaints, CaseService cases, MessageSource messages) {
		this.complaints = complaints;
		this.cases = cases;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String caseNumber, Model model) {
		model.addAttribute("form", new ComplaintHandlingForm());
		return page(caseNumber, model);
	}

	@PostMapping
	String record(@PathVariable String caseNumber, @ModelAttribute("form") ComplaintHandlingForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		try {
			if (result.hasErrors()) {
				// A step not on the list is named, and so is every other problem (a note too long): all at once,
				// and nothing is recorded.
				complaints.problems(caseNumber, form.getSteps(), form.getNote())
					.stream()
					.filter(p -> !result.hasFieldErrors(p.field()))
					.forEach(p -> result.rejectValue(p.field(), "complaint.invalid", p.message()));
			}
			else {
				List<ComplaintStep> recorded = complaints.record(caseNumber, form.getSteps(), form.getNote(),
						principal.getName());
				redirect.addFlashAttribute("success", message("complaint.recorded", recorded.size()));
				return "redirect:/cases/" + cases.get(caseNumber).caseNumber() + "/complaint-handling";
			}
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), "complaint.invalid", p.message()));
		}
		catch (CaseArchivedException e) {
			// Beside the form, with the note and the steps ticked kept.
			result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
		}
		catch (ConflictException e) {
			// Not (or no longer) a complaint: the page says so in place of the checklist.
			model.addAttribute("conflict", e.getMessage());
		}
		catch (DataIntegrityViolationException e) {
			// Someone recorded the same step a moment earlier (a double click): nothing is lost.
			result.reject("complaint.alreadyRecorded");
		}
		return page(caseNumber, model);
	}

	private String page(String caseNumber, Model model) {
		CaseView serviceCase = cases.get(caseNumber);
		model.addAttribute("c", serviceCase);
		model.addAttribute("progress", complaints.progress(serviceCase.caseNumber()));
		return "followups/complaint-handling";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
