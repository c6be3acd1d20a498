package uk.aftercare.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.aftercare.shared.ShownDates;

/** Timeline and e-mail wording from messages.properties, in the shop's language (en-GB). */
@Component
class Wording {

	static final Locale LOCALE = Locale.UK;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LOCALE);


	private final MessageSource messages;

	Wording(MessageSource messages) {
		this.messages = messages;
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LOCALE);
	}

	/** The label of an enum value, from the key {@code prefix.NAME}. */
	String label(String prefix, Enum<?> value) {
		return text(prefix + "." + value.name());
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	static String dateTime(Instant instant, ZoneId zone) {
		return ShownDates.MOMENT.withZone(zone).format(instant);
	}

}
