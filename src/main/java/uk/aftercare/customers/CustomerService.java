package uk.aftercare.customers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.NotFoundException;
import uk.aftercare.staff.CurrentStaff;

/**
 * Finds or records the customer behind an interaction, so that one person does not become several records:
 * a chosen record is used as it is; otherwise an exact email match, then a phone match, is reused when the names
 * agree ({@link #sameName}). A household shares a phone, and sometimes an e-mail: "Bob Other" on Alice Match's phone
 * is a record of his own, not a case filed under her name (and in her data export, and erased with her). An erased
 * record keeps no email or phone, so nothing matches it again. No record is given an e-mail or phone recorded for
 * another customer, new or completed: it would answer one person at another's address, and keep finding them by it
 * after the other is erased. Staff add it on the customer's page when the household shares it.
 *
 * <p>The match is looked up (and completed) over plain JDBC: it runs for every logged case, and through a Spring Data
 * query and a managed entity it cost about 0.02 ms of a logged case's 0.5 ms of CPU (bench/profile.sh). Nothing
 * earlier in the transaction that logs a case has changed the customer, so the row read is the row as it stands.
 */
@Service
@Transactional
public class CustomerService {

	private final CustomerRepository customers;

	private final Clock clock;

	private final JdbcClient jdbc;

	CustomerService(CustomerRepository customers, Clock clock, JdbcClient jdbc) {
		this.customers = customers;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * The customer a case is logged for: the record chosen, or one the details match, completed with an e-mail or
	 * phone it lacked that no other customer has; else a new record, without one that another customer has. A record
	 * made or completed says who did it (the signed-in member of staff).
	 */
	public CustomerSummary findOrCreate(Long chosenId, ContactDetails details) {
		if (chosenId != null) {
			Customer chosen = customers.findById(chosenId)
				.orElseThrow(() -> new NotFoundException("No customer with id " + chosenId));
			// An erased record is never filled in again: whoever this is starts a record of their own.
			if (!chosen.isErased()) {
				chosen.complete(lackedAndOwn(details, chosen.toSummary()), CurrentStaff.username());
				return chosen.toSummary();
			}
		}
		List<Match> byEmail = details.email() == null ? List.of() : recordedWith("email", details.email());
		Optional<Match> existing = firstNamed(byEmail, details.name());
		List<Match> byPhone = List.of();
		if (existing.isEmpty() && details.phone() != null) {
			byPhone = recordedWith("phone_key", ContactDetails.phoneKey(details.phone()));
			existing = firstNamed(byPhone, details.name());
		}
		if (existing.isPresent()) {
			Match match = existing.get();
			if (!match.lacksAnyOf(details)) {
				return match.toSummary();
			}
			Customer customer = customers.findById(match.id()).orElseThrow();
			customer.complete(lackedAndOwn(details, match.toSummary()), CurrentStaff.username());
			return customer.toSummary();
		}
		// Every record holding the e-mail or phone typed is someone else's: the names did not agree.
		var own = new ContactDetails(details.name(), byEmail.isEmpty() ? details.email() : null,
				byPhone.isEmpty() ? details.phone() : null);
		return customers.save(new Customer(own, clock.instant(), CurrentStaff.username())).toSummary();
	}

	/**
	 * The e-mail and phone typed that the record lacks and no other customer has, to {@link Customer#complete} it with;
	 * only what it lacks is looked up.
	 */
	private ContactDetails lackedAndOwn(ContactDetails details, CustomerSummary record) {
		boolean emailLacked = record.email() == null && !isAnothersEmail(details.email(), record.id());
		boolean phoneLacked = record.phone() == null && !isAnothersPhone(details.phone(), record.id());
		return new ContactDetails(details.name(), emailLacked ? details.email() : null,
				phoneLacked ? details.phone() : null);
	}

	/**
	 * Existing customers whose email, phone or full name matches what staff typed, for them to choose from; the name
	 * in any case and with or without accents, and written forename first or surname first ("Wendy Blake" and "Blake,
	 * Wendy" find each other: {@link ContactDetails#lookupKey}), as saving the case reads it.
	 */
	@Transactional(readOnly = true)
	public List<CustomerSummary> findMatches(ContactDetails typed) {
		if (typed.email() == null && typed.phone() == null && typed.name() == null) {
			return List.of();
		}
		return customers
			.findMatches(typed.email(), ContactDetails.phoneKey(typed.phone()), ContactDetails.lookupKey(typed.name()),
					Limit.of(5))
			.stream()
			.map(Customer::toSummary)
			.toList();
	}

	/**
	 * Whether the e-mail address is recorded for a customer other than this one: typed for a customer found by their
	 * phone, it is someone else's, and a case under this customer must not be answered there.
	 */
	@Transactional(readOnly = true)
	public boolean isAnothersEmail(String email, long customerId) {
		return email != null && recordedForAnother("email", email, customerId);
	}

	/** Whether the phone number, however it is written, is recorded for a customer other than this one. */
	@Transactional(readOnly = true)
	public boolean isAnothersPhone(String phone, long customerId) {
		String key = ContactDetails.phoneKey(phone);
		return key != null && recordedForAnother("phone_key", key, customerId);
	}

	/** {@code column} is email or phone_key, never typed text. */
	private boolean recordedForAnother(String column, String value, long customerId) {
		return jdbc.sql("select count(*) from customer where " + column + " = ? and id <> ?")
			.params(value, customerId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerSummary> find(Long id) {
		return customers.findById(id).map(Customer::toSummary);
	}

	/** The customer's postal address, for a letter the shop prints; empty when none was given (or it was erased). */
	@Transactional(readOnly = true)
	public Optional<PostalAddress> postalAddress(long customerId) {
		return customers.findById(customerId).map(Customer::toRecord).map(CustomerRecord::address);
	}

	/** The oldest customers whose {@code column} (email or phone_key, never typed text) equals the value. */
	private List<Match> recordedWith(String column, String value) {
		return jdbc.sql("select id, name, email, phone from customer where " + column
				+ " = ? order by id fetch first 20 rows only")
			.param(value)
			.query((rs, row) -> new Match(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** The oldest of these customers whose name agrees with the one typed. */
	private static Optional<Match> firstNamed(List<Match> found, String typedName) {
		return found.stream().filter(m -> sameName(m.name(), typedName)).findFirst();
	}

	private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof",
			"sir", "dame", "lady", "lord", "rev");

	/**
	 * Whether a name typed for a customer found by their e-mail or phone surely names the person the record is
	 * about, so that a new e-mail or phone typed with it is theirs: the record's name in any case, or written another
	 * way with a forename or its initial ("H. Quill", "Quill, Harriet" for Harriet Quill). A surname alone, with or
	 * without a title ("Mrs Quill"), or a forename alone can be someone else in the household, and is not enough.
	 */
	public static boolean surelyNames(String recorded, String typed) {
		if (typed == null || recorded == null) {
			return false;
		}
		if (typed.equalsIgnoreCase(recorded)) {
			return true;
		}
		return words(recorded).size() > 1 && words(typed).size() > 1 && sameName(recorded, typed);
	}

	/**
	 * Whether two names can be the same person's, as staff type them: "Jane Smith", "J Smith", "Mrs Smith", "jane" and
	 * "Jane Smith-Jones" can; "Alice Match" and "Bob Other", or "Alice Smith" and "Bob Smith", cannot. With first names
	 * on both, their initials agree and they share another word; with one word on one side, the other has it. Accents,
	 * case, titles and punctuation are ignored, and a name written surname first is read forename first
	 * ({@link ContactDetails#forenameFirst}). A name not given agrees with any.
	 */
	static boolean sameName(String recorded, String typed) {
		List<String> a = words(recorded);
		List<String> b = words(typed);
		if (a.isEmpty() || b.isEmpty()) {
			return true;
		}
		if (a.size() == 1 || b.size() == 1) {
			List<String> one = a.size() == 1 ? a : b;
			List<String> other = one == a ? b : a;
			String word = one.get(0);
			return other.contains(word) || other.get(0).length() == 1 && other.get(0).charAt(0) == word.charAt(0);
		}
		if (a.get(0).charAt(0) != b.get(0).charAt(0)) {
			return false;
		}
		return a.subList(1, a.size()).stream().anyMatch(word -> word.length() > 1 && b.subList(1, b.size()).contains(word));
	}

	private static List<String> words(String name) {
		if (name == null) {
			return List.of();
		}
		return java.util.Arrays
			.stream(ContactDetails.fold(ContactDetails.forenameFirst(name)).split("[^\\p{L}\\p{M}\\p{N}]+"))
			.filter(word -> !word.isEmpty() && !TITLES.contains(word))
			.toList();
	}

	/** A customer row found by email or phone; completed through {@link Customer#complete} when it lacks one of them. */
	private record Match(long id, String name, String email, String phone) {

		boolean lacksAnyOf(ContactDetails details) {
			return email == null && details.email() != null || phone == null && details.phone() != null;
		}

		CustomerSummary toSummary() {
			return new CustomerSummary(id, name, email, phone);
		}

	}

}
