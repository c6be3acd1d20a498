package uk.aftercare.returns.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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

import uk.aftercare.returns.PolicyVersionView;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReturnsPolicyService;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.ShownDates;
import uk.aftercare.shared.web.UkDates;

/** Managers' page for the goodwill window, accepted proofs, exclusions and refund limits, one version at a time. */
@Controller
@RequestMapping("/admin/returns-policy")
class ReturnsPolicyController {

	/** A gift receipt always leads to an exchange and goodwill always needs proof, so neither is a choice here. */
	private static final List<ProofOfPurchase> CHOOSABLE_PROOFS = List.of(ProofOfPurchase.RECEIPT,
			ProofOfPurchase.ORDER_NUMBER, ProofOfPurchase.BANK_STATEMENT);

	/** Days in messages, as the versions table shows them: "1 Dec 2026". */
	private static final DateTimeFormatter DATE = ShownDates.DAY;

	private final ReturnsPolicyService policies;

	private final ShopClock clock;

	private final MessageSource messages;

	ReturnsPolicyController(ReturnsPolicyService policies, ShopClock clock, MessageSource messages) {
		this.policies = policies;
		this.clock = clock;
		this.messages = messages;
	}

	@InitBinder("policy")
	void readTheEffectiveDateAsTheUkWritesIt(WebDataBinder binder) {
		UkDates.takeBoth(binder, "effectiveFrom");
	}

	@GetMapping
	String show(Model model) {
		PolicyVersionView current = policies.current();
		model.addAttribute("policy", PolicyVersionForm.from(current.settings(), policies.earliestEffectiveDate()));
		return page(current, model);
	}

	@PostMapping
	String publish(@Valid @ModelAttribute("policy") PolicyVersionForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		form.validate(result, clock.today(), policies.earliestEffectiveDate(), policies.latestEffectiveDate(), DATE);
		if (!result.hasErrors()) {
			try {
				PolicyVersionView published = policies.publish(form.toCommand(), principal.getName());
				redirect.addFlashAttribute("success", messages.getMessage("policy.published",
						new Object[] { published.label(), DATE.format(published.effectiveFrom()) }, Locale.UK));
				return "redirect:/admin/returns-policy";
			}
			catch (InvalidInputException e) {
				e.problems().forEach(p -> result.reject("policy.invalid", new Object[] { p.message() }, p.message()));
			}
		}
		return page(policies.current(), model);
	}

	/** Undoes a version that has not yet taken effect, such as one given the wrong date; it stays in the history. */
	@PostMapping("/versions/{number}/withdraw")
	String withdraw(@PathVariable int number, Principal principal, RedirectAttributes redirect) {
		try {
			PolicyVersionView withdrawn = policies.withdraw(number, principal.getName());
			redirect.addFlashAttribute("success", messages.getMessage("policy.withdrawn",
					new Object[] { withdrawn.label() }, Locale.UK));
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("error", messages.getMessage("policy.withdraw.refused", null, Locale.UK));
		}
		return "redirect:/admin/returns-policy";
	}

	private String page(PolicyVersionView current, Model model) {
		LocalDate today = clock.today();
		model.addAttribute("current", current);
		model.addAttribute("history", policies.history());
		model.addAttribute("today", today);
		model.addAttribute("proofChoices", CHOOSABLE_PROOFS);
		return "returns/policy-settings";
	}

}
