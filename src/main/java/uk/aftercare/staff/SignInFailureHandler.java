package uk.aftercare.staff;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed attempt, keeping the username typed (in the session, not the address,
 * which ends up in logs) so that only the password has to be typed again. A username locked after too many failed
 * sign-ins is told for how many minutes ({@code /login?locked=15}), whether or not it exists.
 */
public final class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	public static final String LAST_USERNAME = SignInFailureHandler.class.getName() + ".username";

	/** Usernames have at most 60 characters; anything longer is not worth keeping. */
	private static final int LONGEST_KEPT = 60;

	SignInFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank() && username.length() <= LONGEST_KEPT) {
			request.getSession().setAttribute(LAST_USERNAME, username.strip());
		}
		if (exception instanceof TooManyFailedSignInsException tooMany) {
			getRedirectStrategy().sendRedirect(request, response, "/login?locked=" + tooMany.minutes());
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
