package uk.aftercare.followups.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.aftercare.followups.FollowUpService;

/**
 * Puts the signed-in user's overdue follow-up count on every rendered page, for the badge in the menu. Only pages
 * get it (not redirects or the API), and web tests of other modules, which have no follow-up service, simply show
 * no badge.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpNavigation implements WebMvcConfigurer {

	private final ObjectProvider<FollowUpService> followUps;

	FollowUpNavigation(ObjectProvider<FollowUpService> followUps) {
		this.followUps = followUps;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				Principal principal = request.getUserPrincipal();
				FollowUpService service = followUps.getIfAvailable();
				if (view == null || principal == null || service == null || view.getViewName() == null
						|| view.getViewName().startsWith("redirect:")) {
					return;
				}
				view.addObject("overdueFollowUps", service.overdueCount(principal.getName()));
			}
		}).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/feedback/**");
	}

}
