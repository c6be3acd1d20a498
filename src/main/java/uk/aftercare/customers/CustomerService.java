package uk.aftercare.customers;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.NotFoundException;

/**
 * Finds or records the customer behind an interaction, so that one person does not become several records:
 * a chosen record is used as it is; otherwise an exact email match, then a phone match, is reused.
 */
@Service
@Transactional
public class CustomerService {

	private final CustomerRepository customers;

	private final Clock clock;

	CustomerService(CustomerRepository customers, Clock clock) {
		this.customers = customers;
		this.clock = clock;
	}

	public CustomerSummary findOrCreate(Long chosenId, ContactDetails details) {
		if (chosenId != null) {
			Customer chosen = customers.findById(chosenId)
				.orElseThrow(() -> new NotFoundException("No customer with id " + chosenId));
			chosen.complete(details);
			return chosen.toSummary();
		}
		Optional<Customer> existing = Optional.empty();
		if (details.email() != null) {
			existing = customers.findFirstByEmailOrderByIdAsc(details.email());
		}
		if (existing.isEmpty() && details.phone() != null) {
			existing = customers.findFirstByPhoneKeyOrderByIdAsc(ContactDetails.phoneKey(details.phone()));
		}
		if (existing.isPresent()) {
			existing.get().complete(details);
			return existing.get().toSummary();
		}
		return customers.save(new Customer(details, clock.instant())).toSummary();
	}

	/** Existing customers whose email, phone or full name matches what staff typed, for them to choose from. */
	@Transactional(readOnly = true)
	public List<CustomerSummary> findMatches(ContactDetails typed) {
		if (typed.email() == null && typed.phone() == null && typed.name() == null) {
			return List.of();
		}
		String name = typed.name() == null ? null : typed.name().toLowerCase(Locale.ROOT);
		return customers.findMatches(typed.email(), ContactDetails.phoneKey(typed.phone()), name, Limit.of(5))
			.stream()
			.map(Customer::toSummary)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CustomerSummary> find(Long id) {
		return customers.findById(id).map(Customer::toSummary);
	}

}
