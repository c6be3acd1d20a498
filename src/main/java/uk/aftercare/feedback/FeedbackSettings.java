package uk.aftercare.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Survey settings ({@code aftercare.feedback.*}).
 *
 * @param surveyValidity how long a survey link can be answered
 * @param baseUrl        the address customers reach Aftercare's public pages at, for the link in the e-mail
 */
@ConfigurationProperties("aftercare.feedback")
public record FeedbackSettings(@DefaultValue("30d") Duration surveyValidity,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	public FeedbackSettings {
		if (surveyValidity == null || surveyValidity.isNegative() || surveyValidity.isZero()) {
			throw new IllegalArgumentException("aftercare.feedback.survey-validity must be positive");
		}
		if (baseUrl == null || !baseUrl.matches("https?://\\S+")) {
			throw new IllegalArgumentException("aftercare.feedback.base-url must be an http(s) address");
		}
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

}
