package uk.aftercare.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.graph.GraphSemantic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.ClassificationService;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.CustomerService;
import uk.aftercare.customers.CustomerSummary;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffNames;

/**
 * Logging interactions and working cases: loads the aggregate, asks it to change, saves, publishes an event.
 */
@Service
public class CaseService {

	private final ServiceCaseRepository cases;

	private final IdempotencyRecordRepository idempotency;

	private final CaseNumbers caseNumbers;

	private final ClassificationService classifier;

	private final CustomerService customers;

	private final ApplicationEventPublisher events;

	private final ShopClock clock;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	/** Looked up once, not per case: a lookup in the bean factory cost 2 % of logging a case. */
	private final SingletonSupplier<SlaPolicy> slaPolicy;

	private final NewCases newCases;

	private final CaseSearch search;

	private final StaffDirectory staff;

	CaseService(ServiceCaseRepository cases, IdempotencyRecordRepository idempotency, CaseNumbers caseNumbers,
			ClassificationService classifier, CustomerService customers, ApplicationEventPublisher events,
			ShopClock clock, PlatformTransactionManager transactionManager, EntityManager entityManager,
			ObjectProvider<SlaPolicy> slaPolicy, NewCases newCases, CaseSearch search, StaffDirectory staff) {
		this.cases = cases;
		this.idempotency = idempotency;
		this.caseNumbers = caseNumbers;
		this.classifier = classifier;
		this.customers = customers;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.entityManager = entityManager;
		this.slaPolicy = SingletonSupplier.of(slaPolicy::getIfAvailable);
		this.newCases = newCases;
		this.search = search;
		this.staff = staff;
	}

	/**
	 * Logs an interaction as a new case. With an idempotency key (a one-time form token), the same key from the same
	 * user returns the first case and creates nothing new, whatever was sent with it: a form sent again is answered
	 * with what its first sending saved, saying so. The key, prefixed with where it came from, is at most 120
	 * characters.
	 */
	public OpenedCase open(OpenCaseCommand command, String actor, String idempotencyKey) {
		return open(command, actor, idempotencyKey, false);
	}

	/**
	 * As {@link #open}, for a client's Idempotency-Key (api.md): the same key from the same user with the same request
	 * returns the first case, but with a different request it is refused ({@link IdempotencyKeyReusedException}) and
	 * nothing is created, so a second interaction is never lost behind the first one's case. Requests are compared as
	 * bound ({@link IdempotencyRecord#hash}); a key kept before they were compared replays as before.
	 */
	public OpenedCase openOnce(OpenCaseCommand command, String actor, String idempotencyKey) {
		return open(command, actor, idempotencyKey, true);
	}

	private OpenedCase open(OpenCaseCommand command, String actor, String idempotencyKey, boolean sameRequestOnly) {
		if (idempotencyKey != null && idempotencyKey.length() > IdempotencyRecord.KEY_LENGTH) {
			// Callers check the keys they are given (the API at most 100 characters, the form its own tokens).
			throw new IllegalArgumentException("An idempotency key of at most " + IdempotencyRecord.KEY_LENGTH
					+ " characters, with its prefix");
		}
		String requestHash = IdempotencyRecord.hash(command);
		if (idempotencyKey != null) {
			var replay = replay(actor, idempotencyKey, sameRequestOnly ? requestHash : null);
			if (replay != null) {
				return replay;
			}
		}
		try {
			return transaction.execute(status -> openNow(command, actor, idempotencyKey, requestHash));
		}
		catch (DataIntegrityViolationException e) {
			// Another request with the same key won the race; its case is the answer (if it was this request).
			var replay = idempotencyKey == null ? null
					: replay(actor, idempotencyKey, sameRequestOnly ? requestHash : null);
			if (replay == null) {
				throw e;
			}
			return replay;
		}
	}

