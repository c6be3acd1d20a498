package uk.aftercare.staff;

import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.web.ApiProblems;

/**
 * Two doors: the browser UI (form login, session, CSRF on every form) and the JSON API under /api
 * (stateless, no CSRF; HTTP Basic only to obtain a token, Bearer tokens for everything else).
 * Public so that {@code @WebMvcTest}s in any module can {@code @Import} it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	/** Where a form with a missing or invalid CSRF token is answered; open to all, as the session may have ended. */
	public static final String EXPIRED_FORM_PATH = "/form-expired";

	/**
	 * What a page may load: only the application's own scripts (static/js and the WebJars, never inline script or
	 * handlers), styles (static/css and the WebJars, never a {@code style} attribute or element: scripts such as
	 * Chart.js and Bootstrap's set styles through the DOM, which this allows) and images (Bootstrap draws its icons
	 * as {@code data:} SVGs); no plugins, no other base address, forms sent only here, and no framing.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The API answers JSON, which loads nothing and is framed by nobody. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/**
	 * Chrome shows a PDF in a page of its own around an {@code <embed>} and applies the PDF's policy to that page, so
	 * {@code object-src 'none'} can leave the customer copy and the case record blank (crbug.com/271452). A PDF runs
	 * no script of ours, and X-Frame-Options still keeps it out of other sites' frames.
	 */
	private static final RequestMatcher NOT_A_PDF = request -> !request.getRequestURI().endsWith(".pdf");

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.MANAGER.name()).implies(Role.SUPERVISOR.name())
			.role(Role.SUPERVISOR.name()).implies(Role.STAFF.name())
			.build();
	}

	/** Who is signed in where, so that changing or disabling an account can end its sessions ({@link StaffSessions}). */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends or changes its id, so it does not keep dead sessions. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<ApiTokens> tokens) throws Exception {
		// ApiTokens is looked up only when a bearer token arrives, so web-layer test slices need not provide it.
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, BearerTokenFilter.TOKENS_PATH).authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/approvals/*/decision").hasRole(Role.SUPERVISOR.name())
				.requestMatchers("/api/v1/approvals/**").hasRole(Role.SUPERVISOR.name())
				.anyRequest().hasRole(Role.STAFF.name()))
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				if (ex instanceof TooManyFailedSignInsException tooMany) {
					// A 401 as api.md lists for refused credentials, saying when to try again (RFC 9110 s.10.2.3).
					response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
					BearerTokenFilter.refuse(request, response, BearerTokenFilter.BASIC, tooMany.getMessage());
				}
				else {
					String sent = request.getHeader(HttpHeaders.AUTHORIZATION);
					boolean triedBasic = sent != null && sent.regionMatches(true, 0, "Basic ", 0, 6);
					BearerTokenFilter.refuse(request, response, BearerTokenFilter.BASIC, (triedBasic
							? "The username and password sent were not accepted. " : "")
							+ "Sign in with HTTP Basic to get a token, then send it as a Bearer token.");
				}
			}))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> BearerTokenFilter.refuse(request, response,
						BearerTokenFilter.TOKEN_REQUEST.matches(request) ? BearerTokenFilter.BASIC
								: BearerTokenFilter.BEARER,
						"Missing, expired or unknown credentials."))
				.accessDeniedHandler((request, response, e) -> ApiProblems.write(request, response, HttpStatus.FORBIDDEN,
						"Your role does not allow this.")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	/** Spring Security's strict firewall, saying which header it refused ({@link HeaderNamingFirewall}). */
	@Bean
	HttpFirewall httpFirewall() {
		return new HeaderNamingFirewall(new StrictHttpFirewall());
	}

	/**
	 * The firewall refuses addresses with a ';', an encoded '/' or '.', a '//' and the like before any chain runs, and
	 * a header holding a control character (or UTF-8 text) when it is read. Under /api the client is told which in
	 * problem+json, a header by its name as an invalid field, not with the web error page's "Bad Request."
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			if (!ApiProblems.isApi(request.getRequestURI(), request.getContextPath())) {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			else if (rejected instanceof HeaderNamingFirewall.RejectedHeader header && header.name() != null) {
				ApiProblems.write(request, response, HttpStatus.BAD_REQUEST, "The request has invalid fields.",
						List.of(new FieldProblem(header.name(), ApiProblems.BAD_HEADER)));
			}
			else if (rejected instanceof HeaderNamingFirewall.RejectedHeader) {
				ApiProblems.write(request, response, HttpStatus.BAD_REQUEST,
						"A header of the request " + ApiProblems.BAD_HEADER + "; see api.md.");
			}
			else {
				ApiProblems.write(request, response, HttpStatus.BAD_REQUEST, "The address is not valid: it holds a character or "
						+ "sequence that addresses may not (such as ';', '//' or an encoded '/'); see api.md.");
			}
		};
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
						"/actuator/health/**", "/feedback/**", EXPIRED_FORM_PATH)
				.permitAll()
				.requestMatchers("/admin/**", "/dashboard/**", "/reports/**").hasRole(Role.MANAGER.name())
				.requestMatchers("/approvals/**").hasRole(Role.SUPERVISOR.name())
				.anyRequest().hasRole(Role.STAFF.name()))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.addFilterBefore(new PasswordChange(), AuthorizationFilter.class)
			.exceptionHandling(ex -> ex.accessDeniedHandler(expiredFormOrForbidden()))
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(NOT_A_PDF,
						new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		// Any number of sessions each; registered so that StaffSessions can end them when an account changes.
		http.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
			.maximumSessions(SessionLimit.UNLIMITED)
			.sessionRegistry(sessionRegistry)
			.expiredUrl("/login?changed")));
		return http.build();
	}

	/**
	 * A form whose CSRF token is missing or no longer valid (left open past the session timeout, or sent after
	 * signing out in another tab) is not a refusal of the user's role: it gets a page saying the form expired and
	 * nothing was saved ({@code ExpiredFormController}), still with 403. Every other refusal keeps the 403 page.
	 */
	private static AccessDeniedHandler expiredFormOrForbidden() {
		AccessDeniedHandlerImpl expiredForm = new AccessDeniedHandlerImpl();
		expiredForm.setErrorPage(EXPIRED_FORM_PATH);
		LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
		handlers.put(CsrfException.class, expiredForm);
		return new DelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
	}

}
