package uk.aftercare.staff;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A member of staff signed in with a password a manager chose (a new account's first one, or one set after they
 * forgot theirs) is sent to "Change your password" from every page until they have: the manager who chose it must not
 * go on knowing it. Signing in marks the session with {@link #REQUIRED}; changing the password ends the session, and
 * the next sign-in, with the new password, is not marked. The API's token request refuses such a sign-in too.
 */
public final class PasswordChange extends OncePerRequestFilter {

	/** The authority a sign-in carries while its password must be changed. */
	public static final String REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	/** The page where staff change their own password. */
	public static final String PATH = "/account/password";

	/** What stays reachable meanwhile: the page itself, signing out, and what pages need (styles, scripts, errors). */
	private static final List<String> OPEN = List.of(PATH, "/logout", "/login", "/webjars/", "/css/", "/js/",
			"/images/", "/favicon.ico", "/error");

	/** Whether this sign-in must change its password before doing anything else. */
	public static boolean required(Authentication authentication) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> REQUIRED.equals(a.getAuthority()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (required(SecurityContextHolder.getContext().getAuthentication()) && !open(request)) {
			response.sendRedirect(request.getContextPath() + PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
	}

}
