package uk.aftercare.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer records as {@link CustomerService} keeps them, on H2 and on a real PostgreSQL by the two subclasses, after
 * Flyway has built the schema and Hibernate has validated it.
 */
@Import({ CustomerService.class, CustomerRepositoryContract.Support.class })
abstract class CustomerRepositoryContract {

	@TestConfiguration(proxyBeanMethods = false)
	static class Support {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneId.of("Europe/London"));
		}

		@Bean
		JdbcClient jdbcClient(javax.sql.DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

	}

	@Autowired
	CustomerService customers;

	@Test
	void keepsAnEmailOfTheWidestLengthWhateverItLowerCasesTo() {
		// 190 characters, within the 200 the forms and the API accept; String.toLowerCase makes each "İ" two.
		String email = "İ".repeat(64) + "@" + "İ".repeat(60) + "." + "İ".repeat(60) + ".com";
		var details = new ContactDetails("Jane Smith", email, "+44 7700 900123");

		CustomerSummary first = customers.findOrCreate(null, details);
		CustomerSummary again = customers.findOrCreate(null, new ContactDetails("J Smith", email, null));

		assertThat(first.email()).hasSize(email.length());
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(customers.findMatches(new ContactDetails(null, null, "07700 900123")))
			.extracting(CustomerSummary::id)
			.containsExactly(first.id());
	}

}
