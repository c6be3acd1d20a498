package uk.aftercare.staff;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.aftercare.shared.web.ApiProblems;

/**
 * The API's front door. HTTP Basic is accepted only to get a token ({@code POST /api/v1/tokens}); every other call
 * needs {@code Authorization: Bearer <token>}. A token cannot be used to get another token, so a leaked token dies
 * when it expires. Deliberately not a bean: Spring Boot would register it for every request, not just /api.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	static final String TOKENS_PATH = "/api/v1/tokens";

	static final RequestMatcher TOKEN_REQUEST = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, TOKENS_PATH);

	static final String BEARER = "Bearer";

	static final String BASIC = "Basic";

	private final ObjectProvider<ApiTokens> tokens;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ObjectProvider<ApiTokens> tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (TOKEN_REQUEST.matches(request)) {
			if (hasScheme(authorization, BEARER)) {
				refuse(request, response, BASIC,
						"A token cannot be used to get another token; send your username and password with HTTP Basic.");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (hasScheme(authorization, BASIC)) {
			refuse(request, response, BEARER, "HTTP Basic is accepted only by POST " + TOKENS_PATH
					+ "; send the token you got there as 'Authorization: Bearer <token>'.");
			return;
		}
		if (hasScheme(authorization, BEARER)) {
			TokenCheck check = tokens.getObject().check(authorization.substring(BEARER.length()).strip());
			if (check instanceof TokenCheck.Rejected rejected) {
				refuse(request, response, BEARER, rejected.reason());
				return;
			}
			TokenCheck.Accepted accepted = (TokenCheck.Accepted) check;
			SecurityContext context = contexts.createEmptyContext();
			context.setAuthentication(
					new ApiTokenAuthentication(accepted.tokenId(), accepted.username(), accepted.role(),
							accepted.expiresAt()));
			contexts.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private static boolean hasScheme(String authorization, String scheme) {
		return authorization != null && authorization.length() > scheme.length()
				&& authorization.regionMatches(true, 0, scheme, 0, scheme.length())
				&& authorization.charAt(scheme.length()) == ' ';
	}

	/** A 401 names the credentials it wants in WWW-Authenticate (RFC 9110 s.15.5.2), the scheme with our realm. */
	static void refuse(HttpServletRequest request, HttpServletResponse response, String expectedScheme, String detail)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, expectedScheme + " realm=\"Aftercare\"");
		ApiProblems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

}
