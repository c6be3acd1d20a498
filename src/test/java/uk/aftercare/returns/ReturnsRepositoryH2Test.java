package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@DataJpaTest(showSql = false)
class ReturnsRepositoryH2Test extends ReturnsRepositoryContract {

	@Autowired
	DataSource dataSource;

	/**
	 * The refund-deadline check runs every five minutes: it must read only the returns still in flight, along
	 * ix_rma_unpaid, not every return whose refund is not flagged (at a million cases some 430,000 rows; V13).
	 */
	@Test
	void theRefundDeadlineCheckReadsOnlyTheReturnsStillInFlight() {
		String plan = JdbcClient.create(dataSource).sql("""
				explain select r.id from return_authorisation r
				where r.refund_overdue_flagged = false and r.refund_due_on < current_date and r.refunded_on is null
				  and r.status in ('AUTHORISED', 'RECEIVED', 'INSPECTED')""").query(String.class).single();

		assertThat(plan).contains("IX_RMA_UNPAID");
	}

}
