package uk.aftercare.staff.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import uk.aftercare.staff.SecurityConfiguration;

/**
 * The page for a form sent with a missing or invalid CSRF token, forwarded here by the security configuration. It
 * takes any method, since the form's own POST is forwarded as it is.
 */
@Controller
class ExpiredFormController {

	@RequestMapping(SecurityConfiguration.EXPIRED_FORM_PATH)
	String expired(HttpServletRequest request, Model model) {
		String back = pageTheFormWasOn(request);
		model.addAttribute("back", back);
		// A customer's survey needs no staff sign-in link.
		model.addAttribute("survey", back.startsWith("/feedback/"));
		return "staff/form-expired";
	}

	/**
	 * The page the form was on, from the Referer, as a path on this site; only when the Referer names this site's host,
	 * and never a path that would lead elsewhere ({@code //host}). Otherwise the home page.
	 */
	private static String pageTheFormWasOn(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = new URI(referer);
			// The host only: behind a proxy that ends TLS the application sees http and its own port while the
			// browser's Referer says https, and the link is only ever a path on this site anyway.
			boolean sameHost = request.getServerName().equalsIgnoreCase(uri.getHost());
			String path = uri.getRawPath();
			if (!sameHost || path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (URISyntaxException e) {
			return "/";
		}
	}

}
