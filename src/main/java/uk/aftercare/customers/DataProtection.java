package uk.aftercare.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.customers.PersonalDataHolder.KeepReason;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.NotFoundException;

/**
 * A customer's rights over their data under UK GDPR: a copy of everything held (art. 15) and erasure (art. 17),
 * each recorded as a {@link DataRequest}. Every module that keeps personal data about customers takes part through
 * a {@link PersonalDataHolder}; this service asks them all. Erasure is refused, and the refusal recorded with its
 * reasons, while any of them still needs the data to finish dealing with the customer.
 */
@Service
@Transactional
public class DataProtection {

	/** The member of staff recorded for what the retention check does. */
	public static final String SYSTEM = "system";

	/**
	 * Where one reason of a recorded refusal ends and the next begins: each is a sentence ({@code privacy.keep.*}),
	 * ending in a full stop and starting with a capital, and {@link #render} joins them with a space.
	 */
	private static final Pattern NEXT_REASON = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");

	private final CustomerRepository customers;

	private final DataRequestRepository requests;

	private final List<PersonalDataHolder> holders;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DataProtection(CustomerRepository customers, DataRequestRepository requests, List<PersonalDataHolder> holders,
			MessageSource messages, Clock clock, ApplicationEventPublisher events) {
		this.customers = customers;
		this.requests = requests;
		this.holders = List.copyOf(holders);
		this.messages = messages;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerRecord> find(long customerId) {
		return customers.findById(customerId).map(Customer::toRecord);
	}

	/** The customer's data-protection records, newest first. */
	@Transactional(readOnly = true)
	public List<DataRequestView> requests(long customerId) {
		return requests.findByCustomerIdOrderByRecordedAtDescIdDesc(customerId)
			.stream()
			.map(DataRequest::toView)
			.toList();
	}

	/** Why the customer's data must be kept for now; empty when it could be erased. */
	@Transactional(readOnly = true)
	public List<KeepReason> reasonsToKeep(long customerId) {
		List<KeepReason> reasons = new ArrayList<>();
		holders.forEach(holder -> reasons.addAll(holder.reasonsToKeep(customerId)));
		return reasons;
	}

	/**
	 * Everything held about the customer, section by section, for staff to hand to them; recorded with the note
	 * saying how the customer asked and how staff checked it was them.
	 */
	public Map<String, Object> export(long customerId, String staff, String note) {
		Customer customer = load(customerId);
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", clock.instant());
		export.put("exportedBy", staff);
		export.put("customer", customerSection(customer));
		holders.forEach(holder -> export.put(holder.section(), holder.export(customerId)));
		requests.save(new DataRequest(customerId, DataRequestKind.ACCESS, DataRequestOutcome.DONE, staff,
				clock.instant(), note, null));
		export.put("dataRequests", requests(customerId).stream().map(DataProtection::requestSection).toList());
		return export;
	}

	/**
	 * A request as the copy gives it: the same keys for every kind, each list a list (empty when there is nothing). A
	 * correction keeps the names of the details it changed as one comma-joined text, a refusal its reasons as the text
	 * the page showed; the copy gives them as lists: {@code changedDetails} and {@code reasons}.
	 */
	private static Map<String, Object> requestSection(DataRequestView request) {
		boolean correction = request.kind() == DataRequestKind.RECTIFICATION;
		boolean kept = request.reasons() != null && !request.reasons().isBlank();
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("kind", request.kind().name());
		section.put("outcome", request.outcome().name());
		section.put("recordedBy", request.recordedBy());
		section.put("recordedAt", request.recordedAt());
		section.put("note", request.note());
		section.put("reasons", correction || !kept ? List.of() : List.of(NEXT_REASON.split(request.reasons().strip())));
		section.put("changedDetails", correction && kept ? List.of(request.reasons().split(",\\s*")) : List.of());
		return section;
	}

	/**
	 * Erases the customer's personal data everywhere it is held, or, while any module still needs it, records the
	 * refusal with its reasons and changes nothing else. A request for a customer already erased (the customer asking
	 * again, or two managers erasing at once) is recorded as {@link DataRequestOutcome#ALREADY_ERASED}: the shop's
	 * record that it answered. Nothing can have been written about them since (their cases are archived).
	 */
	public ErasureResult erase(long customerId, String staff, String note) {
		Customer customer = customers.findAndLockById(customerId)
			.orElseThrow(() -> new NotFoundException("No customer with id " + customerId));
		if (customer.isErased()) {
			requests.save(new DataRequest(customerId, DataRequestKind.ERASURE, DataRequestOutcome.ALREADY_ERASED, staff,
					clock.instant(), note, null));
			return ErasureResult.alreadyDone();
		}
		List<KeepReason> reasons = reasonsToKeep(customerId);
		if (!reasons.isEmpty()) {
			requests.save(new DataRequest(customerId, DataRequestKind.ERASURE, DataRequestOutcome.REFUSED, staff,
					clock.instant(), note, render(reasons)));
			return ErasureResult.refused(reasons);
		}
		eraseEverywhere(customer, staff);
		requests.save(new DataRequest(customerId, DataRequestKind.ERASURE, DataRequestOutcome.DONE, staff,
				clock.instant(), note, null));
		return ErasureResult.done();
	}

	/**
	 * Corrects the customer's name, contact details and postal address (UK GDPR art. 16) on their record, and the name
	 * and contact details on what the modules use to reach them about a matter still open (the address is kept on the
	 * record only), and records which details changed (not their values: the record outlives them). A page opened
	 * before someone else's correction, or before an erasure, changes nothing.
	 *
	 * @param address the postal address, or null for none (one held is then removed)
	 * @return the names of the details that changed (name, email, phone, address); empty when nothing did, and nothing
	 * recorded
	 */
	public List<String> correct(long customerId, ContactDetails details, PostalAddress address, long expectedVersion,
			String staff, String note) {
		Customer customer = customers.findAndLockById(customerId)
			.orElseThrow(() -> new NotFoundException("No customer with id " + customerId));
		if (customer.isErased()) {
			throw new ConflictException("This customer's personal data has been erased.");
		}
		if (customer.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Customer.class, customerId);
		}
		PersonalDataHolder.Correction correction = customer.correct(details, staff);
		List<String> changed = new ArrayList<>(correction.changed());
		if (customer.changeAddress(address, staff)) {
			changed.add("address");
		}
		if (changed.isEmpty()) {
			return changed;
		}
		if (!correction.changed().isEmpty()) {
			var made = correction.madeBy(staff, clock.instant());
			holders.forEach(holder -> holder.correct(customerId, made));
		}
		requests.save(new DataRequest(customerId, DataRequestKind.RECTIFICATION, DataRequestOutcome.DONE, staff,
				clock.instant(), note, String.join(", ", changed)));
		return changed;
	}