	/** The case the key made; {@code requestHash}, when given, must be that of the request it made it for. */
	private OpenedCase replay(String actor, String key, String requestHash) {
		return transaction.execute(status -> idempotency.findByOwnerAndKey(actor, key).map(r -> {
			if (requestHash != null && !r.madeFor(requestHash)) {
				throw new IdempotencyKeyReusedException(r.getCaseNumber());
			}
			return r;
		})
			.flatMap(r -> cases.findWithTimeline(r.getCaseNumber()))
			.map(c -> new OpenedCase(c.toView(), false))
			.orElse(null));
	}

	private OpenedCase openNow(OpenCaseCommand command, String actor, String idempotencyKey, String requestHash) {
		CustomerSummary customer = customers.findOrCreate(command.customerId(), command.customer());
		Suggestion suggestion = Suggestion.of(classifier.classify(command.description()));
		LocalDate today = clock.today();
		OpenCaseCommand onCase = withCustomer(command, customer);
		java.time.Instant now = clock.now();
		ServiceCase opened = new ServiceCase(caseNumbers.next(today), onCase, customer.id(), suggestion, actor, now);
		sayWhyAnothersIsNotOnIt(opened, command.customer(), onCase.customer(), customer.id(), actor, now);
		SlaPolicy sla = slaPolicy.get();
		if (sla != null) {
			opened.setSlaTargets(sla.firstResponse(opened.getType(), opened.getPriority()),
					sla.resolution(opened.getType(), opened.getPriority()));
		}
		newCases.insert(opened);
		if (idempotencyKey != null) {
			idempotency.saveAndFlush(
					new IdempotencyRecord(actor, idempotencyKey, opened.getCaseNumber(), requestHash, clock.now()));
		}
		events.publishEvent(new CaseOpened(opened.getCaseNumber(), customer.id(), opened.getType(),
				opened.getFlags(), opened.isVulnerableCustomer(), actor));
		return new OpenedCase(opened.toView(), true);
	}

	/**
	 * The case keeps the customer's details as they were when the case was logged: the record's name, and the e-mail
	 * and phone the customer gave this time, or the record's where none was given. A customer found by their phone
	 * who gives a new e-mail address is answered at the new one; their record keeps its own until it is corrected.
	 * Only when the name given surely is the record's ({@link CustomerService#surelyNames}: "Harriet Quill", "H.
	 * Quill" or "Quill, Harriet", not "Mrs Quill"): someone else on a shared phone (a household's landline) does not
	 * put their address on another person's case, which then keeps the record's details as before (the log form says
	 * so to staff). Nor an e-mail or phone recorded for another customer: a case is never answered at someone else's
	 * address because it was typed by mistake, and the customer's record, new or found, is not given it either
	 * ({@link CustomerService#findOrCreate}); the timeline says why ({@link #sayWhyAnothersIsNotOnIt}).
	 */
	private OpenCaseCommand withCustomer(OpenCaseCommand command, CustomerSummary customer) {
		var typed = command.customer();
		boolean sameName = CustomerService.surelyNames(customer.name(), typed.name());
		String email = customer.email();
		if (sameName && typed.email() != null
				&& (typed.email().equals(email) || !customers.isAnothersEmail(typed.email(), customer.id()))) {
			email = typed.email();
		}
		String phone = customer.phone();
		if (sameName && typed.phone() != null
				&& (Objects.equals(ContactDetails.phoneKey(typed.phone()), ContactDetails.phoneKey(phone))
						|| !customers.isAnothersPhone(typed.phone(), customer.id()))) {
			phone = typed.phone();
		}
		var details = new ContactDetails(customer.name(), email, phone);
		return new OpenCaseCommand(command.channel(), command.description(), details, customer.id(),
				command.orderReference(), command.product(), command.type(), command.vulnerableCustomer());
	}

