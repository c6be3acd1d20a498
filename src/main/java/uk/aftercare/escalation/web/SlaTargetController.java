package uk.aftercare.escalation.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.escalation.SlaTargetView;
import uk.aftercare.escalation.SlaTargets;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
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

	/**
	 * Whole-number hours; anything else is refused next to its field, every problem at once, with what was typed
	 * kept. The parameters are optional so that a row sent without one is told so, not given a bare 400.
	 */
	@PostMapping("/{id}")
	String change(@PathVariable long id, @RequestParam(required = false) String firstResponseHours,
			@RequestParam(required = false) String resolutionHours, @RequestParam(required = false) String version,
			Principal principal, Model model, RedirectAttributes redirect) {
		SlaTargetView current = targets.get(id);
		List<FieldProblem> problems = new ArrayList<>();
		Long firstResponse = hours("firstResponseHours", firstResponseHours, problems);
		Long resolution = hours("resolutionHours", resolutionHours, problems);
		problems.addAll(targets.problems(firstResponse, resolution));
		Long expectedVersion = number(version);
		List<String> rowErrors = new ArrayList<>();
		if (expectedVersion == null) {
			// Without the version a change made meanwhile would be overwritten unseen: show what is saved now.
			rowErrors.add(text("sla.outOfDate", current.firstResponseHours(), current.resolutionHours()));
		}
		if (!problems.isEmpty() || !rowErrors.isEmpty()) {
			return refused(id, firstResponseHours, resolutionHours, problems, rowErrors, model);
		}
		try {
			targets.change(id, firstResponse.intValue(), resolution.intValue(), expectedVersion, principal.getName());
		}
		catch (InvalidInputException e) {
			return refused(id, firstResponseHours, resolutionHours, e.problems(), List.of(), model);
		}
		catch (ConflictException e) {
			SlaTargetView saved = targets.get(id);
			return refused(id, firstResponseHours, resolutionHours, List.of(), List.of(text("sla.changedMeanwhile",
					saved.updatedBy(), saved.firstResponseHours(), saved.resolutionHours())), model);
		}
		redirect.addFlashAttribute("success", text("sla.saved"));
		return "redirect:/admin/sla";
	}

	/**
	 * The page again, the row's typed values kept. Its version is the one saved now, so that saving again, having
	 * read the message that names the saved values, replaces them on purpose. The problems are also bound to the
	 * row's form, for the error summary every refused form opens with.
	 */
	private String refused(long id, String typedResponse, String typedResolution, List<FieldProblem> problems,
			List<String> rowErrors, Model model) {
		Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
		problems.forEach(p -> fieldErrors.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.message()));
		SlaTargetForm form = new SlaTargetForm(typedResponse, typedResolution);
		BindingResult errors = new BeanPropertyBindingResult(form, "slaForm");
		rowErrors.forEach(message -> errors.addError(new ObjectError("slaForm", null, null, message)));
		problems.forEach(p -> errors.addError(new FieldError("slaForm", p.field(), null, false, null, null, p.message())));
		model.addAttribute("slaForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "slaForm", errors);
		model.addAttribute("targets", targets.all());
		model.addAttribute("failedId", id);
		model.addAttribute("typedResponse", typedResponse);
		model.addAttribute("typedResolution", typedResolution);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("rowErrors", rowErrors);
		return "escalation/sla-targets";
	}

	private Long hours(String field, String typed, List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			problems.add(new FieldProblem(field, text("sla.hours.required")));
			return null;
		}
		Long hours = number(typed);
		if (hours == null) {
			problems.add(new FieldProblem(field, text("sla.hours.notANumber")));
		}
		return hours;
	}

	private static Long number(String typed) {
		try {
			return typed == null ? null : Long.valueOf(typed.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
