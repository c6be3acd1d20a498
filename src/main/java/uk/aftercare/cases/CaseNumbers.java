package uk.aftercare.cases;

import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readable case numbers such as AC-2026-000123: the year the case was opened and a number from a database sequence,
 * so two application instances never hand out the same number. The number is read over plain JDBC on the
 * transaction's connection: a native query through JPA would first flush the persistence context.
 */
@Component
class CaseNumbers {

	private final JdbcClient jdbc;

	private final String nextValueSql;

	CaseNumbers(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.nextValueSql = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getSequenceSupport()
			.getSequenceNextValString("case_number_seq");
	}

	String next(LocalDate today) {
		long next = jdbc.sql(nextValueSql).query(Long.class).single();
		return format(today.getYear(), next);
	}

	static String format(int year, long number) {
		return "AC-%d-%06d".formatted(year, number);
	}

}
