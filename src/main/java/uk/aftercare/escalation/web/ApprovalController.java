package uk.aftercare.escalation.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.cases.CaseService;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.RejectionNotes;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.web.Pages;
import uk.aftercare.staff.StaffDirectory;

/** The supervisors' queue and the decision page (SUPERVISOR and MANAGER only, by the security rules). */
@Controller
@RequestMapping("/approvals")
class ApprovalController {

	private final Approvals approvals;

	private final CaseService cases;

	static final int PAGE_SIZE = 25;

	private final ShopClock clock;

	private final MessageSource messages;

	private final StaffDirectory staff;

	private final ObjectProvider<RejectionNotes> rejectionNotes;

	ApprovalController(Approvals approvals, CaseService cases, ShopClock clock, MessageSource messages,
			StaffDirectory staff, ObjectProvider<RejectionNotes> rejectionNotes) {
		this.approvals = approvals;
		this.cases = cases;
		this.clock = clock;
		this.messages = messages;
		this.staff = staff;
		this.rejectionNotes = rejectionNotes;
	}

	/**
	 * A tab the address names that is not one (typed, or kept from somewhere) shows those waiting, and says so. Each
	 * tab is read a page at a time: the decided ones grow by every request a shop has ever had decided. A page past
	 * the last (an old link) shows the last.
	 */
	@GetMapping
	String queue(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(required = false) String page,
			Model model) {
		ApprovalStatus tab = java.util.Arrays.stream(ApprovalStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(status.strip()))
			.findFirst()
			.orElse(null);
		if (tab == null) {
			model.addAttribute("unknownTab", status);
			tab = ApprovalStatus.PENDING;
		}
		ApprovalStatus shown = tab;
		Page<ApprovalView> listed = Pages.lastAtMost(Pages.number(page),
				p -> approvals.queue(shown, PageRequest.of(p, PAGE_SIZE)));
		model.addAttribute("status", shown);
		model.addAttribute("statuses", ApprovalStatus.values());
		model.addAttribute("page", listed);
		model.addAttribute("approvals", listed.getContent());
		// A request nobody may decide (its asker is the only manager left, say) is marked, and the page says why.
		model.addAttribute("nobodyToDecide", shown == ApprovalStatus.PENDING ? approvals.nobodyToDecide(listed.getContent())
				: java.util.Set.of());
		model.addAttribute("pageLink", "/approvals?" + Pages.link("status=" + shown.name()));
		model.addAttribute("now", clock.now());
		return "approvals/approval-queue";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Authentication auth) {
		return page(approvals.get(id), model, auth);
	}

	/**
	 * The version is required: without it two deciders could both succeed. A decision or version sent twice is a
	 * broken form, refused rather than read as whichever value came first.
	 */
	@PostMapping("/{id}/decision")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, WebRequest request, Model model, Authentication auth, RedirectAttributes redirect) {
		if (sentTwice(request, "decision")) {
			result.rejectValue("decision", "approval.decision.ambiguous");
		}
		if (sentTwice(request, "version") || form.expectedVersion().isEmpty()) {
			result.rejectValue("version", "approval.outOfDate");
		}
		if (form.getDecision() == Decision.REJECT && (form.getNote() == null || form.getNote().isBlank())
				&& !result.hasFieldErrors("note")) {
			result.rejectValue("note", "approval.note.requiredToReject");
		}
		if (!result.hasErrors()) {
			try {
				ApprovalView decided = approvals.decide(id, form.getDecision(), form.getNote(), form.expectedVersion().get(),
						auth.getName(), isManager(auth));
				redirect.addFlashAttribute("success", decidedMessage(decided));
				return "redirect:/approvals";
			}
			catch (ConflictException e) {
				ApprovalView current = approvals.get(id);
				if (current.pending()) {
					result.reject("approval.outOfDate");
				}
				else {
					result.reject("approval.alreadyDecided." + current.status(), new Object[] {
							staff.displayName(current.decidedBy()).orElse(current.decidedBy()) },
							e.getMessage());
				}
				return page(current, model, auth);
			}
			catch (ForbiddenException e) {
				result.reject("approval.notDecided", new Object[] { e.getMessage() }, e.getMessage());
			}
		}
		return page(approvals.get(id), model, auth);
	}

	/**
	 * What the decision did to the case: a review is only recorded and never moves it; a refund or goodwill decision
	 * moves it on unless another such request on it still waits.
	 */
	private String decidedMessage(ApprovalView decided) {
		long waiting = approvals.requestsWaiting(decided.caseNumber());
		String key = (decided.kind() == ApprovalKind.REVIEW ? "approval.reviewed." : "approval.decided.")
				+ decided.status() + (waiting > 0 ? ".stillWaiting" : "");
		return messages.getMessage(key, new Object[] { decided.caseNumber(), waiting }, Locale.UK);
	}

	private static boolean sentTwice(WebRequest request, String parameter) {
		String[] values = request.getParameterValues(parameter);
		return values != null && values.length > 1;
	}

	private String page(ApprovalView approval, Model model, Authentication auth) {
		model.addAttribute("a", approval);
		model.addAttribute("c", cases.get(approval.caseNumber()));
		model.addAttribute("now", clock.now());
		model.addAttribute("ownRequest", approval.askedBy(auth.getName()));
		model.addAttribute("noteForCustomer", approval.pending()
				&& rejectionNotes.stream().anyMatch(notes -> notes.printedForCustomer(approval)));
		model.addAttribute("nobodyCanDecide", approval.pending() && !approvals.someoneCanDecide(approval)
				? Approvals.nobodyCanDecide(approval) : null);
		model.addAttribute("needsManager",
				approval.requiredApprover().name().equals("MANAGER") && !isManager(auth));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		return "approvals/approval-page";
	}

	private static boolean isManager(Authentication auth) {
		return auth.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
	}

}
