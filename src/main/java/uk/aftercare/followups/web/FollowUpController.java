package uk.aftercare.followups.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseService;
import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.followups.FollowUpView;
import uk.aftercare.followups.ScheduleFollowUp;
import uk.aftercare.followups.WorkingDays;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.web.UkDates;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;

/** "My follow-ups", a case's follow-ups, and completing or cancelling one. */
@Controller
class FollowUpController {

	private final FollowUpService followUps;

	private final CaseService cases;

	private final StaffDirectory staff;

	private final ShopClock clock;

	private final MessageSource messages;

	FollowUpController(FollowUpService followUps, CaseService cases, StaffDirectory staff, ShopClock clock,
			MessageSource messages) {
		this.followUps = followUps;
		this.cases = cases;
		this.staff = staff;
		this.clock = clock;
		this.messages = messages;
	}

	/** The due date is read as 14/11/2026 or 2026-11-14, as on the returns forms. */
	@InitBinder("form")
	void dates(WebDataBinder binder) {
		UkDates.takeBoth(binder, "dueDate");
	}

	@ModelAttribute("purposes")
	FollowUpPurpose[] purposes() {
		return FollowUpPurpose.values();
	}

	@GetMapping("/follow-ups")
	String mine(Principal principal, Model model) {
		model.addAttribute("followUps", followUps.openFollowUpsOf(principal.getName()));
		model.addAttribute("today", clock.today());
		return "followups/my-follow-ups";
	}

	@GetMapping("/cases/{caseNumber}/follow-ups")
	String forCase(@PathVariable String caseNumber, Principal principal, Model model) {
		FollowUpForm form = new FollowUpForm();
		form.setPurpose(FollowUpPurpose.CALL_BACK);
		form.setDueDate(WorkingDays.nextAfter(clock.today()));
		form.setOwner(principal.getName());
		model.addAttribute("form", form);
		return casePage(caseNumber, model);
	}

