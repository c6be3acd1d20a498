package uk.aftercare.followups.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.followups.MailTemplateRejectedException;
import uk.aftercare.followups.MailTemplateService;
import uk.aftercare.followups.MailTemplateView;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.ShownDates;
import uk.aftercare.staff.StaffDirectory;

/** Managers edit the texts of customer e-mails and letters (the web chain limits /admin/** to managers). */
@Controller
@RequestMapping("/admin/mail-templates")
class MailTemplateAdminController {

	/** A moment as the pages show one. */

	private final MailTemplateService templates;

	private final MessageSource messages;

	private final ShopClock clock;

	private final StaffDirectory staff;

	MailTemplateAdminController(MailTemplateService templates, MessageSource messages, ShopClock clock,
			StaffDirectory staff) {
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
		this.staff = staff;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		return "followups/mail-templates";
	}

	@GetMapping("/{key}")
	String edit(@PathVariable MailTemplateKey key, Model model) {
		MailTemplateView template = templates.get(key);
		MailTemplateForm form = new MailTemplateForm();
		form.setSubject(template.subject());
		form.setBody(template.body());
		form.setVersion(String.valueOf(template.version()));
		model.addAttribute("form", form);
		return page(template, model);
	}

	@PostMapping("/{key}")
	String save(@PathVariable MailTemplateKey key, @ModelAttribute("form") MailTemplateForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		Long version = form.expectedVersion().orElse(null);
		if (version == null) {
			// The version is a hidden field: nothing on the page could be highlighted for it.
			model.addAttribute("stale", message("mailTemplate.version.missing"));
			return page(templates.get(key), model);
		}
		try {
			templates.update(key, form.getSubject(), form.getBody(), version, principal.getName());
			redirect.addFlashAttribute("success", message("mailTemplate.saved", message("mailTemplate." + key)));
			return "redirect:/admin/mail-templates";
		}
		catch (MailTemplateRejectedException e) {
			e.problems()
				.forEach(p -> result.rejectValue(p.field(), p.code(),
						p.argument() == null ? null : new Object[] { p.argument() }, p.code()));
		}
		catch (ConflictException e) {
			// The template says who saved it last, which is who saved it since this page was opened.
			MailTemplateView now = templates.get(key);
			model.addAttribute("stale", now.updatedBy() == null || now.updatedAt() == null ? message("mailTemplate.stale")
					: message("mailTemplate.staleBy", staff.displayName(now.updatedBy()).orElse(now.updatedBy()),
							ShownDates.MOMENT.withZone(clock.zone()).format(now.updatedAt())));
			return page(now, model);
		}
		return page(templates.get(key), model);
	}

	private String page(MailTemplateView template, Model model) {
		model.addAttribute("template", template);
		model.addAttribute("placeholders", template.key().allowed());
		model.addAttribute("required", template.key().required());
		return "followups/mail-template-form";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
