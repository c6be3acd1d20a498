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
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffNames;

/** Managers set the SLA targets (the security rules keep /admin/** to managers). */
@Controller
@RequestMapping("/admin/sla")
class SlaTargetController {

	private final SlaTargets targets;

	private final MessageSource messages;

	private final StaffDirectory staff;

	SlaTargetController(SlaTargets targets, MessageSource messages, StaffDirectory staff) {
		this.targets = targets;
		this.messages = messages;
		this.staff = staff;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("targets", targets.all());
		return "escalation/sla-targets";
	}

	/**
	 * Whole-number hours; anything else is refused next to its field, every problem at once, with what was typed
	 * kept. The parameters are optional so that a row sent without one is told so, not given a bare 400. The row also
	 * sends the values it showed (hidden fields), so that after a clash with another manager's change what this
	 * manager left alone is not saved over theirs.
	 */
	@PostMapping("/{id}")
	String change(@PathVariable long id, @RequestParam(required = false) String firstResponseHours,
			@RequestParam(required = false) String resolutionHours, @RequestParam(required = false) String version,
			@RequestParam(required = false) String shownFirstResponseHours,
			@RequestParam(required = false) String shownResolutionHours, Principal principal, Model model,
			RedirectAttributes redirect) {
		SlaTargetView current = targets.get(id);
		Row typed = new Row(firstResponseHours, resolutionHours, shownFirstResponseHours, shownResolutionHours);
		List<FieldProblem> problems = new ArrayList<>();
		Long firstResponse = hours("firstResponseHours", firstResponseHours, problems);
		Long resolution = hours("resolutionHours", resolutionHours, problems);
		problems.addAll(targets.problems(firstResponse, resolution));
		Long expectedVersion = number(version);
		if (expectedVersion == null) {
			// Without the version a change made meanwhile would be overwritten unseen: show what is saved now.
			return stale(current, typed, problems, null, text("sla.outOfDate"), text("sla.outOfDateAsTyped"), model);
		}
		if (!problems.isEmpty()) {
			return refused(id, firstResponseHours, resolutionHours, problems, List.of(), Map.of(), model);
		}
		try {
			targets.change(id, firstResponse.intValue(), resolution.intValue(), expectedVersion, principal.getName());
		}
		catch (InvalidInputException e) {
			return refused(id, firstResponseHours, resolutionHours, e.problems(), List.of(), Map.of(), model);
		}
		catch (ConflictException e) {
			SlaTargetView saved = targets.get(id);
			String by = new StaffNames(staff).of(saved.updatedBy());
			// Beside a box, the colleague is named only when theirs is the one change since the page was opened:
			// with several, the box may hold someone else's.
			String changedBy = saved.updatedBy() != null && saved.version() == expectedVersion + 1 ? by : null;
			return stale(saved, typed, List.of(), changedBy, text("sla.stale", by), text("sla.staleAsTyped", by),
					model);
		}
		redirect.addFlashAttribute("success", text("sla.saved"));
		return "redirect:/admin/sla";
	}

	/** What one row sent: the hours typed and the hours the page showed (null when the row did not say). */
	private record Row(String firstResponseHours, String resolutionHours, String shownFirstResponseHours,
			String shownResolutionHours) {
	}

	/**
	 * The row as it is saved now, after a clash with someone else's change (nothing saved): the page shows its current
	 * version, so saving again rests on it. Hours the manager left as the page showed them were not their choice: they
	 * are shown as they are now, with a note when someone else changed them. Hours they typed are kept and, where
	 * they differ from what is saved now, marked saying what that is. Saving again is then a deliberate choice over
	 * the other change, and never undoes one unseen.
	 */
	private String stale(SlaTargetView now, Row typed, List<FieldProblem> problems, String changedBy, String summary,
			String summaryAsTyped, Model model) {
		List<FieldProblem> marked = new ArrayList<>(problems);
		Map<String, String> changedMeanwhile = new LinkedHashMap<>();
		String firstResponse = keepOrShowNow("firstResponseHours", typed.firstResponseHours(),
				typed.shownFirstResponseHours(), now.firstResponseHours(), changedBy, marked, changedMeanwhile);
		String resolution = keepOrShowNow("resolutionHours", typed.resolutionHours(), typed.shownResolutionHours(),
				now.resolutionHours(), changedBy, marked, changedMeanwhile);
		return refused(now.id(), firstResponse, resolution, marked, List.of(marked.isEmpty() ? summaryAsTyped : summary),
				changedMeanwhile, model);
	}

	/**
	 * What one box of the row shows after a clash: the hours saved now when the manager left the box as the page
	 * showed it ({@code shown}: null when the row did not say, as then every value counts as typed on purpose);
	 * otherwise what they typed, added to {@code marked} when it differs from what is saved now. A box already refused
	 * for its own problem keeps what was typed.
	 */
	private String keepOrShowNow(String field, String typed, String shown, int now, String changedBy,
			List<FieldProblem> marked, Map<String, String> changedMeanwhile) {
		if (marked.stream().anyMatch(p -> p.field().equals(field))) {
			return typed;
		}
		Long typedHours = number(typed);
		Long shownHours = number(shown);
		boolean changedBySomeoneElse = shownHours != null && shownHours != now;
		if (shownHours != null && shownHours.equals(typedHours)) {
			if (changedBySomeoneElse) {
				changedMeanwhile.put(field, changedBy == null ? text("sla.hours.changedMeanwhile", now)
						: text("sla.hours.changedMeanwhileBy", changedBy, now));
			}
			return String.valueOf(now);
		}
		if (typedHours != null && typedHours == now) {
			return typed;
		}
		marked.add(new FieldProblem(field, !changedBySomeoneElse ? text("sla.hours.typedNotSaved", now, typedHours)
				: changedBy == null ? text("sla.hours.typedOverChange", now, typedHours)
						: text("sla.hours.typedOverChangeBy", changedBy, now, typedHours)));
		return typed;
	}

	/**
	 * The page again, the row's typed values kept (or, after a clash, those {@link #stale} chose). Its version is the
	 * one saved now, so that saving again, having read the messages, replaces it on purpose. The problems are also
	 * bound to the row's form, for the error summary every refused form opens with.
	 */
	private String refused(long id, String typedResponse, String typedResolution, List<FieldProblem> problems,
			List<String> rowErrors, Map<String, String> changedMeanwhile, Model model) {
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
		model.addAttribute("changedMeanwhile", changedMeanwhile);
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