	/**
	 * The timeline says why an e-mail or phone given is not on the case when it is recorded for another customer
	 * ({@link #withCustomer}): the API's answer has no place for the warning the log form shows staff. Which detail,
	 * never its value, which is the other customer's. Looked up only when what was given is not on the case.
	 */
	private void sayWhyAnothersIsNotOnIt(ServiceCase opened, ContactDetails typed, ContactDetails onCase,
			long customerId, String actor, java.time.Instant now) {
		if (typed.email() != null && !typed.email().equals(onCase.email())
				&& customers.isAnothersEmail(typed.email(), customerId)) {
			opened.recordEntry(TimelineKind.CUSTOMER_DETAILS, TimelineSummaries.ANOTHERS_EMAIL, actor, now);
		}
		if (typed.phone() != null
				&& !Objects.equals(ContactDetails.phoneKey(typed.phone()), ContactDetails.phoneKey(onCase.phone()))
				&& customers.isAnothersPhone(typed.phone(), customerId)) {
			opened.recordEntry(TimelineKind.CUSTOMER_DETAILS, TimelineSummaries.ANOTHERS_PHONE, actor, now);
		}
	}

	/**
	 * The case with its timeline. Within a transaction that has already loaded or logged the case (an event listener,
	 * say) this costs no query.
	 */
	@Transactional(readOnly = true)
	public CaseView get(String caseNumber) {
		return find(caseNumber, true).map(ServiceCase::toView).orElseThrow(() -> notFound(caseNumber));
	}

	/**
	 * Holds the case still until the caller's transaction ends: another transaction asking the same waits for it. For
	 * a check two people must not both pass at once, where what they write does not move the case's version (one
	 * piece of feedback per period: the timeline is only added to).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdStill(String caseNumber) {
		cases.findAndLockByCaseNumber(normalise(caseNumber)).orElseThrow(() -> notFound(caseNumber));
	}

	/** Whether any case, open or closed, is assigned to this username as written (on an index). */
	@Transactional(readOnly = true)
	public boolean anyAssignedTo(String username) {
		return cases.existsByAssignee(username);
	}

