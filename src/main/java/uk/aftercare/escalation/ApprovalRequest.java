package uk.aftercare.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.InvalidInputException;

/**
 * A request for someone with more authority to decide. Guards its own rules: decided once, never by the person who
 * asked, and only by a manager when the amount is above the supervisor's limit. {@code @Version} makes two
 * supervisors deciding at the same moment end with exactly one decision.
 */
@Entity
@Table(name = "approval_request")
class ApprovalRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ApprovalKind kind;

	@Column(name = "subject_ref", length = 40)
	private String subjectRef;

	@Column(precision = 12, scale = 2)
	private BigDecimal amount;

	@Column(length = 40)
	private String remedy;

	@Column(name = "legal_basis", length = 200)
	private String legalBasis;

	@Column(nullable = false, length = 400)
	private String reasons;

	@Column(nullable = false, length = SUMMARY_LENGTH)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(name = "required_approver", nullable = false, length = 20)
	private EscalationDecision.Approver requiredApprover;

	@Column(nullable = false)
	private boolean urgent;

	@Column(length = 60)
	private String owner;

	@Column(name = "requested_by", nullable = false, length = 60)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	/** Who widened the review with a reason of their own, comma separated; null when nobody did. */
	@Column(name = "widened_by", length = 2000)
	private String widenedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ApprovalStatus status;

	@Column(name = "decided_by", length = 60)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_note", length = 2000)
	private String decisionNote;

	@Version
	private long version;

	/** The summary column's length (V4). */
	static final int SUMMARY_LENGTH = 2000;

	protected ApprovalRequest() {
	}

	ApprovalRequest(NewApproval request, EscalationDecision.Approver requiredApprover, boolean urgent, String owner,
			Instant now) {
		this.caseNumber = request.caseNumber();
		this.kind = request.kind();
		this.subjectRef = request.subjectRef();
		this.amount = request.amount();
		this.remedy = request.remedy();
		this.legalBasis = request.legalBasis();
		this.reasons = request.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
		this.summary = request.summary();
		this.requiredApprover = requiredApprover;
		this.urgent = urgent;
		this.owner = owner;
		this.requestedBy = request.requestedBy();
		this.requestedAt = now;
		this.status = ApprovalStatus.PENDING;
	}

	/** What a refusal without a reason is told, beside its note. */
	static final String REASON_TO_REJECT = "is required to reject: say why it is not approved, for the case and the person who asked";

	/**
	 * Adds the reasons of a later request for the same review (the customer came back with a legal threat while a
	 * safety review waited): the review names them all, takes the later summary, which covers them all, and becomes
	 * urgent if any of them is. Whoever added a reason may not decide it, as the one who asked may not; if they own
	 * it, it needs another owner (see {@link #passTo}).
	 * @return whether anything was added
	 */
	boolean widen(NewApproval later, boolean laterUrgent) {
		Set<String> all = new LinkedHashSet<>(reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(",")));
		boolean question = later.reasons().contains(EscalationReason.STAFF_REQUEST)
				&& !summary.lines().toList().contains(later.summary());
		if (!all.addAll(later.reasons().stream().map(Enum::name).toList()) && !question) {
			return false;
		}
		reasons = String.join(",", all);
		summary = withQuestionsKept(later.summary());
		urgent = urgent || laterUrgent;
		if (!askedBy(later.requestedBy())) {
			widenedBy = widenedBy == null ? later.requestedBy() : widenedBy + "," + later.requestedBy();
		}
		return true;
	}

	/**
	 * The later summary, followed by each question staff asked on the review before ({@link SupervisorRequests}), which
	 * no later summary covers: a supervisor is never left without what they were asked to decide. Within the column's
	 * length, the oldest questions going first; each is also on the case's timeline.
	 */
	private String withQuestionsKept(String later) {
		List<String> lines = new java.util.ArrayList<>(List.of(later));
		summary.lines()
			.filter(l -> l.startsWith(SupervisorRequests.QUESTION) && !lines.contains(l))
			.forEach(lines::add);
		while (lines.size() > 1 && String.join("\n", lines).length() > SUMMARY_LENGTH) {
			lines.remove(lines.size() - 1);
		}
		String joined = String.join("\n", lines);
		return joined.length() > SUMMARY_LENGTH ? joined.substring(0, SUMMARY_LENGTH) : joined;
	}

	/** Everyone who asked for this: the one who requested it, then each who widened it. */
	List<String> askers() {
		List<String> all = new java.util.ArrayList<>(List.of(requestedBy));
		if (widenedBy != null) {
			all.addAll(Arrays.asList(widenedBy.split(",")));
		}
		return all;
	}

	boolean askedBy(String username) {
		return askers().stream().anyMatch(username::equalsIgnoreCase);
	}

	String owner() {
		return owner;
	}

	/**
	 * A new owner, when the one it had may no longer decide it (they asked for part of it, their account was disabled,
	 * or their role no longer decides reviews); null when nobody else can.
	 */
	void passTo(String newOwner) {
		owner = newOwner;
	}

	/**
	 * @param deciderIsManager whether the decider holds the MANAGER role (needed above the supervisor's limit)
	 */
	void decide(Decision decision, String decider, boolean deciderIsManager, String note, Instant now) {
		checkDecider(decider, deciderIsManager);
		if (decision == Decision.REJECT && (note == null || note.isBlank())) {
			// A refusal is explained: the reason goes on the case's timeline, to the requester and, through them,
			// to the customer (a return authorisation is denied with it).
			throw new InvalidInputException("note", REASON_TO_REJECT);
		}
		status = decision == Decision.APPROVE ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
		decidedBy = decider;
		decidedAt = now;
		decisionNote = note == null || note.isBlank() ? null : note.strip();
	}

	/**
	 * Refuses a decider who may not decide this request at all, whatever they would decide: it is decided already,
	 * they asked for it, or it is above their authority.
	 */
	void checkDecider(String decider, boolean deciderIsManager) {
		if (status != ApprovalStatus.PENDING) {
			throw new ConflictException("Already " + status.name().toLowerCase() + " by " + decidedBy + ".");
		}
		String others = requiredApprover == EscalationDecision.Approver.MANAGER ? "another manager"
				: "another supervisor or a manager";
		if (decider.equalsIgnoreCase(requestedBy)) {
			throw new ForbiddenException("You asked for this; " + others + " must decide it.");
		}
		if (askedBy(decider)) {
			throw new ForbiddenException("You added a reason to this review; " + others + " must decide it.");
		}
		if (requiredApprover == EscalationDecision.Approver.MANAGER && !deciderIsManager) {
			throw new ForbiddenException("This amount is above the supervisor's limit; a manager must decide it.");
		}
	}

	ApprovalView toView() {
		List<EscalationReason> codes = reasons.isBlank() ? List.of()
				: Arrays.stream(reasons.split(",")).map(EscalationReason::valueOf).toList();
		return new ApprovalView(id, caseNumber, kind, subjectRef, amount, remedy, legalBasis, codes, summary,
				requiredApprover, urgent, owner, requestedBy, requestedAt, status, decidedBy, decidedAt, decisionNote,
				version, askers().subList(1, askers().size()));
	}

	long getVersion() {
		return version;
	}

}
