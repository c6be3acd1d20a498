package uk.aftercare.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.validation.Errors;

import uk.aftercare.shared.PlausibleDates;
import uk.aftercare.shared.ShownDates;
import uk.aftercare.shared.web.UkDates;

/**
 * Reads a list filter typed into an address or a form (the case list's, the dashboard's and the reports'). Filters
 * are kept as text, so a value that is not a date or one of the codes offered is rejected in its field with the value
 * as typed, not turned into an error page.
 */
public final class FilterText {

	private static final int FIRST_YEAR = PlausibleDates.EARLIEST.getYear();

	private static final int LAST_YEAR = PlausibleDates.LATEST.getYear();

	/**
	 * Year-month-day as a date picker sends it, with a year of four digits or more (so that 20260-01-01 is told it
	 * is out of range, not that it is no date).
	 */
	private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
		.appendValue(ChronoField.YEAR, 4, 9, SignStyle.NORMAL)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter(Locale.UK)
		.withResolverStyle(ResolverStyle.STRICT);

	/** What a check box or an address may say for yes and no, as Spring reads a boolean. */
	private static final Set<String> YES = Set.of("true", "on", "yes", "1");

	private static final Set<String> NO = Set.of("false", "off", "no", "0");

	private FilterText() {
	}

	/** Whether the text says yes; anything else, blank or not yes or no, says no. */
	public static boolean isYes(String value) {
		return value != null && YES.contains(value.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * Yes or no as the text says it; {@code null} when blank, or when neither, after rejecting {@code field} with
	 * {@code message} and the value as typed.
	 */
	public static Boolean yesOrNo(String field, String value, String message, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String answer = value.strip().toLowerCase(Locale.ROOT);
		if (YES.contains(answer)) {
			return true;
		}
		if (!NO.contains(answer)) {
			errors.rejectValue(field, message, new Object[] { value }, null);
			return null;
		}
		return false;
	}

	/**
	 * The date the text names, as a date picker sends it or as the shop writes one ({@code 31/3/2026}, as the
	 * forms' dates take), in a year from {@link PlausibleDates#EARLIEST} to {@link PlausibleDates#LATEST}
	 * (any case the shop logged lies between them); {@code null} when blank, or when not such a date, after
	 * rejecting {@code field} with {@code filter.date.invalid} or {@code filter.date.outOfRange}.
	 */
	public static LocalDate date(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate typed = UkDates.dayMonthYear(value);
			LocalDate date = typed != null ? typed : LocalDate.parse(value.strip(), DATE);
			if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
				return date;
			}
			errors.rejectValue(field, "filter.date.outOfRange", new Object[] { value, FIRST_YEAR, LAST_YEAR }, null);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "filter.date.invalid", new Object[] { value }, null);
		}
		return null;
	}

	/**
	 * Rejects the end of a period ({@code to}) that is before its start, naming both days, so that whoever typed them
	 * sees which two they were; either day {@code null} (blank or not valid) leaves the period as it is.
	 */
	public static void endNotBeforeStart(LocalDate from, LocalDate to, Errors errors) {
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("to", "filter.to.beforeFrom", new Object[] { day(to), day(from) }, null);
		}
	}

	/** A day as a filter's message names it ("1 Nov 2026"), as the pages write dates. */
	public static String day(LocalDate date) {
		return ShownDates.DAY.format(date);
	}

	/**
	 * The code the text names exactly (its constant's name); {@code null} when blank, or when it names none, after
	 * rejecting {@code field} with {@code message} and the value as typed.
	 */
	public static <E extends Enum<E>> E code(String field, String value, E[] codes, String message, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Optional<E> found = Arrays.stream(codes).filter(c -> c.name().equals(value.strip())).findFirst();
		if (found.isEmpty()) {
			errors.rejectValue(field, message, new Object[] { value }, null);
		}
		return found.orElse(null);
	}

}
