package uk.aftercare.cases;

import java.util.Optional;

import org.springframework.validation.Errors;

import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;

/**
 * The case list's filters as typed into the address or the form. They are kept as text, so a value that is not a
 * type, a status, a date or a yes or no comes back in its field with a message beside it, not as an error page (the
 * dashboard's filters work the same way). The case list and its CSV export both bind their parameters to this form
 * (a parameter sent twice keeps its first value, as on every form) and read it with {@link #toFilter}, so an address
 * lists and exports the same cases.
 */
public class CaseListForm {

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

	private String unassigned;

	private String page;

	/**
	 * The filters these values ask for; empty when one of them is not valid, each such field rejected in
	 * {@code errors} (bound to this form) with the value as typed. The assignee is the username as the staff directory
	 * spells it, here and in the form: "/cases?assignee=STAFF2" lists staff2's cases, as the directory finds staff
	 * whatever the case typed, and usernames are stored as the directory spells them. A username nobody has and no
	 * case carries (a typo in an address) is refused beside the field rather than listing no cases; a disabled
	 * account's cases are listed, as a leaver's cases are worth finding, and so are the cases of a username the
	 * directory does not know (an account removed, cases brought in from elsewhere), as the dashboard counts them.
	 */
	public Optional<CaseListFilter> toFilter(Errors errors, StaffDirectory staff, CaseService cases) {
		Optional<CaseListFilter> read = CaseListFilter.read(errors);
		if (read.isEmpty() || read.get().assignee() == null || read.get().isMine() || read.get().isUnassigned()) {
			return read;
		}
		Optional<StaffMember> member = staff.find(read.get().assignee());
		if (member.isEmpty() && cases.anyAssignedTo(read.get().assignee())) {
			return read;
		}
		if (member.isEmpty()) {
			errors.rejectValue("assignee", "case.list.assignee.unknown", new Object[] { assignee }, null);
			return Optional.empty();
		}
		assignee = member.get().username();
		return Optional.of(read.get().withAssignee(assignee));
	}

	/**
	 * The page asked for, counted from 0: anything that is not a page number asks for the first, a number too large
	 * to read for the last there could be.
	 */
	public int pageNumber() {
		String digits = page == null ? "" : page.strip();
		if (!digits.matches("\\d+")) {
			return 0;
		}
		return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}

	/** Whether "my cases" is ticked (not a bean property: the form binds {@code mine} as text). */
	public boolean onlyMine() {
		return FilterText.isYes(mine);
	}

	/** Whether "open only" is ticked. */
	public boolean onlyOpen() {
		return FilterText.isYes(open);
	}

	/** Whether "nobody's" is ticked. */
	public boolean onlyUnassigned() {
		return FilterText.isYes(unassigned);
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

	public String getUnassigned() {
		return unassigned;
	}

	public void setUnassigned(String unassigned) {
		this.unassigned = unassigned;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
