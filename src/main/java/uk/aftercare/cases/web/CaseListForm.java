package uk.aftercare.cases.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.validation.Errors;

import uk.aftercare.cases.ApprovalState;
import uk.aftercare.cases.CaseAge;
import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.FilterText;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.classification.CaseType;

/**
 * The case list's filters as typed into the address or the form. They are kept as text, so a value that is not a
 * type, a status, a date or a yes or no comes back in its field with a message beside it, not as an error page (the
 * dashboard's filters work the same way).
 */
public class CaseListForm {

	/** Longer searches match nothing (no column searched is wider), and would near the limit of an address. */
	static final int MAX_SEARCH = 200;

	/** What a check box or an address may say for yes and no, as Spring reads a boolean. */
	private static final Set<String> YES = Set.of("true", "on", "yes", "1");

	private static final Set<String> NO = Set.of("false", "off", "no", "0");

	private String q;

	private String type;

	private String status;

	private String assignee;

	private String mine;

	private String channel;

	private String from;

	private String to;

	private String age;

	private String open;

	private String sla;

	private String approval;

	private String page;

	/**
	 * The filters these values ask for; empty when one of them is not valid, each such field rejected in
	 * {@code errors} with the value as typed.
	 */
	Optional<CaseListFilter> toFilter(Errors errors) {
		if (q != null && q.strip().length() > MAX_SEARCH) {
			errors.rejectValue("q", "case.list.q.tooLong", new Object[] { MAX_SEARCH }, null);
		}
		CaseType typeCode = FilterText.code("type", type, CaseType.values(), "filter.type.invalid", errors);
		CaseStatus statusCode = FilterText.code("status", status, CaseStatus.values(), "case.list.status.invalid",
				errors);
		ContactChannel channelCode = FilterText.code("channel", channel, ContactChannel.values(),
				"filter.channel.invalid", errors);
		LocalDate fromDate = FilterText.date("from", from, errors);
		LocalDate toDate = FilterText.date("to", to, errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.rejectValue("to", "filter.to.beforeFrom");
		}
		CaseAge ageCode = FilterText.code("age", age, CaseAge.values(), "case.list.age.invalid", errors);
		SlaFilter slaCode = FilterText.code("sla", sla, SlaFilter.values(), "case.list.sla.invalid", errors);
		ApprovalState approvalCode = FilterText.code("approval", approval, ApprovalState.values(),
				"case.list.approval.invalid", errors);
		Boolean mineFlag = yesOrNo("mine", mine, errors);
		Boolean openFlag = yesOrNo("open", open, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new CaseListFilter(typeCode, statusCode, blankToNull(assignee), mineFlag,
				blankToNull(q), channelCode, fromDate, toDate, ageCode, openFlag, slaCode, approvalCode));
	}

	/**
	 * The page asked for, counted from 0: anything that is not a page number asks for the first, a number too large
	 * to read for the last there could be.
	 */
	int pageNumber() {
		String digits = page == null ? "" : page.strip();
		if (!digits.matches("\\d+")) {
			return 0;
		}
		return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}

	boolean isMine() {
		return mine != null && YES.contains(mine.strip().toLowerCase(Locale.ROOT));
	}

	boolean isOpen() {
		return open != null && YES.contains(open.strip().toLowerCase(Locale.ROOT));
	}

	private static Boolean yesOrNo(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String answer = value.strip().toLowerCase(Locale.ROOT);
		if (YES.contains(answer)) {
			return true;
		}
		if (!NO.contains(answer)) {
			errors.rejectValue(field, "case.list.yesOrNo.invalid", new Object[] { value }, null);
		}
		return false;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getAssignee() {
		return assignee;
	}

	public void setAssignee(String assignee) {
		this.assignee = assignee;
	}

	public String getMine() {
		return mine;
	}

	public void setMine(String mine) {
		this.mine = mine;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
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

	public String getAge() {
		return age;
	}

	public void setAge(String age) {
		this.age = age;
	}

	public String getOpen() {
		return open;
	}

	public void setOpen(String open) {
		this.open = open;
	}

	public String getSla() {
		return sla;
	}

	public void setSla(String sla) {
		this.sla = sla;
	}

	public String getApproval() {
		return approval;
	}

	public void setApproval(String approval) {
		this.approval = approval;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
