package uk.aftercare.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The days Aftercare takes as real: no purchase, delivery, case or filter lies before {@link #EARLIEST}, and none
 * after {@link #LATEST}. An older date is a typing mistake (year 0000, or -999999999) that would otherwise be shown
 * or explained as a real one.
 */
public final class PlausibleDates {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private PlausibleDates() {
	}

	/**
	 * The day written as YYYY-MM-DD, as the API takes it: four digits of year and a day the calendar has ("2026-02-30"
	 * is none); empty for any other text. It says nothing of the day's range.
	 */
	public static Optional<LocalDate> parseIsoDay(String text) {
		if (text == null || !ISO_SHAPE.matcher(text).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text, ISO_DAY));
		}
		catch (DateTimeParseException notARealDay) {
			return Optional.empty();
		}
	}

}
