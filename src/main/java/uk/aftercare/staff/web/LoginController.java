package uk.aftercare.staff.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.aftercare.staff.SignInFailureHandler;

@Controller
class LoginController {

	/** Minutes as SignInFailureHandler writes them; anything else in the address is ignored, not shown. */
	private static final Pattern MINUTES = Pattern.compile("[1-9][0-9]{0,5}");

	@GetMapping("/login")
	String login(@RequestParam(name = "locked", required = false) String locked, HttpServletRequest request,
			Model model) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SignInFailureHandler.LAST_USERNAME) != null) {
			model.addAttribute("username", session.getAttribute(SignInFailureHandler.LAST_USERNAME));
			session.removeAttribute(SignInFailureHandler.LAST_USERNAME);
		}
		if (locked != null && MINUTES.matcher(locked).matches()) {
			model.addAttribute("lockedMinutes", Integer.valueOf(locked));
		}
		return "staff/login";
	}

}
