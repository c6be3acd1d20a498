package uk.aftercare.dashboard.web;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.validation.Errors;

import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.FilterText;
import uk.aftercare.classification.CaseType;
import uk.aftercare.dashboard.DashboardFilter;

/**
 * The dashboard's and reports' filters as typed into the address or the form. They are kept as text, so a value that
 * is not a date, a channel or a type comes back in its field with a message beside it, not as an error page.
 */
public class FilterForm {

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
		LocalDate fromDate = FilterText.date("from", from, errors);
		LocalDate toDate = FilterText.date("to", to, errors);
		ContactChannel channelCode = FilterText.code("channel", channel, ContactChannel.values(),
				"filter.channel.invalid", errors);
		CaseType typeCode = FilterText.code("type", type, CaseType.values(), "filter.type.invalid", errors);
		FilterText.endNotBeforeStart(fromDate, toDate, errors);
		return errors.hasErrors() ? Optional.empty()
				: Optional.of(new DashboardFilter(fromDate, toDate, channelCode, typeCode));
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
