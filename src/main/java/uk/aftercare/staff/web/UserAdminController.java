package uk.aftercare.staff.web;

import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.PessimisticLockingFailureException;
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

import uk.aftercare.staff.PasswordRules;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.web.TextInputEditor;
import uk.aftercare.staff.LastManagerException;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.SelfLockoutException;
import uk.aftercare.staff.SignInLocks;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffMember;

/**
 * User administration for managers (the web security chain restricts /admin to MANAGER). A change that stops waiting
 * for the manager rows' locks while another manager's change holds them (H2 gives up after its lock timeout) was
 * rolled back, so it is refused on the same form with what was chosen kept, not shown as an error page.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final StaffAccounts accounts;

	private final SignInLocks locks;

	private final MessageSource messages;

	UserAdminController(StaffAccounts accounts, SignInLocks locks, MessageSource messages) {
		this.accounts = accounts;
		this.locks = locks;
		this.messages = messages;
	}

	@InitBinder("newUser")
	void trimNewUser(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "username", new TextInputEditor(true));
		binder.registerCustomEditor(String.class, "displayName", new TextInputEditor(true));
		binder.registerCustomEditor(String.class, "email", new TextInputEditor(true));
		// Never trim a password (spaces may be part of it), but treat an empty one as missing.
		binder.registerCustomEditor(String.class, "password", new PasswordEditor());
	}

	@InitBinder("setPassword")
	void exactPassword(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "password", new PasswordEditor());
	}

	/**
	 * One role, named exactly. Two values (role=STAFF&role=MANAGER) used to bind the first without a word; the editor
	 * is given them joined by a comma and refuses them, like an unknown role, as a message beside the field.
	 */
	@InitBinder({ "newUser", "roleForm" })
	void oneRole(WebDataBinder binder) {
		binder.registerCustomEditor(Role.class, "role", new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isBlank() ? null : Role.valueOf(text.strip()));
			}
		});
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		List<StaffMember> users = accounts.all();
		model.addAttribute("users", users);
		model.addAttribute("locked", users.stream()
			.map(StaffMember::username)
			.filter(username -> locks.lockedFor(username).isPresent())
			.collect(Collectors.toSet()));
		return "staff/user-list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("newUser", new NewUserForm());
		return "staff/user-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("newUser") NewUserForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password")) {
			form.passwordProblem().ifPresent(code -> result.rejectValue("password", code));
		}
		if (!result.hasFieldErrors("username") && accounts.exists(form.account())) {
			result.rejectValue("username", "users.username.taken");
		}
		if (result.hasErrors()) {
			return "staff/user-new";
		}
		try {
			accounts.create(form.account(), form.getDisplayName(), form.getEmail(), form.getPassword(),
					form.getRole(), principal.getName());
		}
		catch (ConflictException e) {
			result.rejectValue("username", "users.username.taken");
			return "staff/user-new";
		}
		redirect.addFlashAttribute("success", message("users.created", form.account()));
		return "redirect:/admin/users";
	}

	@GetMapping("/{username}")
	String show(@PathVariable String username, Model model) {
		StaffMember member = accounts.get(username);
		RoleForm form = new RoleForm();
		form.setRole(member.role());
		model.addAttribute("roleForm", form);
		return userPage(member, model);
	}

	@PostMapping("/{username}/role")
	String changeRole(@PathVariable String username, @Valid @ModelAttribute("roleForm") RoleForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.changeRole(username, form.getRole(), principal.getName());
				redirect.addFlashAttribute("success",
						message("users.role.changed", username, message("users.role." + form.getRole())));
				return "redirect:/admin/users";
			}
			catch (SelfLockoutException e) {
				result.rejectValue("role", "users.role.ownRole");
			}
			catch (LastManagerException e) {
				result.rejectValue("role", "users.role.lastManager");
			}
			catch (PessimisticLockingFailureException e) {
				result.rejectValue("role", "users.busy");
			}
		}
		return userPage(accounts.get(username), model);
	}

	@PostMapping("/{username}/disable")
	String disable(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		try {
			accounts.disable(username, principal.getName());
		}
		catch (SelfLockoutException e) {
			redirect.addFlashAttribute("disableError", message("users.disable.self"));
			return "redirect:/admin/users/{username}";
		}
		catch (LastManagerException e) {
			redirect.addFlashAttribute("disableError", message("users.disable.lastManager"));
			return "redirect:/admin/users/{username}";
		}
		catch (PessimisticLockingFailureException e) {
			redirect.addFlashAttribute("disableError", message("users.busy"));
			return "redirect:/admin/users/{username}";
		}
		redirect.addFlashAttribute("success", message("users.disabled", username));
		return "redirect:/admin/users";
	}

	@PostMapping("/{username}/enable")
	String enable(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		boolean enabled;
		try {
			enabled = accounts.enable(username, principal.getName());
		}
		catch (PessimisticLockingFailureException e) {
			// A disabled manager's row is locked too while another manager's change holds the manager rows.
			redirect.addFlashAttribute("enableError", message("users.busy"));
			return "redirect:/admin/users/{username}";
		}
		if (enabled) {
			redirect.addFlashAttribute("success", message("users.enabled.done", username));
		}
		else {
			redirect.addFlashAttribute("warning", message("users.enabled.already", username));
		}
		return "redirect:/admin/users";
	}

	/**
	 * Sets a new password for a member of staff who forgot theirs (the manager tells them privately); they must change
	 * it at their next sign-in. Refused beside the field as typed when it breaks the rules.
	 */
	@PostMapping("/{username}/password")
	String setPassword(@PathVariable String username, @Valid @ModelAttribute("setPassword") SetPasswordForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		StaffMember member = accounts.get(username);
		if (!result.hasFieldErrors("password")) {
			PasswordRules.problem(member.username(), member.displayName(), form.getPassword())
				.ifPresent(code -> result.rejectValue("password", code));
		}
		if (!result.hasErrors()) {
			try {
				accounts.setPassword(member.username(), form.getPassword(), principal.getName());
				redirect.addFlashAttribute("success", message("users.password.set", member.username()));
				return "redirect:/admin/users/{username}";
			}
			catch (SelfLockoutException e) {
				result.rejectValue("password", "users.password.self");
			}
		}
		RoleForm roleForm = new RoleForm();
		roleForm.setRole(member.role());
		model.addAttribute("roleForm", roleForm);
		return userPage(member, model);
	}

	/**
	 * Lifts the sign-in lock of a member of staff who mistyped their password too often (a manager has made sure it
	 * was them). Nothing to lift (the lock has just ended, or another manager lifted it) is said, not refused.
	 */
	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		StaffMember member = accounts.get(username);
		if (locks.lift(member.username(), principal.getName())) {
			redirect.addFlashAttribute("success", message("users.unlocked", member.username()));
		}
		else {
			redirect.addFlashAttribute("warning", message("users.unlocked.already", member.username()));
		}
		return "redirect:/admin/users/{username}";
	}

	private String userPage(StaffMember member, Model model) {
		model.addAttribute("member", member);
		if (!model.containsAttribute("setPassword")) {
			model.addAttribute("setPassword", new SetPasswordForm());
		}
		model.addAttribute("history", accounts.history(member.username()));
		model.addAttribute("lockedMinutes", locks.lockedForMinutes(member.username()).orElse(null));
		return "staff/user-page";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
