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
	 * The page the form was on, from the Referer, as a path on this site; only when the Referer is this site, so the
	 * link can never lead elsewhere. Otherwise the home page.
	 */
	private static String pageTheFormWasOn(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = new URI(referer);
			int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			boolean sameOrigin = request.getScheme().equalsIgnoreCase(uri.getScheme())
					&& request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
			String path = uri.getRawPath();
			if (!sameOrigin || path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (URISyntaxException e) {
			return "/";
		}
	}

}
