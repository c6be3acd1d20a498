package uk.aftercare.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.aftercare.staff.SignInFailureHandler;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SignInFailureHandler.LAST_USERNAME) != null) {
			model.addAttribute("username", session.getAttribute(SignInFailureHandler.LAST_USERNAME));
			session.removeAttribute(SignInFailureHandler.LAST_USERNAME);
		}
		return "staff/login";
	}

}
