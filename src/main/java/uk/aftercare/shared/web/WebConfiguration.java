package uk.aftercare.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Shows instants in the shop's time zone, en-GB style ("3 Mar 2026, 14:05"), wherever a page writes ${{...}}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ZoneId zone;

	WebConfiguration(@Value("${aftercare.zone:Europe/London}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		DateTimeFormatter display = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
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
