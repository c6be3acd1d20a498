package uk.aftercare.staff.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import uk.aftercare.staff.PasswordChange;
import uk.aftercare.staff.PasswordRules;
import uk.aftercare.staff.SignInLocks;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.WrongPasswordException;

/**
 * "Change your password", for every member of staff: the current password, then the new one twice, with the rules a
 * manager's choice follows. A password a manager chose leads here from every page until it is changed
 * ({@link PasswordChange}). Changing it signs the person out everywhere; they sign in again with the new one. Their
 * API tokens keep working unless they tick "Also revoke my API tokens", as the page says. A wrong
 * current password counts as a failed sign-in ({@link SignInLocks}): a session left open is no way to guess it.
 */
@Controller
class AccountPasswordController {

	private final StaffAccounts accounts;

	private final SignInLocks locks;

	AccountPasswordController(StaffAccounts accounts, SignInLocks locks) {
		this.accounts = accounts;
		this.locks = locks;
	}

	/** Passwords are taken exactly as typed (spaces may be part of them); an empty one is missing. */
	@InitBinder("passwordForm")
	void exactly(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PasswordEditor());
	}

	@GetMapping(PasswordChange.PATH)
	String form(Authentication authentication, Model model) {
		model.addAttribute("passwordForm", new OwnPasswordForm());
		return page(authentication, model);
	}

	@PostMapping(PasswordChange.PATH)
	String change(@Valid @ModelAttribute("passwordForm") OwnPasswordForm form, BindingResult result,
			Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response) {
		String username = authentication.getName();
		if (!result.hasFieldErrors("newPassword")) {
			PasswordRules.problem(username, accounts.get(username).displayName(), form.getNewPassword())
				.ifPresent(code -> result.rejectValue("newPassword", code));
		}
		if (!result.hasFieldErrors("newPassword") && form.getNewPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("newPassword", "password.new.same");
		}
		if (!result.hasFieldErrors("confirmPassword") && form.getNewPassword() != null
				&& !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.different");
		}
		Optional<Long> locked = locks.lockedForMinutes(username);
		if (locked.isPresent()) {
			// Too many wrong passwords, here or at the sign-in: the current one is not even checked.
			result.rejectValue("currentPassword", "password.current.locked", new Object[] { locked.get() }, null);
		}
		if (!result.hasErrors()) {
			try {
				accounts.changeOwnPassword(username, form.getCurrentPassword(), form.getNewPassword(),
						form.isRevokeTokens());
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				return "redirect:/login?passwordChanged";
			}
			catch (WrongPasswordException e) {
				locks.countFailure(username);
				result.rejectValue("currentPassword", "password.current.wrong");
			}
		}
		return page(authentication, model);
	}

	private String page(Authentication authentication, Model model) {
		model.addAttribute("required", PasswordChange.required(authentication));
		return "staff/account-password";
	}

}
