package uk.aftercare.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import uk.aftercare.shared.ShownDates;

/**
 * Shows instants in the shop's time zone, en-GB style ("3 Mar 2026, 14:05"), wherever a page writes ${{...}}; and
 * keeps page links cheap (see {@link #noResourceUrlEncoding()}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ZoneId zone;

	WebConfiguration(@Value("${aftercare.zone:Europe/London}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	/**
	 * Spring Boot registers {@link ResourceUrlEncodingFilter} with the resource chain, which passes every link a page
	 * writes to the static resource resolvers to see whether it names a file to version. We version nothing (WebJar
	 * links stay version-less and are resolved when requested), and the look-up is not cached for links that are not
	 * files: it was a third of the CPU of a dashboard with its hundred links to filtered case lists.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		DateTimeFormatter display = ShownDates.MOMENT.withZone(zone);
		registry.addFormatterForFieldType(Instant.class, new Formatter<Instant>() {
			@Override
			public String print(Instant instant, Locale locale) {
				return display.format(instant);
			}

			@Override
			public Instant parse(String text, Locale locale) {
				return Instant.parse(text);
			}
		});
	}

}
