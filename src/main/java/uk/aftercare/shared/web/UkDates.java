package uk.aftercare.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;
import org.springframework.web.bind.WebDataBinder;

/**
 * Days on the forms as staff write them (returns, the returns policy, follow-ups): the UK's day/month/year ({@code 20/10/2026}, {@code 2/11/2026}) as
 * well as the year-month-day a date picker sends ({@code 2026-10-20}). The error messages give a UK example, so it
 * must be one the form takes. A day is shown back as year-month-day, the only form a date box displays.
 */
public final class UkDates implements Formatter<LocalDate> {

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

	/** Strict: 31/02/2026 is no day, and is not read as 3 March. */
	private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
		.withResolverStyle(ResolverStyle.STRICT);

	/** Lets these fields of the binder's form take both. */
	public static void takeBoth(WebDataBinder binder, String... fields) {
		binder.addCustomFormatter(new UkDates(), fields);
	}

	/**
	 * The day a text written as day/month/year names ({@code 20/10/2026}); {@code null} when it is not written that
	 * way, so the caller may read it another way.
	 *
	 * @throws DateTimeParseException when written that way but no day, such as 31/02/2026
	 */
	public static LocalDate dayMonthYear(String text) {
		String day = text.strip();
		return DAY_MONTH_YEAR.matcher(day).matches() ? LocalDate.parse(day, UK) : null;
	}

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		try {
			// Year-month-day exactly as @DateTimeFormat(iso = DATE) reads it, so far-off years still reach the
			// checks that name them "too long ago" rather than "no date".
			LocalDate day = dayMonthYear(text);
			return day != null ? day : LocalDate.parse(text.strip(), DateTimeFormatter.ISO_DATE);
		}
		catch (DateTimeParseException notADay) {
			throw new ParseException("Not a day written as 20/10/2026 or 2026-10-20: " + text, 0);
		}
	}

	@Override
	public String print(LocalDate day, Locale locale) {
		return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
	}

}
