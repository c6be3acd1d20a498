package uk.aftercare.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.aftercare.cases.ApprovalState;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffDisabled;
import uk.aftercare.staff.StaffMember;
import uk.aftercare.staff.StaffRoleChanged;

/**
 * Requests for approval and their decisions: what goes up to a supervisor (or a manager), and what comes back.
 * Every request and decision goes on the case's timeline; a decision is published as {@link ApprovalDecided}.
 */
@Service
public class Approvals {

	// How the timeline words a request and a decision; ApprovalTimelineShapes reads entries by them.
	static final String REFUND_REQUESTED = "Refund approval requested";

	static final String GOODWILL_REQUESTED = "Goodwill exception requested";

	static final String REVIEW_REQUESTED = "Supervisor review requested";

	static final String REVIEW_WIDENED = "Supervisor review widened";

	static final String REVIEW_PASSED_ON = "Supervisor review passed on from";

	static final String REVIEW_UNOWNED = "Supervisor review left without an owner:";

	static final String APPROVED = "Approved";

	static final String REVIEWED = "Reviewed";

	static final String REJECTED = "Rejected";

	private final ApprovalRequestRepository requests;

	private final CaseService cases;

	private final StaffDirectory staff;

	private final ApplicationEventPublisher events;

	private final ShopClock clock;

	private final TransactionTemplate transaction;

	private final EscalationRules rules = new EscalationRules();

