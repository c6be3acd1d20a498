package uk.aftercare.shared.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

import uk.aftercare.shared.ShopClock;

/**
 * Each form is saved once, for every form at once rather than one controller at a time: a one-time token on every
 * form a page sends by POST ({@link SubmissionTokens}) and a guard that handles each token once
 * ({@link SubmissionGuard}). Not a web component of its own, so {@code @WebMvcTest} slices, which have no database,
 * leave it out.
 */
@Configuration(proxyBeanMethods = false)
class FormSubmissionConfiguration {

	/** The name Spring MVC and Thymeleaf look the processor up by; Spring Security registers its CSRF one under it. */
	static final String PROCESSOR_BEAN = "requestDataValueProcessor";

	/**
	 * Wraps Spring Security's processor rather than replacing it (a bean of the same name could not be defined
	 * without allowing overriding), so every form keeps its {@code _csrf} field and gains the token.
	 */
	@Bean
	static BeanPostProcessor submissionTokensOnForms() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return PROCESSOR_BEAN.equals(name) && bean instanceof RequestDataValueProcessor processor
						&& !(bean instanceof SubmissionTokens) ? new SubmissionTokens(processor) : bean;
			}
		};
	}

	@Bean
	FormSubmissions formSubmissions(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			ShopClock clock) {
		return new FormSubmissions(jdbc, transactionManager, clock);
	}

	@Bean
	WebMvcConfigurer submissionGuard(FormSubmissions submissions, MessageSource messages,
			@Value("${aftercare.forms.wait-for-first:PT3S}") Duration waitForFirst) {
		SubmissionGuard guard = new SubmissionGuard(submissions, messages, waitForFirst);
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(guard).excludePathPatterns("/api/**");
			}
		};
	}

}
