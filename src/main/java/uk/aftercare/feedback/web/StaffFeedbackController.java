package uk.aftercare.feedback.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
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
import uk.aftercare.feedback.FeedbackAlreadyRecordedException;
import uk.aftercare.feedback.FeedbackPolicy;
import uk.aftercare.feedback.FeedbackRejectedException;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.feedback.FeedbackSource;
import uk.aftercare.feedback.FeedbackView;
import uk.aftercare.feedback.RecordedFeedback;

/**
 * Feedback staff record on a case from a phone call or in store, and the case's feedback so far. The form is offered
 * while the case's current period has no feedback yet: a case gets one piece of feedback before it is first closed,
 * and one for each closing.
 */
@Controller
@RequestMapping("/cases/{caseNumber}/feedback")
class StaffFeedbackController {

	private final FeedbackService feedback;

	private final CaseService cases;

	private final MessageSource messages;

	StaffFeedbackController(FeedbackService feedback, CaseService cases, MessageSource messages) {
		this.feedback = feedback;
		this.cases = cases;
		this.messages = messages;
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
			if (feedback.counted(caseNumber).isPresent()) {
				// Nothing could be recorded however it was corrected: say so rather than ask for corrections.
				return notRecorded(caseNumber, form, model);
			}
			// A value that could not be read (a score that is not a number) is named; so is every other problem.
			new FeedbackPolicy().checkRecordedByStaff(form.toAnswer(), form.getSource())
				.stream()
				.filter(v -> !result.hasFieldErrors(v.field()))
				.forEach(v -> result.rejectValue(v.field(), v.code()));
		}
		else {
			try {
				RecordedFeedback recorded = feedback.recordByStaff(caseNumber, form.toAnswer(), form.getSource(),
						principal.getName());
				FeedbackView saved = recorded.feedback();
				switch (recorded.callBack()) {
					case NOT_NEEDED -> redirect.addFlashAttribute("success", message("feedback.recorded", saved.score()));
					case GIVEN -> redirect.addFlashAttribute("success",
							message("feedback.recorded.callBack", saved.score()));
					case NOBODY_TO_GIVE -> redirect.addFlashAttribute("warning",
							message("feedback.recorded.noCallBack", saved.score()));
				}
				return "redirect:/cases/" + saved.caseNumber() + "/feedback";
			}
			catch (FeedbackAlreadyRecordedException e) {
				// Most often the form sent again from a second tab, or a colleague's feedback saved since the page was
				// opened.
				return notRecorded(caseNumber, form, model);
			}
			catch (FeedbackRejectedException e) {
				e.violations().forEach(v -> result.rejectValue(v.field(), v.code()));
			}
			catch (ConcurrencyFailureException e) {
				// Someone else changed the case at the same moment (or held it longer than the database waits): most
				// often the customer answering the survey, or a colleague recording the same feedback. Theirs counts:
				// say whose it is, as if it had come first.
				if (feedback.counted(caseNumber).isPresent()) {
					return notRecorded(caseNumber, form, model);
				}
				result.reject("case.changedMeanwhile");
			}
			catch (CaseArchivedException e) {
				result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
			}
		}
		return page(caseNumber, model);
	}

	/**
	 * The page as it shows once the period has feedback (who recorded it and when, no form), saying that nothing more
	 * was recorded and repeating what was sent, so that what the customer said is not lost unseen.
	 */
	private String notRecorded(String caseNumber, StaffFeedbackForm form, Model model) {
		model.addAttribute("notRecorded", form);
		return page(caseNumber, model);
	}

	private String page(String caseNumber, Model model) {
		CaseView serviceCase = cases.get(caseNumber);
		model.addAttribute("c", serviceCase);
		model.addAttribute("feedbackSoFar", feedback.forCase(serviceCase.caseNumber()));
		model.addAttribute("counted", feedback.counted(serviceCase.caseNumber()).orElse(null));
		return "feedback/record-feedback";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
