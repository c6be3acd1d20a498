package uk.aftercare.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.JdbcRows;

/** A customer's cases as the customer page lists them, and which customers the retention period may now erase. */
@Service
public class CustomerCases {

	private final ServiceCaseRepository cases;

	private final JdbcClient jdbc;

	CustomerCases(ServiceCaseRepository cases, JdbcClient jdbc) {
		this.cases = cases;
		this.jdbc = jdbc;
	}

	/** The customer's cases, newest first, at most {@code limit}, as the case list shows them. */
	@Transactional(readOnly = true)
	public List<CaseListItem> casesOf(long customerId, int limit) {
		return cases.findByCustomer(customerId, Limit.of(limit));
	}

	/**
	 * Ids of customers not yet erased, created before {@code cutoff}, with every case closed before it (or no case),
	 * in id order after {@code afterId} (a caller goes on from the last id it was given), at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<Long> customersWithNothingOpenSince(Instant cutoff, long afterId, int limit) {
		// A closed case without its closing time (none is written so) counts from when it last changed.
		return jdbc.sql("""
				select c.id from customer c
				where c.erased_at is null and c.created_at < :cutoff and c.id > :after
				  and not exists (select 1 from service_case s where s.customer_id = c.id
				    and (s.status <> 'CLOSED' or coalesce(s.closed_at, s.updated_at) >= :cutoff))
				order by c.id
				fetch first :limit rows only""")
			.param("cutoff", JdbcRows.utc(cutoff))
			.param("after", afterId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

}
