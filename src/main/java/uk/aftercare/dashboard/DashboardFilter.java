package uk.aftercare.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.StringJoiner;

import org.springframework.web.util.UriUtils;

import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.classification.CaseType;

/**
 * The dashboard's and reports' filters: when the case was logged (shop calendar days, {@code to} included), its
 * channel and its type. Every figure is computed with them and links to the case list with them. (As typed into a
 * page, they are read and checked by the web layer's {@code FilterForm}.)
 */
public record DashboardFilter(LocalDate from, LocalDate to, ContactChannel channel, CaseType type) {

	public static DashboardFilter none() {
		return new DashboardFilter(null, null, null, null);
	}

	Instant createdFrom(ZoneId zone) {
		return from == null ? null : from.atStartOfDay(zone).toInstant();
	}

	Instant createdBefore(ZoneId zone) {
		return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The case list showing the cases these filters count. */
	public CaseListFilter caseList() {
		return CaseListFilter.none().withType(type).withChannel(channel).between(from, to);
	}

	/**
	 * These filters as an encoded query string for the dashboard's own lists (empty when nothing is filtered), as
	 * its filter form sends them.
	 */
	public String toQueryString() {
		StringJoiner query = new StringJoiner("&");
		add(query, "from", from);
		add(query, "to", to);
		add(query, "channel", channel);
		add(query, "type", type);
		return query.toString();
	}

	private static void add(StringJoiner query, String name, Object value) {
		if (value != null) {
			query.add(name + "=" + UriUtils.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

	public boolean isFiltered() {
		return from != null || to != null || channel != null || type != null;
	}

}
