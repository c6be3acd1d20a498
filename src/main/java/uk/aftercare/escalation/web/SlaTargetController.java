package uk.aftercare.escalation.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.escalation.SlaTargets;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;

/** Managers set the SLA targets (the security rules keep /admin/** to managers). */
@Controller
@RequestMapping("/admin/sla")
class SlaTargetController {

	private final SlaTargets targets;

	private final MessageSource messages;

	SlaTargetController(SlaTargets targets, MessageSource messages) {
		this.targets = targets;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("targets", targets.all());
		return "escalation/sla-targets";
	}

	/** Whole-number hours; anything else is refused next to the row, with what was typed kept. */
	@PostMapping("/{id}")
	String change(@PathVariable long id, @RequestParam String firstResponseHours,
			@RequestParam String resolutionHours, @RequestParam long version, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			targets.change(id, hours("firstResponseHours", firstResponseHours), hours("resolutionHours", resolutionHours),
					version, principal.getName());
			redirect.addFlashAttribute("success", messages.getMessage("sla.saved", null, Locale.UK));
			return "redirect:/admin/sla";
		}
		catch (InvalidInputException | ConflictException e) {
			model.addAttribute("targets", targets.all());
			model.addAttribute("failedId", id);
			model.addAttribute("typedResponse", firstResponseHours);
			model.addAttribute("typedResolution", resolutionHours);
			model.addAttribute("rowError", e.getMessage());
			model.addAttribute("rowErrorField",
					e instanceof InvalidInputException invalid ? invalid.problems().get(0).field() : null);
			return "escalation/sla-targets";
		}
	}

	private static int hours(String field, String typed) {
		try {
			return Integer.parseInt(typed.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "must be a whole number of hours");
		}
	}

}
