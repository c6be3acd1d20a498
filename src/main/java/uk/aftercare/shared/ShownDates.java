package uk.aftercare.shared;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages, messages and PDFs write a day and a moment, so each reads like the page around it. A moment needs the
 * shop's zone: {@code ShownDates.MOMENT.withZone(clock.zone())}.
 */
public final class ShownDates {

	/** 3 Nov 2026. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	/** 3 Nov 2026, 14:05. */
	public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private ShownDates() {
	}

}
