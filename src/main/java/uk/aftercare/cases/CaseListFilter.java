package uk.aftercare.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriUtils;

import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.PlausibleDates;

/**
 * The case list's filters as they appear in its address ({@code /cases?type=RETURN&open=true&age=OVER_7_DAYS...}),
 * so the list, its CSV export and the dashboard's links read and write the same parameters. Dates are the shop's
 * calendar days, {@code to} included.
 */
public record CaseListFilter(CaseType type, CaseStatus status, String assignee, Boolean mine, String q,
		ContactChannel channel, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CaseAge age, Boolean open, SlaFilter sla,
		ApprovalState approval, Boolean unassigned) {

	/** Longer searches match nothing (no column searched is wider), and would near the limit of an address. */
	public static final int MAX_SEARCH = 200;

	/**
	 * The filters typed into the fields that {@code typed} is bound to (the case list's form, or the parameters of an
	 * address such as the export's, as text); empty when one of them is not valid, each such field rejected in
	 * {@code typed} with the value as typed. The list and its export read the same values the same way.
	 */
	public static Optional<CaseListFilter> read(Errors typed) {
		String q = text(typed, "q");
		if (q != null && q.strip().length() > MAX_SEARCH) {
			typed.rejectValue("q", "case.list.q.tooLong", new Object[] { MAX_SEARCH }, null);
		}
		CaseType type = FilterText.code("type", text(typed, "type"), CaseType.values(), "filter.type.invalid", typed);
		CaseStatus status = FilterText.code("status", text(typed, "status"), CaseStatus.values(),
				"case.list.status.invalid", typed);
		ContactChannel channel = FilterText.code("channel", text(typed, "channel"), ContactChannel.values(),
				"filter.channel.invalid", typed);
		LocalDate from = FilterText.date("from", text(typed, "from"), typed);
		LocalDate to = FilterText.date("to", text(typed, "to"), typed);
		FilterText.endNotBeforeStart(from, to, typed);
		CaseAge age = FilterText.code("age", text(typed, "age"), CaseAge.values(), "case.list.age.invalid", typed);
		SlaFilter sla = FilterText.code("sla", text(typed, "sla"), SlaFilter.values(), "case.list.sla.invalid", typed);
		ApprovalState approval = FilterText.code("approval", text(typed, "approval"), ApprovalState.values(),
				"case.list.approval.invalid", typed);
		Boolean mine = FilterText.yesOrNo("mine", text(typed, "mine"), "case.list.yesOrNo.invalid", typed);
		Boolean open = FilterText.yesOrNo("open", text(typed, "open"), "case.list.yesOrNo.invalid", typed);
		Boolean unassigned = FilterText.yesOrNo("unassigned", text(typed, "unassigned"), "case.list.yesOrNo.invalid",
				typed);
		if (Boolean.TRUE.equals(mine) && Boolean.TRUE.equals(unassigned)) {
			typed.rejectValue("unassigned", "case.list.unassigned.mine");
		}
		if (typed.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new CaseListFilter(type, status, blankToNull(text(typed, "assignee")), mine,
				blankToNull(q), channel, from, to, age, open, sla, approval, unassigned));
	}

	private static String text(Errors typed, String field) {
		Object value = typed.getFieldValue(field);
		return value == null ? null : value.toString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public static CaseListFilter none() {
		return new CaseListFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public boolean isMine() {
		return Boolean.TRUE.equals(mine);
	}

	public boolean isOpen() {
		return Boolean.TRUE.equals(open);
	}

	/** Only cases nobody owns; an assignee chosen as well is set aside, as it is for "my cases". */
	public boolean isUnassigned() {
		return Boolean.TRUE.equals(unassigned);
	}

	/** A period that ends before it starts: no case is in it, and the list says why beside the end date. */
	public boolean endsBeforeItStarts() {
		return from != null && to != null && to.isBefore(from);
	}

	/** The query these filters ask for, for {@code currentUser} at {@code now} in the shop's {@code zone}. */
	public CaseQuery toQuery(String currentUser, Instant now, ZoneId zone) {
		CaseQuery query = new CaseQuery(type, status, isMine() ? currentUser : isUnassigned() ? null : assignee, q)
			.withChannel(channel)
			.createdBetween(from == null ? null : within(from).atStartOfDay(zone).toInstant(),
					to == null ? null : within(to).plusDays(1).atStartOfDay(zone).toInstant())
			.aged(age, now)
			.withSla(sla, now)
			.withApprovalState(approval);
		query = isUnassigned() ? query.unassignedOnly() : query;
		return isOpen() ? query.activeOnly() : query;
	}

	/**
	 * The day itself, or the first or last day a case could have been logged on when it lies beyond them: the same
	 * cases, as a time the databases can compare (the day after the last {@code LocalDate} has none, and PostgreSQL's
	 * timestamps start in 4713 BC).
	 */
	public static LocalDate within(LocalDate day) {
		return day.isBefore(PlausibleDates.EARLIEST) ? PlausibleDates.EARLIEST
				: day.isAfter(PlausibleDates.LATEST) ? PlausibleDates.LATEST : day;
	}

	/**
	 * The filters as an encoded query string without a page number (empty when nothing is filtered). Every value is
	 * encoded whole, '+' included: a server reads a query as a form, where a bare '+' is a space, so a search for
	 * "jane+shop@example.com" would come back as "jane shop@example.com".
	 */
	public String toQueryString() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("type", type);
		parameters.put("status", status);
		parameters.put("assignee",
				isMine() || isUnassigned() || assignee == null || assignee.isBlank() ? null : assignee);
		parameters.put("mine", isMine() ? true : null);
		parameters.put("unassigned", isUnassigned() ? true : null);
		parameters.put("q", q == null || q.isBlank() ? null : q);
		parameters.put("channel", channel);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("age", age);
		parameters.put("open", isOpen() ? true : null);
		parameters.put("sla", sla);
		parameters.put("approval", approval);
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, value) -> {
			if (value != null) {
				query.add(name + "=" + UriUtils.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

	public CaseListFilter withSearch(String q) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

	public CaseListFilter withType(CaseType type) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

	public CaseListFilter withStatus(CaseStatus status) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

	public CaseListFilter withAssignee(String assignee) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

	public CaseListFilter withChannel(ContactChannel channel) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

	public CaseListFilter between(LocalDate from, LocalDate to) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

	public CaseListFilter withAge(CaseAge age) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

	public CaseListFilter openOnly() {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, true, sla, approval,
				unassigned);
	}

	public CaseListFilter withSla(SlaFilter sla) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

	/** Only cases nobody owns: the dashboard's "Nobody" row. */
	public CaseListFilter unassignedOnly() {
		return new CaseListFilter(type, status, null, mine, q, channel, from, to, age, open, sla, approval, true);
	}

	public CaseListFilter withApproval(ApprovalState approval) {
		return new CaseListFilter(type, status, assignee, mine, q, channel, from, to, age, open, sla, approval,
				unassigned);
	}

}
