package uk.aftercare.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OptimisticLock;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.shared.JdbcRows;

/**
 * One after-sale interaction and everything done about it. The aggregate guards its own state: status changes go
 * through named transitions that refuse illegal moves, and every change is written to the append-only timeline.
 */
@Entity
// An update writes only the columns that changed: a note (the time it moved "last updated" to) can then never write
// back the rest of the row as this transaction read it over a colleague's change committed meanwhile.
@DynamicUpdate
@Table(name = "service_case")
class ServiceCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Never changes; a natural id, so a case already loaded in this transaction is found again without a query. */
	@NaturalId
	@Column(name = "case_number", nullable = false, unique = true, length = 20)
	private String caseNumber;

	@Column(name = "customer_id", nullable = false)
	private Long customerId;

	@Column(name = "customer_name", nullable = false, length = 120)
	private String customerName;

	/** Lower-cased name, for prefix search with a plain index. */
	@Column(name = "customer_name_key", nullable = false, length = SearchKeys.NAME_KEY_LENGTH)
	private String customerNameKey;

	/** The last word of the lower-cased name, so a search for a surname is an indexed prefix lookup too. */
	@Column(name = "customer_surname_key", length = SearchKeys.NAME_KEY_LENGTH)
	private String customerSurnameKey;

	@Column(name = "customer_email", length = 200)
	private String customerEmail;

	@Column(name = "customer_phone", length = 30)
	private String customerPhone;

	@Column(name = "customer_phone_key", length = ContactDetails.PHONE_KEY_LENGTH)
	private String customerPhoneKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ContactChannel channel;

	@Column(name = "order_reference", length = 60)
	private String orderReference;

	@Column(length = 200)
	private String product;

	@Column(nullable = false, length = 5000)
	private String description;

	@Column(name = "vulnerable_customer", nullable = false)
	private boolean vulnerableCustomer;

	@Enumerated(EnumType.STRING)
	@Column(name = "suggested_type", nullable = false, length = 20)
	private CaseType suggestedType;

	@Column(name = "suggestion_confidence", nullable = false)
	private double suggestionConfidence;

	@Column(name = "suggestion_evidence", length = 500)
	private String suggestionEvidence;

	@Convert(converter = FlagsConverter.class)
	@Column(length = 200)
	private Set<Flag> flags = EnumSet.noneOf(Flag.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CaseType type;

	@Column(name = "type_overridden", nullable = false)
	private boolean typeOverridden;

	@Column(name = "type_confirmed_by", nullable = false, length = 60)
	private String typeConfirmedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Priority priority;

	@Column(length = 60)
	private String assignee;

	@Column(name = "created_by", nullable = false, length = 60)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Moved by every timeline entry, which does not bump the version (see {@code timeline}), so neither does this. */
	@Column(name = "updated_at", nullable = false)
	@OptimisticLock(excluded = true)
	private Instant updatedAt;

	/**
	 * Who made the change that last moved the version (a username, or "system"): set with every such change and never
	 * with a timeline entry alone, so that someone whose change clashes with it is told whose it was. Null on a case
	 * last changed before it was kept.
	 */
	@Column(name = "updated_by", length = 60)
	private String updatedBy;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	/** Contacts from the customer about this case, the opening one included. */
	@Column(name = "customer_contacts", nullable = false)
	private int customerContacts;

	@Column(nullable = false)
	private boolean escalated;

	@Column(name = "escalation_reasons", length = 400)
	private String escalationReasons;

	@Enumerated(EnumType.STRING)
	@Column(name = "approval_state", length = 10)
	private ApprovalState approvalState;

	@Column(name = "response_due_at")
	private Instant responseDueAt;

	@Column(name = "resolution_due_at")
	private Instant resolutionDueAt;

	@Column(name = "first_response_at")
	private Instant firstResponseAt;

	/** Set while the case waits for the customer: the SLA clock is paused. */
	@Column(name = "awaiting_customer_since")
	private Instant awaitingCustomerSince;

	@Column(name = "sla_breached", nullable = false)
	private boolean slaBreached;

	/**
	 * Entries are only ever appended, and two appends never conflict, so adding one does not bump the case's version:
	 * an entry written by another module (an acknowledgement, a follow-up) inserts its row and leaves the case row
	 * alone. Changes to the case's own fields still do.
	 */
	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	@OrderBy("occurredAt asc, id asc")
	@OptimisticLock(excluded = true)
	private List<CaseEvent> timeline = new ArrayList<>();

	@Version
	private long version;

	/**
	 * When the customer's record was erased, read with the case (null while their data is held): see
	 * {@link #personalDataErasedAt()}. The one column of another module's table the case reads, as
	 * {@link CustomerCases} does to find erased customers' cases.
	 */
	@Formula("(select c.erased_at from customer c where c.id = customer_id)")
	private Instant customerErasedAt;

	protected ServiceCase() {
	}

	ServiceCase(String caseNumber, OpenCaseCommand command, Long customerId, Suggestion suggestion, String actor,
			Instant now) {
		this.caseNumber = caseNumber;
		this.customerId = customerId;
		this.customerName = command.customer().name();
		this.customerNameKey = SearchKeys.nameKey(customerName);
		this.customerSurnameKey = SearchKeys.surnameKey(customerName);
		this.customerEmail = command.customer().email();
		this.customerPhone = command.customer().phone();
		this.customerPhoneKey = ContactDetails.phoneKey(customerPhone);
		this.channel = command.channel();
		this.orderReference = command.orderReference();
		this.product = command.product();
		this.description = command.description();
		this.vulnerableCustomer = command.vulnerableCustomer();
		this.suggestedType = suggestion.type();
		this.suggestionConfidence = suggestion.confidence();
		this.suggestionEvidence = String.join(", ", suggestion.evidence());
		this.flags = suggestion.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(suggestion.flags());
		this.type = command.type() == null ? suggestion.type() : command.type();
		this.typeOverridden = this.type != suggestion.type();
		this.typeConfirmedBy = actor;
		this.status = CaseStatus.OPEN;
		this.priority = initialPriority();
		this.assignee = actor;
		this.createdBy = actor;
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedBy = actor;
		this.customerContacts = 1;
		record(now, actor, TimelineKind.OPENED, channel, ContactDirection.FROM_CUSTOMER, description);
		if (typeOverridden) {
			record(now, actor, TimelineKind.TYPE_OVERRIDDEN, TimelineSummaries.typeOverridden(suggestion.type(), type));
		}
		else {
			record(now, actor, TimelineKind.TYPE_CONFIRMED, TimelineSummaries.typeConfirmed(type));
		}
	}

	private Priority initialPriority() {
		if (flags.contains(Flag.SAFETY_CONCERN)) {
			return Priority.URGENT;
		}
		if (vulnerableCustomer || flags.contains(Flag.LEGAL_THREAT) || flags.contains(Flag.VULNERABLE_CUSTOMER)
				|| flags.contains(Flag.SOCIAL_MEDIA_THREAT)) {
			return Priority.HIGH;
		}
		return type == CaseType.QUERY ? Priority.LOW : Priority.NORMAL;
	}

	/** A move staff chose (see {@link CaseStatus#nextStatusesByHand()}). */
	void moveByHand(CaseStatus target, String reason, String actor, Instant now) {
		if (!status.nextStatusesByHand().contains(target)) {
			throw new IllegalTransitionException(status, target);
		}
		moveTo(target, reason, actor, now);
	}

	void moveTo(CaseStatus target, String reason, String actor, Instant now) {
		if (!status.canMoveTo(target)) {
			throw new IllegalTransitionException(status, target);
		}
		if (approvalState == ApprovalState.PENDING && !status.nextStatusesWhileApprovalPending().contains(target)) {
			throw new ApprovalPendingException(caseNumber, target);
		}
		CaseStatus from = status;
		status = target;
		updatedBy = actor;
		pauseOrResumeSla(from, target, now);
		if (target == CaseStatus.RESOLVED && firstResponseAt == null) {
			firstResponseAt = now;
		}
		if (target == CaseStatus.RESOLVED) {
			resolvedAt = now;
		}
		if (target == CaseStatus.CLOSED) {
			closedAt = now;
		}
		if (target == CaseStatus.REOPENED) {
			resolvedAt = null;
			closedAt = null;
		}
		record(now, actor, TimelineKind.STATUS_CHANGED, TimelineSummaries.statusChanged(from, target, reason));
	}

	/**
	 * A contact with the customer. The customer's reply to a case waiting for them ends the wait: the case is in
	 * progress again and its clocks run, moved on by the time waited (unless a decision it waits for keeps it where it
	 * is). Without it the clocks stayed stopped until someone remembered to move the case by hand.
	 */
	void recordContact(ContactChannel channel, ContactDirection direction, String summary, String actor, Instant now) {
		if (direction == ContactDirection.FROM_CUSTOMER) {
			customerContacts++;
			updatedBy = actor;
		}
		else {
			respondedToCustomer(now, actor);
		}
		record(now, actor, TimelineKind.CONTACT, channel, direction, summary);
		if (direction == ContactDirection.FROM_CUSTOMER && status == CaseStatus.AWAITING_CUSTOMER
				&& (approvalState != ApprovalState.PENDING
						|| status.nextStatusesWhileApprovalPending().contains(CaseStatus.IN_PROGRESS))) {
			moveTo(CaseStatus.IN_PROGRESS, TimelineSummaries.CUSTOMER_REPLIED, actor, now);
		}
	}

	/**
	 * Staff reached the customer at {@code at} (a contact to them, an e-mail the SMTP server took, a letter issued):
	 * the case's first response, unless it already had one.
	 */
	void respondedToCustomer(Instant at, String actor) {
		if (firstResponseAt == null) {
			firstResponseAt = at;
			updatedBy = actor;
		}
	}

	/**
	 * Adds the flags found in what the customer said in a later contact to those of the case, and says which on the
	 * timeline; flags are never taken away.
	 */
	void flagFromContact(Set<Flag> found, String actor, Instant now) {
		Set<Flag> added = EnumSet.noneOf(Flag.class);
		added.addAll(found);
		added.removeAll(flags);
		if (!added.isEmpty()) {
			// A new set, not the one loaded changed in place, so that the change is seen and written.
			Set<Flag> all = EnumSet.copyOf(added);
			all.addAll(flags);
			flags = all;
			updatedBy = actor;
			record(now, actor, TimelineKind.FLAGGED, "Found in the customer's contact: "
					+ String.join(", ", added.stream().map(ServiceCase::label).toList()) + ".");
		}
	}

	/**
	 * Staff mark the customer as vulnerable after the case was logged (they said so on a later call, or staff saw the
	 * signs), as the tick on the logging form does; said on the timeline. Never taken away, as flags are not.
	 * @return whether it changed: false when the case had it already
	 */
	boolean markVulnerable(String actor, Instant now) {
		if (vulnerableCustomer) {
			return false;
		}
		vulnerableCustomer = true;
		updatedBy = actor;
		record(now, actor, TimelineKind.FLAGGED, MARKED_VULNERABLE);
		return true;
	}

	/** The timeline's words for {@link #markVulnerable}: the shop's own, kept when the customer's data is erased. */
	static final String MARKED_VULNERABLE = "Marked by staff: Vulnerable customer.";

	void addNote(String note, String actor, Instant now) {
		record(now, actor, TimelineKind.NOTE, note);
	}

	/**
	 * Owner, priority and type, as staff set them on the case page. A closed case keeps them: its type counts in the
	 * reports and decides its closing checklist, so it is reopened first.
	 *
	 * @param names how the timeline names a member of staff by username (their display name)
	 */
	void updateDetails(String newAssignee, Priority newPriority, CaseType newType, String actor, Instant now,
			UnaryOperator<String> names) {
		assignTo(newAssignee, actor, now, names);
		changePriority(newPriority, actor, now);
		changeType(newType, actor, now);
	}

	private void refuseChangesOnceClosed() {
		if (status == CaseStatus.CLOSED) {
			throw new CaseClosedException(caseNumber);
		}
	}

	/**
	 * The timeline names the owners as the pages do, "Assigned from Sam Staff to Priya Patel.": it is read by staff
	 * and printed in the case record. The {@code assignee} column keeps the username, which the filters use.
	 */
	void assignTo(String newAssignee, String actor, Instant now, UnaryOperator<String> names) {
		if (newAssignee.equals(assignee)) {
			return;
		}
		refuseChangesOnceClosed();
		String from = assignee == null ? "nobody" : names.apply(assignee);
		assignee = newAssignee;
		updatedBy = actor;
		record(now, actor, TimelineKind.ASSIGNED, "Assigned from " + from + " to " + names.apply(newAssignee) + ".");
	}

	void changePriority(Priority newPriority, String actor, Instant now) {
		if (newPriority == priority) {
			return;
		}
		refuseChangesOnceClosed();
		setPriority(newPriority, actor, now);
	}

	/** Every change of priority, by staff or by an escalation, goes on the timeline in the same words. */
	private void setPriority(Priority newPriority, String actor, Instant now) {
		record(now, actor, TimelineKind.PRIORITY_CHANGED,
				"Priority " + label(priority) + " → " + label(newPriority) + ".");
		priority = newPriority;
		updatedBy = actor;
	}

	void changeType(CaseType newType, String actor, Instant now) {
		if (newType == type) {
			return;
		}
		refuseChangesOnceClosed();
		record(now, actor, TimelineKind.TYPE_OVERRIDDEN, "Type " + label(type) + " → " + label(newType)
				+ " (suggested " + label(suggestedType) + ").");
		type = newType;
		typeOverridden = type != suggestedType;
		typeConfirmedBy = actor;
		updatedBy = actor;
	}

	/**
	 * Records why the case needs someone with more authority, raising the priority to {@code atLeast}; the raise goes
	 * on the timeline after the escalation, as a change of priority by staff does.
	 */
	void escalate(Set<String> reasons, String explanation, Priority atLeast, String actor, Instant now) {
		Set<String> all = new LinkedHashSet<>(escalationReasons());
		if (all.containsAll(reasons) && escalated) {
			return;
		}
		all.addAll(reasons);
		escalated = true;
		escalationReasons = String.join(",", all);
		updatedBy = actor;
		record(now, actor, TimelineKind.ESCALATED, explanation);
		if (atLeast.compareTo(priority) > 0) {
			setPriority(atLeast, actor, now);
		}
	}

	/** Starts the SLA clocks: both targets run from when the case was logged. */
	void setSlaTargets(Duration firstResponse, Duration resolution) {
		responseDueAt = createdAt.plus(firstResponse);
		resolutionDueAt = createdAt.plus(resolution);
	}

	/**
	 * New targets, when the case's priority or type changes and its targets with it: counted from when the case was
	 * logged, plus the time it has waited for the customer (a wait still running is added when it ends). Worked out
	 * afresh, not by moving the old due times, which were set from the old targets as they were then: a manager may
	 * have changed them since. A first response already given keeps its target; a case logged without targets gets
	 * none.
	 */
	void retarget(Duration firstResponse, Duration resolution) {
		Duration waited = timeWaitedForCustomer();
		if (responseDueAt != null && firstResponseAt == null) {
			responseDueAt = createdAt.plus(firstResponse).plus(waited);
		}
		if (resolutionDueAt != null) {
			resolutionDueAt = createdAt.plus(resolution).plus(waited);
		}
	}

	/**
	 * The waits for the customer that have ended, which moved the targets on when they ended
	 * ({@link #pauseOrResumeSla}): read from the moves of status on the timeline, each with its time.
	 */
	Duration timeWaitedForCustomer() {
		Duration waited = Duration.ZERO;
		Instant since = null;
		for (CaseEvent event : timeline) {
			TimelineEntry entry = event.toEntry();
			TimelineSummaries.StatusMove move = entry.kind() == TimelineKind.STATUS_CHANGED
					? TimelineSummaries.statusMove(entry.summary()) : null;
			if (move == null) {
				continue;
			}
			if (move.to() == CaseStatus.AWAITING_CUSTOMER) {
				since = entry.occurredAt();
			}
			else if (move.from() == CaseStatus.AWAITING_CUSTOMER && since != null) {
				waited = waited.plus(Duration.between(since, entry.occurredAt()));
				since = null;
			}
		}
		return waited;
	}

	/** While the case waits for the customer the clocks stop; on resuming, the targets move by the time waited. */
	private void pauseOrResumeSla(CaseStatus from, CaseStatus to, Instant now) {
		if (to == CaseStatus.AWAITING_CUSTOMER) {
			awaitingCustomerSince = now;
		}
		else if (from == CaseStatus.AWAITING_CUSTOMER && awaitingCustomerSince != null) {
			Duration waited = Duration.between(awaitingCustomerSince, now);
			responseDueAt = responseDueAt == null ? null : responseDueAt.plus(waited);
			resolutionDueAt = resolutionDueAt == null ? null : resolutionDueAt.plus(waited);
			awaitingCustomerSince = null;
		}
	}

	/** Which target the case has missed at {@code now}, if any (none while paused or once resolved). */
	String missedTarget(Instant now) {
		if (slaBreached || !CaseStatus.SLA_CLOCK_RUNS.contains(status)) {
			return null;
		}
		if (firstResponseAt == null && responseDueAt != null && now.isAfter(responseDueAt)) {
			return "first response";
		}
		if (resolutionDueAt != null && now.isAfter(resolutionDueAt)) {
			return "resolution";
		}
		return null;
	}

	void markSlaBreached(String target, String actor, Instant now) {
		if (!slaBreached) {
			slaBreached = true;
			updatedBy = actor;
			record(now, actor, TimelineKind.SLA_BREACHED, "Missed its " + target + " target.");
		}
	}

	/** Someone with more authority must decide; the case waits for them if its lifecycle allows. */
	void approvalRequested(String summary, String actor, Instant now) {
		approvalState = ApprovalState.PENDING;
		updatedBy = actor;
		record(now, actor, TimelineKind.APPROVAL, summary);
		if (status.canMoveTo(CaseStatus.AWAITING_APPROVAL)) {
			moveTo(CaseStatus.AWAITING_APPROVAL, null, actor, now);
		}
	}

	/**
	 * The last decision the case waited for came back: recorded, shown to the requester, and the case moves on.
	 * @param outcome how the requests it waited for were decided, together
	 */
	void approvalDecided(ApprovalState outcome, String summary, String actor, Instant now) {
		if (outcome == ApprovalState.PENDING) {
			throw new IllegalArgumentException("A decision cannot leave the case waiting");
		}
		approvalState = outcome;
		updatedBy = actor;
		record(now, actor, TimelineKind.APPROVAL, summary);
		if (status == CaseStatus.AWAITING_APPROVAL) {
			moveTo(CaseStatus.IN_PROGRESS, switch (outcome) {
				case APPROVED -> TimelineSummaries.APPROVED;
				case PARTLY -> TimelineSummaries.PARTLY_APPROVED;
				default -> TimelineSummaries.NOT_APPROVED;
			}, actor, now);
		}
	}

	/** A code as the timeline reads it: AWAITING_CUSTOMER becomes "Awaiting customer". */
	static String label(Enum<?> code) {
		return TimelineSummaries.label(code);
	}

	/** An entry another module asks for (a return authorisation step, an approval, a follow-up...). */
	void recordEntry(TimelineKind kind, String summary, String actor, Instant now) {
		record(now, actor, kind, summary);
	}

	private void record(Instant now, String actor, TimelineKind kind, String summary) {
		record(now, actor, kind, null, null, summary);
	}

	private void record(Instant now, String actor, TimelineKind kind, ContactChannel channel,
			ContactDirection direction, String summary) {
		timeline.add(new CaseEvent(now, actor, kind, channel, direction, summary));
		updatedAt = now;
	}

	/**
	 * The columns of {@code service_case} other than {@code id}, in the order of {@link #rowValues()}: what
	 * {@link NewCases} writes for a case logged in this transaction. {@code CaseRepositoryContract} checks the list
	 * against the table, so a column added by a migration cannot be left out.
	 */
	private static final FlagsConverter FLAGS = new FlagsConverter();

	static final List<String> COLUMNS = List.of("case_number", "customer_id", "customer_name", "customer_name_key",
			"customer_surname_key", "customer_email", "customer_phone", "customer_phone_key", "channel",
			"order_reference", "product", "description", "vulnerable_customer", "suggested_type",
			"suggestion_confidence", "suggestion_evidence", "flags", "type", "type_overridden", "type_confirmed_by",
			"status", "priority", "assignee", "created_by", "created_at", "updated_at", "updated_by",
			"resolved_at", "closed_at",
			"customer_contacts", "escalated", "escalation_reasons", "approval_state", "response_due_at",
			"resolution_due_at", "first_response_at", "awaiting_customer_since", "sla_breached", "version");

	/** This case's values for {@link #COLUMNS}, as JDBC takes them. */
	List<Object> rowValues() {
		return java.util.Arrays.asList(caseNumber, customerId, customerName, customerNameKey, customerSurnameKey,
				customerEmail, customerPhone, customerPhoneKey, JdbcRows.name(channel), orderReference, product,
				description, vulnerableCustomer, JdbcRows.name(suggestedType), suggestionConfidence,
				suggestionEvidence, FLAGS.convertToDatabaseColumn(flags), JdbcRows.name(type),
				typeOverridden, typeConfirmedBy, JdbcRows.name(status), JdbcRows.name(priority), assignee, createdBy,
				JdbcRows.utc(createdAt), JdbcRows.utc(updatedAt), updatedBy, JdbcRows.utc(resolvedAt),
				JdbcRows.utc(closedAt),
				customerContacts, escalated, escalationReasons, JdbcRows.name(approvalState),
				JdbcRows.utc(responseDueAt), JdbcRows.utc(resolutionDueAt), JdbcRows.utc(firstResponseAt),
				JdbcRows.utc(awaitingCustomerSince), slaBreached, version);
	}

	/** The timeline as it stands, oldest first, for {@link NewCases} to write what it has not yet written. */
	List<CaseEvent> timelineEntries() {
		return Collections.unmodifiableList(timeline);
	}

	/** The id the database gave the row {@link NewCases} inserted. */
	void assignId(long id) {
		this.id = id;
	}

	/**
	 * When this case's personal data was erased with its customer's (UK GDPR art. 17), or null while it is held. Such a
	 * case is archived: nothing more may be written on it ({@link CaseArchivedException}), since nothing would erase it
	 * again. A case logged for the customer at the very moment of the erasure still names them, and is no such case:
	 * the retention check gives it a record of its own.
	 */
	Instant personalDataErasedAt() {
		return customerErasedAt != null && PersonalDataHolder.ERASED_NAME.equals(customerName) ? customerErasedAt
				: null;
	}

	List<String> escalationReasons() {
		return escalationReasons == null || escalationReasons.isBlank() ? List.of()
				: List.of(escalationReasons.split(","));
	}

	Long getId() {
		return id;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	Long getCustomerId() {
		return customerId;
	}

	CaseStatus getStatus() {
		return status;
	}

	CaseType getType() {
		return type;
	}

	Priority getPriority() {
		return priority;
	}

	Set<Flag> getFlags() {
		return Collections.unmodifiableSet(flags);
	}

	boolean isVulnerableCustomer() {
		return vulnerableCustomer;
	}

	int getCustomerContacts() {
		return customerContacts;
	}

	long getVersion() {
		return version;
	}

	CaseListItem toListItem() {
		return new CaseListItem(caseNumber, customerName, customerEmail, type, status, priority, assignee, createdBy,
				createdAt, updatedAt, escalated, approvalState, slaBreached);
	}

	CaseView toView() {
		return new CaseView(caseNumber, customerId, customerName, customerEmail, customerPhone, channel,
				orderReference, product, description, vulnerableCustomer, suggestedType, suggestionConfidence,
				suggestionEvidence == null || suggestionEvidence.isBlank() ? List.of()
						: List.of(suggestionEvidence.split(", ")),
				Set.copyOf(flags), type, typeOverridden, typeConfirmedBy, status, priority, assignee, createdBy,
				createdAt, updatedAt, resolvedAt, closedAt, customerContacts, escalated, escalationReasons(),
				approvalState, responseDueAt, resolutionDueAt, firstResponseAt, slaBreached,
				timeline.stream().map(CaseEvent::toEntry).toList(), version, personalDataErasedAt(), updatedBy);
	}

}
