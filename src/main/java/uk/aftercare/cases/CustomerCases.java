package uk.aftercare.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.shared.JdbcRows;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.staff.CurrentStaff;

/** A customer's cases as the customer page lists them, and which customers the retention period may now erase. */
@Service
public class CustomerCases {

	private final ServiceCaseRepository cases;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CustomerCases(ServiceCaseRepository cases, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The customer's cases, newest first, at most {@code limit}, as the case list shows them. */
	@Transactional(readOnly = true)
	public List<CaseListItem> casesOf(long customerId, int limit) {
		return cases.findByCustomer(customerId, Limit.of(limit));
	}

	/**
	 * Ids of customers not yet erased, created before {@code cutoff}, with every case finished before it (or no case),
	 * in id order after {@code afterId} (a caller goes on from the last id it was given), at most {@code limit}. A case
	 * is finished once closed, or once left resolved (never taken through closing) with nothing written on it since:
	 * as {@link CasePersonalData#reasonsToKeepPastRetention} has it.
	 */
	@Transactional(readOnly = true)
	public List<Long> customersWithNothingOpenSince(Instant cutoff, long afterId, int limit) {
		// A closed case without its closing time (none is written so) counts from when it last changed; a resolved
		// case from its last change, which is its resolving or later.
		return jdbc.sql("""
				select c.id from customer c
				where c.erased_at is null and c.created_at < :cutoff and c.id > :after
				  and not exists (select 1 from service_case s where s.customer_id = c.id
				    and not (s.status = 'CLOSED' and coalesce(s.closed_at, s.updated_at) < :cutoff
				      or s.status = 'RESOLVED' and s.updated_at < :cutoff))
				order by c.id
				fetch first :limit rows only""")
			.param("cutoff", JdbcRows.utc(cutoff))
			.param("after", afterId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Cases that still name someone although their customer's record was erased: logged for the customer at the very
	 * moment their data was erased (the log form had found the record just before). They belong to a new record.
	 */
	@Transactional(readOnly = true)
	public List<LoggedDuringErasure> casesLoggedDuringErasure() {
		return jdbc.sql("""
				select s.case_number, s.customer_name, s.customer_email, s.customer_phone
				from customer c join service_case s on s.customer_id = c.id
				where c.erased_at is not null and s.customer_name <> :erasedName
				order by s.id""")
			.param("erasedName", PersonalDataHolder.ERASED_NAME)
			.query((rs, row) -> new LoggedDuringErasure(rs.getString(1),
					new ContactDetails(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
	}

	/** Moves a case to another customer's record; what other modules keep by customer follows it. */
	@Transactional
	public void moveToCustomer(String caseNumber, long customerId) {
		Long from = jdbc.sql("select customer_id from service_case where case_number = ?")
			.param(caseNumber)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No case " + caseNumber));
		jdbc.sql("update service_case set customer_id = ?, version = version + 1, updated_by = ? where case_number = ?")
			.params(customerId, CurrentStaff.username(), caseNumber)
			.update();
		events.publishEvent(new CaseMovedToCustomer(caseNumber, from, customerId));
	}

	/** A case logged for a customer while their data was being erased, with the details it was logged with. */
	public record LoggedDuringErasure(String caseNumber, ContactDetails details) {
	}

}
