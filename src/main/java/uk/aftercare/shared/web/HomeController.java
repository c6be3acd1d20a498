package uk.aftercare.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a member of staff's own open work. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/cases?mine=true";
	}

}
