package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PrivacySettings;
import uk.aftercare.shared.ShopClock;

class CustomerRetentionTest {

	static final ShopClock CLOCK = new ShopClock(
			Clock.fixed(Instant.parse("2026-11-24T01:30:00Z"), ZoneId.of("Europe/London")));

	final CustomerCases cases = mock(CustomerCases.class);

	final DataProtection dataProtection = mock(DataProtection.class);

	@Test
	void erasesCustomersWhoseLastCaseClosedSixYearsBeforeTodayBeganBatchByBatch() {
		Instant cutoff = Instant.parse("2020-11-24T00:00:00Z");
		given(cases.customersWithNothingOpenSince(cutoff, 0, 2)).willReturn(List.of(3L, 5L));
		given(cases.customersWithNothingOpenSince(cutoff, 5, 2)).willReturn(List.of(8L));
		given(dataProtection.eraseAfterRetention(3L)).willReturn(true);
		// Customer 5 has a refund not yet paid: passed over, and the check goes on after them.
		given(dataProtection.eraseAfterRetention(5L)).willReturn(false);
		given(dataProtection.eraseAfterRetention(8L)).willReturn(true);

		CustomerRetention retention = new CustomerRetention(cases, dataProtection,
				new PrivacySettings(Period.ofYears(6), 2), CLOCK);
		retention.eraseExpired();

		verify(dataProtection).eraseAfterRetention(8L);
		assertThat(retention.eraseCustomersInactiveSince(cutoff)).isEqualTo(2);
	}

}
