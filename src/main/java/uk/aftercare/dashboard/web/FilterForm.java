package uk.aftercare.dashboard.web;

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

import org.springframework.validation.Errors;

import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.classification.CaseType;
import uk.aftercare.dashboard.DashboardFilter;

/**
 * The dashboard's and reports' filters as typed into the address or the form. They are kept as text, so a value that
 * is not a date, a channel or a type comes back in its field with a message beside it, not as an error page.
 */
public class FilterForm {

	/** The earliest and latest years a filter date may name: any case the shop logged lies between them. */
	private static final int FIRST_YEAR = CaseListFilter.EARLIEST.getYear();

	private static final int LAST_YEAR = CaseListFilter.LATEST.getYear();

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

	private String from;

	private String to;

	private String channel;

	private String type;

	/** The form showing these filters (the period the reports completed, for example). */
	static FilterForm of(DashboardFilter filter) {
		FilterForm form = new FilterForm();
		form.from = text(filter.from());
		form.to = text(filter.to());
		form.channel = text(filter.channel());
		form.type = text(filter.type());
		return form;
	}

	/**
	 * The filters these values ask for; empty when one of them is not valid, each such field rejected in
	 * {@code errors} with the value as typed.
	 */
	Optional<DashboardFilter> toFilter(Errors errors) {
		LocalDate fromDate = date("from", from, errors);
		LocalDate toDate = date("to", to, errors);
		ContactChannel channelCode = code("channel", channel, ContactChannel.values(), errors);
		CaseType typeCode = code("type", type, CaseType.values(), errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.rejectValue("to", "filter.to.beforeFrom");
		}
		return errors.hasErrors() ? Optional.empty()
				: Optional.of(new DashboardFilter(fromDate, toDate, channelCode, typeCode));
	}

	private static LocalDate date(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip(), DATE);
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

	private static <E extends Enum<E>> E code(String field, String value, E[] codes, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Optional<E> found = Arrays.stream(codes).filter(c -> c.name().equals(value.strip())).findFirst();
		if (found.isEmpty()) {
			errors.rejectValue(field, "filter." + field + ".invalid", new Object[] { value }, null);
		}
		return found.orElse(null);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

}
