package uk.aftercare.cases;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Readable case numbers such as AC-2026-000123: the year the case was opened and a number from a database sequence,
 * so two application instances never hand out the same number.
 */
@Component
class CaseNumbers {

	private final EntityManager entityManager;

	private final String nextValueSql;

	CaseNumbers(EntityManager entityManager) {
		this.entityManager = entityManager;
		Dialect dialect = entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect();
		this.nextValueSql = dialect.getSequenceSupport().getSequenceNextValString("case_number_seq");
	}

	String next(LocalDate today) {
		Number next = (Number) entityManager.createNativeQuery(nextValueSql).getSingleResult();
		return format(today.getYear(), next.longValue());
	}

	static String format(int year, long number) {
		return "AC-%d-%06d".formatted(year, number);
	}

}
