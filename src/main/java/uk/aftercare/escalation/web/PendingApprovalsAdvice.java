package uk.aftercare.escalation.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uk.aftercare.escalation.Approvals;

/**
 * Puts the number of pending approvals they can decide on every page a supervisor or manager sees, for the badge in
 * the menu (the queue itself shows every request, marking those only a manager decides). Only
 * rendered pages pay for the count: redirects and API calls do not.
 */
@Component
class PendingApprovalsAdvice implements WebMvcConfigurer, HandlerInterceptor {

	/** Looked up per page, so web test slices without the approvals service still start. */
	private final ObjectProvider<Approvals> approvals;

	PendingApprovalsAdvice(ObjectProvider<Approvals> approvals) {
		this.approvals = approvals;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !view.hasView() || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return;
		}
		boolean manager = auth.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
		if (manager || auth.getAuthorities().stream().anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()))) {
			approvals.ifAvailable(a -> view.addObject("pendingApprovals", a.pendingCountFor(auth.getName(), manager)));
		}
	}

}
