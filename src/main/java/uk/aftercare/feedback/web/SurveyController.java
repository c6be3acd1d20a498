package uk.aftercare.feedback.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import uk.aftercare.feedback.FeedbackPolicy;
import uk.aftercare.feedback.FeedbackRejectedException;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.feedback.SurveyState;
import uk.aftercare.feedback.SurveyUnavailableException;

/**
 * The public survey page, reached from the e-mailed link without signing in. Opening the link records nothing (mail
 * scanners open links); only pressing "Send my feedback" does, once.
 */
@Controller
@RequestMapping("/feedback")
class SurveyController {

	private final FeedbackService feedback;

	private final String shopName;

	/** @param shopName the shop's name, as its e-mails to customers (the survey's among them) sign */
	SurveyController(FeedbackService feedback,
			@org.springframework.beans.factory.annotation.Value("${aftercare.mail.shop-name:Customer Service}") String shopName) {
		this.feedback = feedback;
		this.shopName = shopName;
	}

	/**
	 * The survey's pages are the customer's: they carry the shop's name where staff pages say Aftercare, and no link
	 * to the staff sign-in (layout.html).
	 */
	@ModelAttribute("customerFacing")
	String customerFacing() {
		return shopName;
	}

	@GetMapping("/thank-you")
	String thanks() {
		return "feedback/survey-thanks";
	}

	@GetMapping("/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		SurveyState state = feedback.state(token);
		if (state != SurveyState.OPEN) {
			return unavailable(state, model, response);
		}
		model.addAttribute("form", new SurveyForm());
		return survey(token, model);
	}

	@PostMapping("/{token}")
	String answer(@PathVariable String token, @ModelAttribute("form") SurveyForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		SurveyState state = feedback.state(token);
		if (state != SurveyState.OPEN) {
			return unavailable(state, model, response);
		}
		if (result.hasErrors()) {
			// An answer that could not be read ("maybe" for resolved) is named, and so is every other problem.
			new FeedbackPolicy().check(form.toAnswer())
				.stream()
				.filter(v -> !result.hasFieldErrors(v.field()))
				.forEach(v -> result.rejectValue(v.field(), v.code()));
		}
		else {
			try {
				feedback.answer(token, form.toAnswer());
				return "redirect:/feedback/thank-you";
			}
			catch (FeedbackRejectedException e) {
				e.violations().forEach(v -> result.rejectValue(v.field(), v.code()));
			}
			catch (SurveyUnavailableException e) {
				return unavailable(e.state(), model, response);
			}
			catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
				// The same link was answered a moment earlier, e.g. by a double click: that answer counts.
				return unavailable(SurveyState.USED, model, response);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return survey(token, model);
	}

	private String survey(String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("caseNumber", feedback.caseNumberOf(token).orElse(null));
		model.addAttribute("scores", new int[] { 1, 2, 3, 4, 5 });
		return "feedback/survey";
	}

	/** A kind page, not an error page: 410 for a link that was good once, 404 for one we never sent. */
	private static String unavailable(SurveyState state, Model model, HttpServletResponse response) {
		response.setStatus(state == SurveyState.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("state", state);
		return "feedback/survey-unavailable";
	}

}
