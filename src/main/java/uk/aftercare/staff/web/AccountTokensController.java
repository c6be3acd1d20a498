package uk.aftercare.staff.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.staff.ApiTokenSummary;
import uk.aftercare.staff.ApiTokens;
import uk.aftercare.staff.IssuedToken;

/** "API tokens": every member of staff manages their own tokens. A new token is shown once, after the redirect. */
@Controller
@RequestMapping("/account/tokens")
class AccountTokensController {

	private final ApiTokens tokens;

	private final MessageSource messages;

	AccountTokensController(ApiTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping
	String list(Principal principal, Model model) {
		model.addAttribute("tokens", tokens.tokensOf(principal.getName()));
		model.addAttribute("validityDays", tokens.validity().toDays());
		return "staff/account-tokens";
	}

	@PostMapping
	String create(Principal principal, RedirectAttributes redirect) {
		IssuedToken issued = tokens.issue(principal.getName());
		redirect.addFlashAttribute("newToken", issued.token());
		redirect.addFlashAttribute("newTokenExpiresAt", issued.expiresAt());
		return "redirect:/account/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		ApiTokenSummary revoked = tokens.revoke(principal.getName(), id);
		redirect.addFlashAttribute("success",
				messages.getMessage("tokens.revoked", new Object[] { revoked.prefix() }, Locale.UK));
		return "redirect:/account/tokens";
	}

}
