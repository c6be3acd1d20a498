package uk.aftercare.feedback.web;

import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.feedback.FeedbackPolicy;
import uk.aftercare.feedback.FeedbackRejectedException;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.feedback.FeedbackSource;
import uk.aftercare.feedback.FeedbackView;
import uk.aftercare.shared.ShopClock;

/**
 * Feedback staff record on a case from a phone call or in store, and the case's feedback so far. The form is offered
 * while the case's latest closing has no feedback yet: a closing gets one piece of feedback.
 */
@Controller
@RequestMapping("/cases/{caseNumber}/feedback")
class StaffFeedbackController {

	/** A moment as the pages show one, so a refusal names it as the list beside it does. */
	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private final FeedbackService feedback;

	private final CaseService cases;

	private final MessageSource messages;

	private final ShopClock clock;

	StaffFeedbackController(FeedbackService feedback, CaseService cases, MessageSource messages, ShopClock clock) {
		this.feedback = feedback;
		this.cases = cases;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("sources")
	List<FeedbackSource> sources() {
		return List.of(FeedbackSource.PHONE, FeedbackSource.IN_STORE);
	}

	@ModelAttribute("scores")
	int[] scores() {
		return new int[] { 1, 2, 3, 4, 5 };
	}

	@GetMapping
	String show(@PathVariable String caseNumber, Model model) {
		model.addAttribute("form", new StaffFeedbackForm());
		return page(caseNumber, model);
	}

	@PostMapping
	String record(@PathVariable String caseNumber, @ModelAttribute("form") StaffFeedbackForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// A value that could not be read (a score that is not a number) is named; so is every other problem.
			new FeedbackPolicy()
				.checkRecordedByStaff(form.toAnswer(), form.getSource(), feedback.ofLatestClosing(caseNumber))
				.stream()
				.filter(v -> !result.hasFieldErrors(v.field()))
				.forEach(v -> reject(result, v));
		}
		else {
			try {
				FeedbackView recorded = feedback.recordByStaff(caseNumber, form.toAnswer(), form.getSource(),
						principal.getName());
				redirect.addFlashAttribute("success", message(feedbackMessage(recorded), recorded.score()));
				return "redirect:/cases/" + recorded.caseNumber() + "/feedback";
			}
			catch (FeedbackRejectedException e) {
				e.violations().forEach(v -> reject(result, v));
			}
			catch (OptimisticLockingFailureException e) {
				// Someone else changed the case at the same moment: most often the customer answering the survey, or a
				// colleague recording the same feedback. Theirs counts; say whose it is, as if it had come first.
				feedback.ofLatestClosing(caseNumber)
					.ifPresentOrElse(counted -> reject(result, new FeedbackPolicy().alreadyCounted(counted)),
							() -> result.reject("case.changedMeanwhile"));
			}
			catch (CaseArchivedException e) {
				result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
			}
		}
		return page(caseNumber, model);
	}

	private void reject(BindingResult result, FeedbackPolicy.Violation violation) {
		Object[] args = violation.args()
			.stream()
			.map(arg -> arg instanceof Instant moment ? MOMENT.withZone(clock.zone()).format(moment) : arg)
			.toArray();
		result.rejectValue(violation.field(), violation.code(), args, null);
	}

	private static String feedbackMessage(FeedbackView recorded) {
		return new FeedbackPolicy().needsCallBack(recorded.score()) ? "feedback.recorded.callBack" : "feedback.recorded";
	}

	private String page(String caseNumber, Model model) {
		CaseView serviceCase = cases.get(caseNumber);
		model.addAttribute("c", serviceCase);
		model.addAttribute("feedbackSoFar", feedback.forCase(serviceCase.caseNumber()));
		model.addAttribute("counted", feedback.ofLatestClosing(serviceCase.caseNumber()).orElse(null));
		return "feedback/record-feedback";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
