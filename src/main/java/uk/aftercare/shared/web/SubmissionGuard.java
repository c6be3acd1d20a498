package uk.aftercare.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Saves each form once: a POST from a signed-in user that carries a form's one-time token ({@link SubmissionTokens})
 * is recorded before its handler runs, with a digest of its values ({@link FormFingerprint}). The same form sent again
 * (a double click, a browser resend) is not handled again: when the first sending redirected, the second is sent to
 * the same place with a message saying it was already saved; or, when it was sent with other values (the browser's
 * back button, some fields changed, sent again), with a warning that those changes were not saved. A double
 * click's second sending usually arrives while the first is still being handled, and the browser shows only the
 * second's answer, so it waits a little for the first (up to {@code aftercare.forms.wait-for-first}); when the first
 * is still not done (or never finished), the second is sent back to the page it came from with a message saying it
 * was already sent. A sending that saves nothing (the form shown again with its errors, an error page) gives its
 * token back, so the corrected form can be sent; a second sending waiting for it then goes on in its place.
 * <p>
 * Not guarded: requests without a token (the API, hand-made requests), answers that are not a page or a redirect
 * ({@code @ResponseBody}, {@code ResponseEntity}: previews, downloads), and requests a page's script makes (browsers
 * say so in {@code Sec-Fetch-Mode}), so that a live preview posting the form's fields never takes the token of the
 * real sending.
 */
final class SubmissionGuard implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(SubmissionGuard.class);

	/** Tokens this application writes are 22 characters; hand-made ones outside this shape are ignored. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	/** The submission this request claimed, for {@link #afterCompletion}. */
	private static final String CLAIMED = SubmissionGuard.class.getName() + ".CLAIMED";

	/** A form's sending: by whom, its token, and what it was sent with. */
	private record Submission(String owner, String token, String fingerprint) {
	}

	/** How often a second sending looks whether the first has finished. */
	private static final Duration LOOK_EVERY = Duration.ofMillis(50);

	private final FormSubmissions submissions;

	private final MessageSource messages;

	private final Duration waitForFirst;

	SubmissionGuard(FormSubmissions submissions, MessageSource messages, Duration waitForFirst) {
		this.submissions = submissions;
		this.messages = messages;
		this.waitForFirst = waitForFirst;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Submission submission = submissionOf(request, handler);
		if (submission == null) {
			return true;
		}
		Optional<FormSubmissions.Earlier> earlier = submissions.claim(submission.owner(), submission.token(),
				submission.fingerprint());
		if (earlier.isPresent() && !earlier.get().finished()) {
			earlier = afterTheFirst(submission);
		}
		if (earlier.isEmpty()) {
			request.setAttribute(CLAIMED, submission);
			return true;
		}
		if (earlier.get().finished() && earlier.get().sentWithOtherValuesThan(submission.fingerprint())) {
			answer(request, response, earlier.get().location(), "warning", "form.submission.changesNotSaved");
		}
		else if (earlier.get().finished()) {
			answer(request, response, earlier.get().location(), "success", "form.submission.alreadySaved");
		}
		else {
			answer(request, response, pageTheFormWasOn(request), "warning", "form.submission.alreadySent");
		}
		return false;
	}

	/**
	 * Waits, a while at most, for the first sending to finish: what became of it, or empty when it gave the token
	 * back and this sending claimed it in its place. (Time from {@link System#nanoTime()}, not the shop's clock, which
	 * tests hold still.)
	 */
	private Optional<FormSubmissions.Earlier> afterTheFirst(Submission submission) {
		long deadline = System.nanoTime() + waitForFirst.toNanos();
		Optional<FormSubmissions.Earlier> earlier = Optional.of(new FormSubmissions.Earlier(null, null));
		while (System.nanoTime() < deadline) {
			try {
				Thread.sleep(LOOK_EVERY.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return earlier;
			}
			earlier = submissions.find(submission.owner(), submission.token());
			if (earlier.isEmpty()) {
				earlier = submissions.claim(submission.owner(), submission.token(), submission.fingerprint());
			}
			if (earlier.isEmpty() || earlier.get().finished()) {
				return earlier;
			}
		}
		return earlier;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(request.getAttribute(CLAIMED) instanceof Submission submission)) {
			return;
		}
		request.removeAttribute(CLAIMED);
		String location = response.getHeader(HttpHeaders.LOCATION);
		try {
			if (ex == null && response.getStatus() / 100 == 3 && location != null
					&& location.length() <= FormSubmissions.LOCATION_LENGTH) {
				submissions.finish(submission.owner(), submission.token(), location);
			}
			else {
				submissions.release(submission.owner(), submission.token());
			}
		}
		catch (DataAccessException e) {
			// The answer has been given; a resend of this form is then told it was already sent.
			log.warn("Could not record how a form {} sent ended: {}", submission.owner(), e.toString());
		}
	}

	/**
	 * The form's token, its sender and what it was sent with, when this request is the sending of a page's form;
	 * otherwise null (and nothing more of the request is read).
	 */
	private static Submission submissionOf(HttpServletRequest request, Object handler) {
		if (!"POST".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST
				|| !answersWithAPage(handler) || madeByAScript(request)) {
			return null;
		}
		String token = request.getParameter(SubmissionTokens.FIELD);
		Principal principal = request.getUserPrincipal();
		if (token == null || principal == null || !TOKEN.matcher(token).matches()) {
			return null;
		}
		return new Submission(principal.getName(), token, FormFingerprint.of(request, token));
	}

	private static boolean answersWithAPage(Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return false;
		}
		return !method.hasMethodAnnotation(ResponseBody.class)
				&& !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
				&& !HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
	}

	/** A fetch from a page's script, not the browser sending a form (which browsers mark "navigate"). */
	private static boolean madeByAScript(HttpServletRequest request) {
		String mode = request.getHeader("Sec-Fetch-Mode");
		return mode != null && !"navigate".equalsIgnoreCase(mode);
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, String location, String kind,
			String code) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put(kind, messages.getMessage(code, null, code, RequestContextUtils.getLocale(request)));
		RequestContextUtils.saveOutputFlashMap(location, request, response);
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, response.encodeRedirectURL(location));
	}

	/** The page the form was on, when the browser says and it is one of ours; otherwise the start page. */
	private static String pageTheFormWasOn(HttpServletRequest request) {
		String home = request.getContextPath() + "/";
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return home;
		}
		try {
			URI page = new URI(referer);
			String path = page.getRawPath();
			if (!request.getScheme().equalsIgnoreCase(page.getScheme())
					|| !request.getServerName().equalsIgnoreCase(page.getHost())
					|| request.getServerPort() != port(page) || path == null || !path.startsWith(home)
					|| path.startsWith("//")) {
				return home;
			}
			return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
		}
		catch (URISyntaxException e) {
			return home;
		}
	}

	private static int port(URI page) {
		if (page.getPort() != -1) {
			return page.getPort();
		}
		return "https".equalsIgnoreCase(page.getScheme()) ? 443 : 80;
	}

}