	Approvals(ApprovalRequestRepository requests, CaseService cases, StaffDirectory staff,
			ApplicationEventPublisher events, ShopClock clock, PlatformTransactionManager transactionManager) {
		this.requests = requests;
		this.cases = cases;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Puts a request in the queue, or returns the one already pending for the same case, kind and subject. A refund
	 * or goodwill exception makes the case wait for approval; a review gets a supervisor as its owner.
	 */
	@Transactional
	public ApprovalView request(NewApproval request) {
		var pending = requests.findFirstByCaseNumberAndKindAndStatus(request.caseNumber(), request.kind(),
				ApprovalStatus.PENDING);
		boolean urgent = request.reasons().stream().anyMatch(EscalationReason::isUrgent);
		if (pending.isPresent() && Objects.equals(pending.get().toView().subjectRef(), request.subjectRef())) {
			List<EscalationReason> before = pending.get().toView().reasons();
			if (request.kind() == ApprovalKind.REVIEW && pending.get().widen(request, urgent)) {
				// A new reason reaches the supervisor on the review already waiting, not in a second one: on the
				// case, in the queue (urgent first) and by e-mail. An owner who may not decide it (who added the
				// reason, or who can no longer sign in or decide reviews) passes the review on; one without an owner
				// gets one.
				if (!mayDecide(pending.get(), pending.get().owner())) {
					pending.get().passTo(reviewOwner(pending.get().askers()));
				}
				ApprovalView widened = requests.saveAndFlush(pending.get()).toView();
				cases.record(request.caseNumber(), TimelineKind.APPROVAL,
						REVIEW_WIDENED + (widened.owner() == null ? "" : " (owner " + nameOf(widened.owner()) + ")")
								+ ". " + String.join(" ", widened.reasons().stream().map(EscalationReason::explanation)
									.toList()),
						request.requestedBy());
				events.publishEvent(new ApprovalRequested(widened,
						widened.reasons().stream().filter(r -> !before.contains(r)).toList(), request.requestedBy()));
				return widened;
			}
			return pending.get().toView();
		}
		var approver = request.requiredApprover() != null ? request.requiredApprover()
				: rules.approver(request.amount());
		String owner = request.kind() == ApprovalKind.REVIEW ? reviewOwner(List.of(request.requestedBy())) : null;
		ApprovalView saved = requests.save(new ApprovalRequest(request, approver, urgent, owner, clock.now()))
			.toView();
		String summary = describeRequest(saved);
		if (!someoneCanDecide(saved)) {
			// Never their own request: in a shop with one manager, what only a manager may decide waits for a second
			// account. Said on the case at once, not discovered days later in an untouched queue.
			summary += " " + nobodyCanDecide(saved);
		}
		if (request.kind() == ApprovalKind.REVIEW) {
			cases.record(request.caseNumber(), TimelineKind.APPROVAL, summary, request.requestedBy());
		}
		else {
			cases.approvalRequested(request.caseNumber(), summary, request.requestedBy());
		}
		events.publishEvent(new ApprovalRequested(saved));
		return saved;
	}

	/**
	 * A supervisor or manager's account was disabled, in the transaction that disabled it: each open review they own
	 * passes to another supervisor, chosen as a new review's owner is, and the case's timeline says so. A review never
	 * waits unseen with an owner who cannot sign in.
	 */
	@EventListener
	@Transactional
	void on(StaffDisabled disabled) {
		passOnReviewsOf(disabled.username(), "whose account was disabled", disabled.disabledBy());
	}

	/**
	 * A supervisor or manager was given a role that may not decide the reviews they own (a supervisor made Staff): each
	 * passes on, as when they leave. A role that still may decide them (a manager made a supervisor) keeps them.
	 */
	@EventListener
	@Transactional
	void on(StaffRoleChanged changed) {
		String role = switch (changed.role()) {
			case STAFF -> "Staff";
			case SUPERVISOR -> "Supervisor";
			case MANAGER -> "Manager";
		};
		passOnReviewsOf(changed.username(), "whose role is now " + role, changed.changedBy());
	}

	private void passOnReviewsOf(String username, String why, String by) {
		for (ApprovalRequest review : requests.findByOwnerAndStatus(username, ApprovalStatus.PENDING)) {
			if (mayDecide(review, username)) {
				continue;
			}
			String next = reviewOwner(review.askers());
			review.passTo(next);
			requests.flush();
			ApprovalView view = review.toView();
			String from = nameOf(username) + ", " + why;
			String text = next == null ? REVIEW_UNOWNED + " " + from + ", may no longer decide it."
					: REVIEW_PASSED_ON + " " + from + ", to " + nameOf(next) + ".";
			if (!someoneCanDecide(view)) {
				text += " " + nobodyCanDecide(view);
			}
			cases.record(view.caseNumber(), TimelineKind.APPROVAL, text, by);
		}
	}

	/**
	 * Whether {@code username} may decide the review they own: an active supervisor or manager (a manager above the
	 * supervisor's limit) who did not ask for it or widen it. Read from the staff records, so a disabled account or a
	 * role taken away counts at once.
	 */
	private boolean mayDecide(ApprovalRequest review, String username) {
		if (username == null || review.askedBy(username)) {
			return false;
		}
		return staff.withRoleAtLeast(roleToDecide(review.toView())).stream()
			.anyMatch(m -> m.username().equalsIgnoreCase(username));
	}

	private static Role roleToDecide(ApprovalView approval) {
		return approval.requiredApprover() == EscalationDecision.Approver.MANAGER ? Role.MANAGER : Role.SUPERVISOR;
	}

	/**
	 * Refuses, before anything else is said of a decision, a decider who may not decide this request at all.
	 *
	 * @throws uk.aftercare.shared.ForbiddenException when it is their own request, or above their authority
	 * @throws ConflictException                      when it is decided already
	 */
	@Transactional(readOnly = true)
	public void checkDecider(long id, String decider, boolean deciderIsManager) {
		ApprovalRequest request = load(id);
		refuseIfDecided(request.toView());
		request.checkDecider(decider, deciderIsManager);
	}

	/**
	 * Decides a pending request. Exactly one decision stands: a second decider, or one holding a stale
	 * {@code expectedVersion}, gets a {@link ConflictException} naming who decided.
	 * @param expectedVersion the version the decider saw; null only from a caller that guards against stale pages
	 * itself (the return authorisation page checks the RMA's version), never from a form of this module
	 * @throws uk.aftercare.shared.ForbiddenException when deciding one's own request, or above one's authority
	 */
	public ApprovalView decide(long id, Decision decision, String note, Long expectedVersion, String decider,
			boolean deciderIsManager) {
		try {
			return transaction.execute(status -> {
				ApprovalRequest request = load(id);
				if (expectedVersion != null && request.getVersion() != expectedVersion) {
					throw conflict(request.toView());
				}
				refuseIfDecided(request.toView());
				request.decide(decision, decider, deciderIsManager, note, clock.now());
				requests.flush();
				ApprovalView decided = request.toView();
				// A review never held the case (it was only noted on the timeline), and while another refund or
				// goodwill request on the case still waits, the case keeps waiting for that one: only the last
				// decision moves it on.
				if (decided.kind() == ApprovalKind.REVIEW || requests.existsByCaseNumberAndStatusAndKindNot(
						decided.caseNumber(), ApprovalStatus.PENDING, ApprovalKind.REVIEW)) {
					cases.record(decided.caseNumber(), TimelineKind.APPROVAL, describeDecision(decided), decider);
				}
				else {
					cases.approvalDecided(decided.caseNumber(), outcomeOfTheWait(decided), describeDecision(decided),
							decider);
				}
				events.publishEvent(new ApprovalDecided(decided));
				return decided;
			});
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw conflict(get(id));
		}
	}

	/**
	 * How the refund and goodwill requests the case has just stopped waiting for were decided, together: the last one
	 * and every other decided while the case waited without a break (two returns' refunds asked for at once, say).
	 */
	private ApprovalState outcomeOfTheWait(ApprovalView last) {
		List<ApprovalView> decided = requests.findByCaseNumberOrderByRequestedAtDesc(last.caseNumber()).stream()
			.map(ApprovalRequest::toView)
			.filter(r -> r.kind() != ApprovalKind.REVIEW && !r.pending() && !r.id().equals(last.id()))
			.toList();
		List<ApprovalView> waitedFor = new ArrayList<>(List.of(last));
		Instant waitBegan = last.requestedAt();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ApprovalView request : decided) {
				if (!waitedFor.contains(request) && !request.decidedAt().isBefore(waitBegan)) {
					waitedFor.add(request);
					waitBegan = request.requestedAt().isBefore(waitBegan) ? request.requestedAt() : waitBegan;
					grew = true;
				}
			}
		}
		long approved = waitedFor.stream().filter(r -> r.status() == ApprovalStatus.APPROVED).count();
		return approved == waitedFor.size() ? ApprovalState.APPROVED
				: approved == 0 ? ApprovalState.REJECTED : ApprovalState.PARTLY;
	}

	private ConflictException conflict(ApprovalView current) {
		if (!current.pending()) {
			return alreadyDecided(current, "; your decision was not recorded.");
		}
		return new ConflictException("This request changed since you opened it; reload and decide again.");
	}

	/**
	 * Refuses a request decided already before the request refuses it itself: the request knows who decided only by
	 * username, and the API's problem names them as the pages do.
	 */
	private void refuseIfDecided(ApprovalView current) {
		if (!current.pending()) {
			throw alreadyDecided(current, ".");
		}
	}

	/** "Already approved by Sue Supervisor", by display name (the username for an account no longer known). */
	private ConflictException alreadyDecided(ApprovalView decided, String ending) {
		return new ConflictException("Already " + decided.status().name().toLowerCase() + " by "
				+ nameOf(decided.decidedBy()) + ending);
	}

	/**
	 * A member of staff as the pages name them, by display name, or by username for an account no longer known: in
	 * what is said to staff and in the texts the case's timeline keeps ("Approved by Sue Supervisor: …"), whose
	 * actor column keeps the username.
	 */
	private String nameOf(String username) {
		return staff.displayName(username).orElse(username);
	}

	@Transactional(readOnly = true)
	public ApprovalView get(long id) {
		return load(id).toView();
	}

	/**
	 * One page of the requests in a status, read from the database a page at a time (a shop's decided requests run to
	 * tens of thousands): those waiting most urgent first, then oldest first; those decided, the latest first.
	 */
	@Transactional(readOnly = true)
	public Page<ApprovalView> queue(ApprovalStatus status, Pageable page) {
		return (status == ApprovalStatus.PENDING ? requests.findQueue(status, page) : requests.findDecided(status, page))
			.map(ApprovalRequest::toView);
	}

	@Transactional(readOnly = true)
	public List<ApprovalView> forCase(String caseNumber) {
		return requests.findByCaseNumberOrderByRequestedAtDesc(caseNumber).stream().map(ApprovalRequest::toView)
			.toList();
	}

	/** The pending request about one subject (e.g. a return authorisation) on a case, if there is one. */
	@Transactional(readOnly = true)
	public java.util.Optional<ApprovalView> pendingFor(String caseNumber, String subjectRef) {
		return requests.findByCaseNumberOrderByRequestedAtDesc(caseNumber)
			.stream()
			.map(ApprovalRequest::toView)
			.filter(a -> a.pending() && subjectRef.equals(a.subjectRef()))
			.findFirst();
	}

	/**
	 * Whether anyone with an active account may decide this request: a supervisor or manager (a manager above the
	 * supervisor's limit) who did not ask for it or widen it.
	 */
	@Transactional(readOnly = true)
	public boolean someoneCanDecide(ApprovalView approval) {
		return someoneCanDecide(approval, staff.withRoleAtLeast(roleToDecide(approval)));
	}

	/**
	 * Of these requests (a page of the queue), the ids of those nobody may decide yet, as {@link #someoneCanDecide}
	 * says of each, with the accounts read once for them all.
	 */
	public java.util.Set<Long> nobodyToDecide(List<ApprovalView> approvals) {
		List<StaffMember> supervisorsAndManagers = staff.withRoleAtLeast(Role.SUPERVISOR);
		return approvals.stream()
			.filter(a -> !someoneCanDecide(a, supervisorsAndManagers.stream()
				.filter(m -> m.role().compareTo(roleToDecide(a)) >= 0)
				.toList()))
			.map(ApprovalView::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static boolean someoneCanDecide(ApprovalView approval, List<StaffMember> mayDecide) {
		return mayDecide.stream().anyMatch(m -> !approval.askedBy(m.username()));
	}

	/** What the case, the decision page and the return authorisation say when nobody may decide the request yet. */
	public static String nobodyCanDecide(ApprovalView approval) {
		return approval.requiredApprover() == EscalationDecision.Approver.MANAGER
				? "Nobody can decide this yet: no other manager has an active account. A manager adds one under Users."
				: "Nobody can decide this yet: no other supervisor or manager has an active account. A manager adds one under Users.";
	}

	/**
	 * How many refund and goodwill requests on the case still wait for a decision: while any does, the case waits
	 * (reviews never hold it).
	 */
	@Transactional(readOnly = true)
	public long requestsWaiting(String caseNumber) {
		return requests.countByCaseNumberAndStatusAndKindNot(caseNumber, ApprovalStatus.PENDING, ApprovalKind.REVIEW);
	}

	@Transactional(readOnly = true)
	public long pendingCount() {
		return requests.countByStatus(ApprovalStatus.PENDING);
	}

	/**
	 * The pending requests this supervisor or manager can decide: not their own, and not one above a supervisor's
	 * limit unless they are a manager. What the menu's count counts, so it never calls anyone to what they cannot do.
	 */
	@Transactional(readOnly = true)
	public long pendingCountFor(String username, boolean manager) {
		return requests.countDecidableBy(ApprovalStatus.PENDING, username,
				manager ? java.util.EnumSet.allOf(EscalationDecision.Approver.class)
						: java.util.EnumSet.of(EscalationDecision.Approver.SUPERVISOR));
	}

	private ApprovalRequest load(long id) {
		return requests.findById(id).orElseThrow(() -> new NotFoundException("No approval request " + id + "."));
	}

	/**
	 * The supervisor with the fewest open reviews owns the next one; never one who asked, who may not decide it (a
	 * supervisor can raise a review too, or widen one).
	 */
	private String reviewOwner(List<String> askers) {
		java.util.function.Predicate<StaffMember> asked = m -> askers.stream().anyMatch(m.username()::equalsIgnoreCase);
		return staff.withRoleAtLeast(Role.SUPERVISOR)
			.stream()
			.filter(m -> m.role() == Role.SUPERVISOR && !asked.test(m))
			.min(Comparator.comparingLong((StaffMember m) -> requests.countByOwnerAndStatus(m.username(),
					ApprovalStatus.PENDING)).thenComparing(StaffMember::username))
			.or(() -> staff.withRoleAtLeast(Role.MANAGER)
				.stream()
				.filter(asked.negate())
				.findFirst())
			.map(StaffMember::username)
			.orElse(null);
	}

	private String describeRequest(ApprovalView a) {
		StringBuilder text = new StringBuilder();
		text.append(switch (a.kind()) {
			case REFUND -> REFUND_REQUESTED;
			case GOODWILL_EXCEPTION -> GOODWILL_REQUESTED;
			case REVIEW -> REVIEW_REQUESTED;
		});
		if (a.amount() != null) {
			text.append(String.format(java.util.Locale.UK, " for £%,.2f", a.amount()));
		}
		text.append(" (").append(a.requiredApprover().name().toLowerCase()).append(" to decide");
		if (a.owner() != null) {
			text.append(", owner ").append(nameOf(a.owner()));
		}
		text.append("). ");
		text.append(String.join(" ", a.reasons().stream().map(EscalationReason::explanation).toList()));
		return text.toString().strip();
	}

	private String describeDecision(ApprovalView a) {
		String verb = a.status() == ApprovalStatus.APPROVED ? (a.kind() == ApprovalKind.REVIEW ? REVIEWED : APPROVED)
				: REJECTED;
		return verb + " by " + nameOf(a.decidedBy()) + (a.decisionNote() == null ? "." : ": " + a.decisionNote());
	}

}
