package uk.aftercare.staff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import uk.aftercare.shared.web.ApiProblems;

/**
 * Two doors: the browser UI (form login, session, CSRF on every form) and the JSON API under /api
 * (stateless, no CSRF; HTTP Basic only to obtain a token, Bearer tokens for everything else).
 * Public so that {@code @WebMvcTest}s in any module can {@code @Import} it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

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
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> BearerTokenFilter.refuse(
					response, BearerTokenFilter.BASIC,
					"Sign in with HTTP Basic to get a token, then send it as a Bearer token.")))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> BearerTokenFilter.refuse(response,
						BearerTokenFilter.TOKEN_REQUEST.matches(request) ? BearerTokenFilter.BASIC
								: BearerTokenFilter.BEARER,
						"Missing, expired or unknown credentials."))
				.accessDeniedHandler((request, response, e) -> ApiProblems.write(response, HttpStatus.FORBIDDEN,
						"Your role does not allow this.")));
		return http.build();
	}

	/**
	 * The firewall refuses addresses with a ';', an encoded '/' or '.', a '//' and the like before any chain runs. Under
	 * /api/ the client is told so in problem+json, not with the web error page's "Bad Request."
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				ApiProblems.write(response, HttpStatus.BAD_REQUEST, "The address is not valid: it holds a character or "
						+ "sequence that addresses may not (such as ';', '//' or an encoded '/'); see api.md.");
			}
			else {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
		};
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
						"/actuator/health/**", "/feedback/**")
				.permitAll()
				.requestMatchers("/admin/**", "/dashboard/**", "/reports/**").hasRole(Role.MANAGER.name())
				.requestMatchers("/approvals/**").hasRole(Role.SUPERVISOR.name())
				.anyRequest().hasRole(Role.STAFF.name()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

}
