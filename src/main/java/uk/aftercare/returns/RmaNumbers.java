package uk.aftercare.returns;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Readable RMA numbers such as RMA-2026-000042: the year it was raised and a number from a database sequence, so two
 * application instances never hand out the same number.
 */
@Component
class RmaNumbers {

	private final EntityManager entityManager;

	private final String nextValueSql;

	RmaNumbers(EntityManager entityManager) {
		this.entityManager = entityManager;
		this.nextValueSql = entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getSequenceSupport()
			.getSequenceNextValString("rma_number_seq");
	}

	String next(LocalDate today) {
		Number next = (Number) entityManager.createNativeQuery(nextValueSql).getSingleResult();
		return format(today.getYear(), next.longValue());
	}

	static String format(int year, long number) {
		return "RMA-%d-%06d".formatted(year, number);
	}

}
