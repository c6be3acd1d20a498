package uk.aftercare.shared.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form a page sends by POST a hidden one-time token, {@value #FIELD}, beside the hidden fields of the
 * processor it wraps (Spring Security's, which adds {@code _csrf}). Thymeleaf asks the bean named
 * {@code requestDataValueProcessor} for a form's hidden fields wherever a template writes {@code th:action}; each
 * form gets a fresh token, so two forms on a page, or the same page shown twice, never share one. {@link SubmissionGuard}
 * then saves each token once.
 */
final class SubmissionTokens implements RequestDataValueProcessor {

	/** The hidden field's name. */
	static final String FIELD = "_submission";

	/** Set between a form's action and its hidden fields when the form is sent by POST (as the CSRF processor does). */
	private static final String SENT_BY_POST = SubmissionTokens.class.getName() + ".SENT_BY_POST";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RequestDataValueProcessor delegate;

	SubmissionTokens(RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	/** A new token: 128 random bits, URL-safe. */
	static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		if (httpMethod != null && !"GET".equalsIgnoreCase(httpMethod) && request.getUserPrincipal() != null) {
			request.setAttribute(SENT_BY_POST, Boolean.TRUE);
		}
		else {
			request.removeAttribute(SENT_BY_POST);
		}
		return delegate.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return delegate.processFormFieldValue(request, name, value, type);
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Map<String, String> fields = delegate.getExtraHiddenFields(request);
		if (request.getAttribute(SENT_BY_POST) == null) {
			return fields;
		}
		request.removeAttribute(SENT_BY_POST);
		Map<String, String> withToken = fields == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fields);
		withToken.put(FIELD, newToken());
		return withToken;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return delegate.processUrl(request, url);
	}

}
