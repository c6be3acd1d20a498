package uk.aftercare.escalation.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

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

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseService;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.SupervisorRequests;
import uk.aftercare.staff.StaffDirectory;

/** "Ask a supervisor": staff send a case up for a supervisor's decision, saying what they need decided. */
@Controller
@RequestMapping("/cases/{caseNumber}/ask-supervisor")
class AskSupervisorController {

	private final SupervisorRequests requests;

	private final CaseService cases;

	private final StaffDirectory staff;

	private final MessageSource messages;

	AskSupervisorController(SupervisorRequests requests, CaseService cases, StaffDirectory staff,
			MessageSource messages) {
		this.requests = requests;
		this.cases = cases;
		this.staff = staff;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String caseNumber, Model model) {
		model.addAttribute("form", new AskSupervisorForm());
		return page(caseNumber, model);
	}

	@PostMapping
	String ask(@PathVariable String caseNumber, @Valid @ModelAttribute("form") AskSupervisorForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(caseNumber, model);
		}
		try {
			ApprovalView review = requests.ask(caseNumber, form.getQuestion(), principal.getName());
			if (review.owner() == null) {
				redirect.addFlashAttribute("warning", message("askSupervisor.asked.nobody",
						Approvals.nobodyCanDecide(review)));
			}
			else {
				redirect.addFlashAttribute("success", message("askSupervisor.asked",
						staff.displayName(review.owner()).orElse(review.owner())));
			}
			return "redirect:/cases/" + caseNumber;
		}
		catch (OptimisticLockingFailureException e) {
			result.reject("case.changedMeanwhile");
		}
		catch (CaseArchivedException e) {
			result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
		}
		return page(caseNumber, model);
	}

	private String page(String caseNumber, Model model) {
		model.addAttribute("c", cases.get(caseNumber));
		return "escalation/ask-supervisor";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