	@PostMapping("/cases/{caseNumber}/follow-ups")
	String schedule(@PathVariable String caseNumber, @Valid @ModelAttribute("form") FollowUpForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// The service is not asked to schedule, but what it would refuse (a date too far ahead, an owner who
			// cannot sign in) is named now, with the other errors.
			followUps.problems(request(caseNumber, form))
				.stream()
				.filter(p -> !result.hasFieldErrors(p.field()))
				.forEach(p -> result.rejectValue(p.field(), "followUp.invalid", p.message()));
		}
		else {
			try {
				FollowUpView created = followUps.schedule(request(caseNumber, form), principal.getName());
				redirect.addFlashAttribute("success", message("followUp.scheduled",
						message("followUp.purpose." + created.purpose()),
						staff.displayName(created.owner()).orElse(created.owner())));
				return "redirect:/cases/" + created.caseNumber() + "/follow-ups";
			}
			catch (InvalidInputException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), "followUp.invalid", p.message()));
			}
			catch (CaseArchivedException e) {
				result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
			}
		}
		return casePage(caseNumber, model);
	}

	@GetMapping("/follow-ups/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String from, Principal principal,
			Model model) {
		FollowUpView followUp = followUps.get(id);
		model.addAttribute("completeForm", finishForm(new CompleteFollowUpForm(), followUp, from));
		model.addAttribute("cancelForm", finishForm(new CancelFollowUpForm(), followUp, from));
		return followUpPage(followUp, principal, model);
	}

	/** Passes the follow-up to someone else; a choice refused comes back beside the field, the others kept. */
	@PostMapping("/follow-ups/{id}/owner")
	String passOn(@PathVariable Long id, @Valid @ModelAttribute("passForm") PassFollowUpForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (form.expectedVersion().isEmpty()) {
			model.addAttribute("conflict", message("followUp.formUnreadable"));
		}
		else if (!result.hasErrors()) {
			Optional<FollowUpView> passed = attempt(() -> followUps.passOn(id, form.getOwner(),
					form.expectedVersion().get(), principal.getName()), result, "owner", model, response);
			if (passed.isPresent()) {
				redirect.addFlashAttribute("success", message("followUp.passedOn",
						message("followUp.purpose." + passed.get().purpose()), passed.get().caseNumber(),
						staff.displayName(passed.get().owner()).orElse(passed.get().owner())));
				return backTo(form.getReturnTo(), passed.get());
			}
		}
		FollowUpView followUp = followUps.get(id);
		if (model.containsAttribute("conflict")) {
			form.setVersion(String.valueOf(followUp.version()));
		}
		model.addAttribute("completeForm", finishForm(new CompleteFollowUpForm(), followUp, form.getReturnTo()));
		model.addAttribute("cancelForm", finishForm(new CancelFollowUpForm(), followUp, form.getReturnTo()));
		return followUpPage(followUp, principal, model);
	}

	/**
	 * Makes a change to a follow-up, or says on its page why it was refused: beside {@code field} (a value refused),
	 * in place of the forms (not this member of staff's to change: 403), or as a conflict (someone changed it first).
	 */
	private Optional<FollowUpView> attempt(Supplier<FollowUpView> change, BindingResult result, String field,
			Model model, HttpServletResponse response) {
		try {
			return Optional.of(change.get());
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> result.rejectValue(field, "followUp.invalid", p.message()));
		}
		catch (ForbiddenException e) {
			// The page says why, in place of the forms this member of staff may not use.
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.getMessage());
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("conflict", message("followUp.stale"));
		}
		return Optional.empty();
	}

	/** Back to the case's follow-ups or to the member of staff's own list, whichever the change was made from. */
	private static String backTo(String returnTo, FollowUpView followUp) {
		return "case".equals(returnTo) ? "redirect:/cases/" + followUp.caseNumber() + "/follow-ups"
				: "redirect:/follow-ups";
	}

	@PostMapping("/follow-ups/{id}/complete")
	String complete(@PathVariable Long id, @Valid @ModelAttribute("completeForm") CompleteFollowUpForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return finish(id, form, result, principal, model, redirect, response, true);
	}

	@PostMapping("/follow-ups/{id}/cancel")
	String cancel(@PathVariable Long id, @Valid @ModelAttribute("cancelForm") CancelFollowUpForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return finish(id, form, result, principal, model, redirect, response, false);
	}

	private String finish(Long id, FinishFollowUpForm form, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response, boolean complete) {
		if (!form.hasReadableVersion()) {
			model.addAttribute("conflict", message("followUp.formUnreadable"));
		}
		else if (!result.hasErrors()) {
			long version = form.expectedVersion().orElseThrow();
			Optional<FollowUpView> done = attempt(
					() -> complete ? followUps.complete(id, form.text(), version, principal.getName())
							: followUps.cancel(id, form.text(), version, principal.getName()),
					result, form.textField(), model, response);
			if (done.isPresent()) {
				redirect.addFlashAttribute("success", message(complete ? "followUp.completed" : "followUp.cancelled",
						message("followUp.purpose." + done.get().purpose()), done.get().caseNumber()));
				return backTo(form.getReturnTo(), done.get());
			}
		}
		FollowUpView followUp = followUps.get(id);
		if (model.containsAttribute("conflict")) {
			// The page now shows the follow-up as it is: a second press, after reading it, acts on that.
			form.setVersion(String.valueOf(followUp.version()));
			if (!followUp.isOpen() && form.text() != null && !form.text().isBlank()) {
				// Its forms are gone, so what was typed is shown beside the message, to copy elsewhere.
				model.addAttribute("unsavedText", form.text());
			}
		}
		if (!model.containsAttribute("completeForm")) {
			model.addAttribute("completeForm", finishForm(new CompleteFollowUpForm(), followUp, form.getReturnTo()));
		}
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", finishForm(new CancelFollowUpForm(), followUp, form.getReturnTo()));
		}
		return followUpPage(followUp, principal, model);
	}

	private String followUpPage(FollowUpView followUp, Principal principal, Model model) {
		model.addAttribute("followUp", followUp);
		model.addAttribute("refusal", followUps.refusalFor(followUp, principal.getName()).orElse(null));
		// A supervisor's call-back can only pass to another supervisor or manager (FollowUpService.passOn).
		model.addAttribute("staff", staff.activeStaff()
			.stream()
			.filter(m -> !followUp.forSupervisor() || m.role() != Role.STAFF)
			.toList());
		if (!model.containsAttribute("passForm")) {
			PassFollowUpForm pass = new PassFollowUpForm();
			pass.setVersion(String.valueOf(followUp.version()));
			pass.setReturnTo(model.containsAttribute("completeForm")
					? ((FinishFollowUpForm) model.getAttribute("completeForm")).getReturnTo() : "mine");
			model.addAttribute("passForm", pass);
		}
		model.addAttribute("today", clock.today());
		return "followups/follow-up";
	}

	private static FinishFollowUpForm finishForm(FinishFollowUpForm form, FollowUpView followUp, String returnTo) {
		form.setVersion(String.valueOf(followUp.version()));
		form.setReturnTo("case".equals(returnTo) ? "case" : "mine");
		return form;
	}

	private String casePage(String caseNumber, Model model) {
		var serviceCase = cases.get(caseNumber);
		model.addAttribute("c", serviceCase);
		model.addAttribute("followUps", followUps.forCase(serviceCase.caseNumber()));
		model.addAttribute("staff", staff.activeStaff());
		model.addAttribute("today", clock.today());
		return "followups/case-follow-ups";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

	private static ScheduleFollowUp request(String caseNumber, FollowUpForm form) {
		return new ScheduleFollowUp(caseNumber, form.getPurpose(), FollowUpOrigin.MANUAL, form.getDueDate(),
				form.getOwner(), form.getNote());
	}

}