	/**
	 * Erases a customer whose retention period has run out (every case of theirs finished before {@code cutoff}),
	 * unless something still needs the data ({@link PersonalDataHolder#reasonsToKeepPastRetention}: a refund not paid,
	 * or a case reopened since the check chose them): then nothing is done or recorded, the reasons are returned for
	 * the check to count, and a later check tries again.
	 */
	public ErasureResult eraseAfterRetention(long customerId, Instant cutoff) {
		Optional<Customer> found = customers.findAndLockById(customerId);
		if (found.isEmpty() || found.get().isErased()) {
			return ErasureResult.alreadyDone();
		}
		List<KeepReason> reasons = new ArrayList<>();
		holders.forEach(holder -> reasons.addAll(holder.reasonsToKeepPastRetention(customerId, cutoff)));
		if (!reasons.isEmpty()) {
			return ErasureResult.refused(reasons);
		}
		eraseEverywhere(found.get(), SYSTEM);
		requests.save(new DataRequest(customerId, DataRequestKind.RETENTION, DataRequestOutcome.DONE, SYSTEM,
				clock.instant(), null, null));
		return ErasureResult.done();
	}

	private void eraseEverywhere(Customer customer, String staff) {
		holders.forEach(holder -> holder.erase(customer.getId()));
		customer.erase(clock.instant(), staff);
		events.publishEvent(new CustomerErased(customer.getId()));
	}

	private Customer load(long customerId) {
		return customers.findById(customerId)
			.orElseThrow(() -> new NotFoundException("No customer with id " + customerId));
	}

	private static Map<String, Object> customerSection(Customer customer) {
		CustomerRecord record = customer.toRecord();
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("id", record.id());
		section.put("name", record.name());
		section.put("email", record.email());
		section.put("phone", record.phone());
		section.put("address", record.address() == null ? null : addressSection(record.address()));
		section.put("createdAt", record.createdAt());
		section.put("erasedAt", record.erasedAt());
		return section;
	}

	private static Map<String, Object> addressSection(PostalAddress address) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("lines", address.lines());
		section.put("postcode", address.postcode());
		return section;
	}

	private String render(List<KeepReason> reasons) {
		return reasons.stream()
			.map(reason -> messages.getMessage(reason.messageKey(), reason.arguments().toArray(), reason.messageKey(),
					Locale.UK))
			.collect(Collectors.joining(" "));
	}

	/**
	 * What an erasure did: erased the data; refused, for the reasons given; or found it erased already (then
	 * {@code erased} is false and nothing more was erased).
	 */
	public record ErasureResult(boolean erased, boolean alreadyErased, List<KeepReason> reasons) {

		public ErasureResult {
			reasons = List.copyOf(reasons);
		}

		public static ErasureResult done() {
			return new ErasureResult(true, false, List.of());
		}

		public static ErasureResult refused(List<KeepReason> reasons) {
			return new ErasureResult(false, false, reasons);
		}

		public static ErasureResult alreadyDone() {
			return new ErasureResult(false, true, List.of());
		}

	}

}