	@Transactional(readOnly = true)
	public Page<CaseListItem> search(CaseQuery query, Pageable pageable) {
		Pageable sorted = pageable.getSort().isSorted() ? pageable
				: org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						CaseSearch.LIST_ORDER);
		return search.find(query, sorted).map(ServiceCase::toListItem);
	}

	@Transactional(readOnly = true)
	public List<CaseListItem> otherCasesOf(Long customerId, String excludeCaseNumber) {
		return cases.findOtherCases(customerId, excludeCaseNumber, Limit.of(20));
	}

	/**
	 * Whether the case's customer had a case logged before it: their record was found (or chosen), not made for this
	 * case.
	 */
	@Transactional(readOnly = true)
	public boolean customerKnownBefore(String caseNumber) {
		return cases.countEarlierCasesOfItsCustomer(normalise(caseNumber)) > 0;
	}

	/** How many cases of this type the customer opened in the last {@code days} days, apart from this one. */
	@Transactional(readOnly = true)
	public long recentCasesOfType(Long customerId, CaseType type, int days, String excludeCaseNumber) {
		return cases.countOtherCasesSince(customerId, type, clock.now().minus(Duration.ofDays(days)),
				excludeCaseNumber);
	}

	/**
	 * Marks the customer on this case as vulnerable, after logging, with a timeline entry; the escalation module
	 * escalates it as it would have at logging ({@link CustomerMarkedVulnerable}). Nothing happens to a case marked
	 * already.
	 * @throws CaseArchivedException when the customer's personal data was erased from the case
	 */
	@Transactional
	public void markVulnerable(String caseNumber, String actor) {
		ServiceCase serviceCase = load(caseNumber);
		if (serviceCase.markVulnerable(actor, clock.now())) {
			events.publishEvent(new CustomerMarkedVulnerable(serviceCase.getCaseNumber(), actor));
		}
	}

	@Transactional
	public void recordContact(String caseNumber, ContactChannel channel, ContactDirection direction, String summary,
			String actor) {
		ServiceCase serviceCase = load(caseNumber);
		serviceCase.recordContact(channel, direction, summary, actor, clock.now());
		if (direction == ContactDirection.FROM_CUSTOMER && serviceCase.getStatus() != CaseStatus.CLOSED) {
			// A customer who comes back to say the charger caught fire, or that they are going to a solicitor, is
			// flagged (and escalated, by the listeners of ContactRecorded) as if they had said it when the case was
			// logged. A closed case is left as it was: see CaseEscalation.
			serviceCase.flagFromContact(classifier.classify(summary).flags(), actor, clock.now());
		}
		events.publishEvent(
				new ContactRecorded(serviceCase.getCaseNumber(), direction, serviceCase.getCustomerContacts(), actor));
	}

	/**
	 * A message from staff reached the customer at {@code at}: an e-mail the SMTP server took, or a letter issued to
	 * post. Like a contact recorded to the customer, it is the case's first response if it had none, so the case
	 * leaves the "due" lists and the SLA monitor leaves it alone. The followups module says which of its messages
	 * count (not the automatic acknowledgement of a case just logged); the timeline already has the message.
	 */
	@Transactional
	public void respondedToCustomer(String caseNumber, java.time.Instant at, String actor) {
		load(caseNumber).respondedToCustomer(at, actor);
	}

	@Transactional
	public void addNote(String caseNumber, String note, String actor) {
		load(caseNumber).addNote(note, actor, clock.now());
	}

	@Transactional
	public void changeStatus(String caseNumber, CaseStatus target, String reason, String actor) {
		load(caseNumber).moveByHand(target, reason, actor, clock.now());
	}

	/**
	 * Changes who owns the case, how urgent it is and its confirmed type; each change goes on the timeline.
	 *
	 * @throws CaseClosedException when the case is closed and something would change
	 */
	@Transactional
	public void updateDetails(String caseNumber, String assignee, Priority priority, CaseType type, String actor) {
		updateDetails(caseNumber, assignee, priority, type, null, actor);
	}

	/**
	 * As {@link #updateDetails(String, String, Priority, CaseType, String)}, for someone who saw the case at
	 * {@code expectedVersion} ({@code null}: not checked): if it has changed since, nothing is saved, so their choices
	 * cannot quietly undo someone else's.
	 *
	 * @throws OptimisticLockingFailureException when the case is no longer at {@code expectedVersion}
	 * @throws CaseClosedException when the case is closed and something would change
	 */
	@Transactional
	public void updateDetails(String caseNumber, String assignee, Priority priority, CaseType type,
			Long expectedVersion, String actor) {
		ServiceCase serviceCase = load(caseNumber);
		if (expectedVersion != null && expectedVersion != serviceCase.getVersion()) {
			throw new OptimisticLockingFailureException("Case " + serviceCase.getCaseNumber()
					+ " was changed by someone else; reload it and try again.");
		}
		CaseType typeBefore = serviceCase.getType();
		Priority priorityBefore = serviceCase.getPriority();
		serviceCase.updateDetails(assignee, priority, type, actor, clock.now(), new StaffNames(staff)::of);
		retarget(serviceCase, typeBefore, priorityBefore);
	}

	/**
	 * A case whose priority or type changed takes the SLA targets of its new priority and type (a case escalated to
	 * urgent a week in is due as an urgent case logged then would be; one lowered gets the longer targets), still
	 * counted from when it was logged and still moved by the time it waited for the customer. Only the new targets
	 * are asked for: the old ones may have been changed by a manager since the case's were set from them. The
	 * monitor marks it at its next run if the new target has already passed.
	 */
	private void retarget(ServiceCase serviceCase, CaseType typeBefore, Priority priorityBefore) {
		SlaPolicy sla = slaPolicy.get();
		CaseType type = serviceCase.getType();
		Priority priority = serviceCase.getPriority();
		if (sla == null || (type == typeBefore && priority == priorityBefore)) {
			return;
		}
		serviceCase.retarget(sla.firstResponse(type, priority), sla.resolution(type, priority));
	}

	/**
	 * Appends an entry to a case's timeline on behalf of another module, so every step about the case, wherever it
	 * is handled, reads in one place.
	 */
	@Transactional
	public void record(String caseNumber, TimelineKind kind, String summary, String actor) {
		record(caseNumber, kind, summary, actor, clock.now());
	}

	/** As {@link #record(String, TimelineKind, String, String)}, for a step that happened at {@code at}. */
	@Transactional
	public void record(String caseNumber, TimelineKind kind, String summary, String actor, java.time.Instant at) {
		load(caseNumber).recordEntry(kind, summary, actor, at);
	}

	/**
	 * Marks the active cases that have missed a target (clocks paused while awaiting the customer) and returns them,
	 * at most {@code limit} at a time.
	 */
	@Transactional
	public List<String> markMissedTargets(int limit) {
		var now = clock.now();
		List<String> breached = new java.util.ArrayList<>();
		// Paused cases are left out of the query, not skipped after it: as their targets do not move while paused,
		// they would come first in every batch and could fill it, so that no case behind them was ever marked.
		for (ServiceCase c : cases.findPastTargets(CaseStatus.SLA_CLOCK_RUNS, now, Limit.of(limit))) {
			String target = c.missedTarget(now);
			if (target != null) {
				c.markSlaBreached(target, "system", now);
				breached.add(c.getCaseNumber());
			}
		}
		return breached;
	}

	@Transactional
	public void approvalRequested(String caseNumber, String summary, String actor) {
		load(caseNumber).approvalRequested(summary, actor, clock.now());
	}

	/** The last decision the case waited for: {@code outcome} says how all it waited for were decided. */
	@Transactional
	public void approvalDecided(String caseNumber, ApprovalState outcome, String summary, String actor) {
		load(caseNumber).approvalDecided(outcome, summary, actor, clock.now());
	}

	/** Marks a case as needing more authority, with reason codes and a plain-English explanation. */
	@Transactional
	public void escalate(String caseNumber, Set<String> reasons, String explanation, Priority atLeast, String actor) {
		ServiceCase serviceCase = load(caseNumber);
		Priority before = serviceCase.getPriority();
		serviceCase.escalate(reasons, explanation, atLeast, actor, clock.now());
		retarget(serviceCase, serviceCase.getType(), before);
	}

	/**
	 * The case, to change: every change to a case, from this module or another ({@link #record}), loads it here. A case
	 * whose customer's personal data was erased takes no change, as any could carry personal data that nothing would
	 * ever erase again.
	 *
	 * @throws CaseArchivedException when the customer's personal data was erased from the case
	 */
	private ServiceCase load(String caseNumber) {
		ServiceCase serviceCase = find(caseNumber, false).orElseThrow(() -> notFound(caseNumber));
		java.time.Instant erasedAt = serviceCase.personalDataErasedAt();
		if (erasedAt != null) {
			throw new CaseArchivedException(serviceCase.getCaseNumber(), erasedAt, clock.zone());
		}
		return serviceCase;
	}

	/**
	 * By case number: a case logged in this transaction from {@link NewCases}, one already loaded from this
	 * transaction's persistence context, else one query.
	 */
	private Optional<ServiceCase> find(String caseNumber, boolean withTimeline) {
		Optional<ServiceCase> loggedNow = newCases.find(normalise(caseNumber));
		if (loggedNow.isPresent()) {
			return loggedNow;
		}
		var byNumber = entityManager.unwrap(Session.class).bySimpleNaturalId(ServiceCase.class);
		if (withTimeline) {
			EntityGraph<ServiceCase> timeline = entityManager.createEntityGraph(ServiceCase.class);
			timeline.addAttributeNode("timeline");
			byNumber = byNumber.with(timeline, GraphSemantic.FETCH);
		}
		return byNumber.loadOptional(normalise(caseNumber));
	}

	private static String normalise(String caseNumber) {
		return caseNumber == null ? "" : caseNumber.trim().toUpperCase(java.util.Locale.ROOT);
	}

	private static NotFoundException notFound(String caseNumber) {
		return new NotFoundException("No case " + caseNumber + ".");
	}

	/** The result of logging: the case, and whether this call created it or replayed an earlier one. */
	public record OpenedCase(CaseView view, boolean created) {
	}

}
