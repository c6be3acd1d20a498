package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.CustomerService;
import uk.aftercare.customers.CustomerSummary;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.DataProtection.ErasureResult;
import uk.aftercare.customers.PersonalDataHolder.KeepReason;
import uk.aftercare.customers.PrivacySettings;
import uk.aftercare.shared.ShopClock;

class CustomerRetentionTest {

	static final ShopClock CLOCK = new ShopClock(
			Clock.fixed(Instant.parse("2026-11-24T01:30:00Z"), ZoneId.of("Europe/London")));

	static final Instant SIX_YEARS_BEFORE_TODAY_BEGAN = Instant.parse("2020-11-24T00:00:00Z");

	final CustomerCases cases = mock(CustomerCases.class);

	final CustomerService customers = mock(CustomerService.class);

	final DataProtection dataProtection = mock(DataProtection.class);

	final CustomerRetention retention = new CustomerRetention(cases, customers, dataProtection,
			new PrivacySettings(Period.ofYears(6), 500), CLOCK);

	static final ErasureResult ERASED = ErasureResult.done();

	static final ErasureResult REFUND_UNPAID = ErasureResult
		.refused(List.of(KeepReason.of("privacy.keep.rma-refund-unpaid", "RMA-2020-000045")));

	@Test
	void erasesCustomersWhoseLastCaseClosedSixYearsBeforeTodayBegan() {
		given(cases.customersWithNothingOpenSince(SIX_YEARS_BEFORE_TODAY_BEGAN, 0, CustomerRetention.PAGE))
			.willReturn(List.of(3L, 5L, 8L));
		given(dataProtection.eraseAfterRetention(3L, SIX_YEARS_BEFORE_TODAY_BEGAN)).willReturn(ERASED);
		// Customer 5 has a refund not yet paid: passed over until a later night.
		given(dataProtection.eraseAfterRetention(5L, SIX_YEARS_BEFORE_TODAY_BEGAN)).willReturn(REFUND_UNPAID);
		given(dataProtection.eraseAfterRetention(8L, SIX_YEARS_BEFORE_TODAY_BEGAN)).willReturn(ERASED);

		retention.eraseExpired();

		verify(dataProtection).eraseAfterRetention(8L, SIX_YEARS_BEFORE_TODAY_BEGAN);
		assertThat(retention.eraseCustomersInactiveSince(SIX_YEARS_BEFORE_TODAY_BEGAN))
			.isEqualTo(new CustomerRetention.Run(2, 1, Map.of("privacy.keep.rma-refund-unpaid", 1)));
	}

	@Test
	void countsTheCustomersItKeepsByEachReasonOnceEach() {
		given(cases.customersWithNothingOpenSince(SIX_YEARS_BEFORE_TODAY_BEGAN, 0, CustomerRetention.PAGE))
			.willReturn(List.of(3L, 5L, 8L));
		given(dataProtection.eraseAfterRetention(3L, SIX_YEARS_BEFORE_TODAY_BEGAN))
			.willReturn(ErasureResult.refused(List.of(KeepReason.of("privacy.keep.rma-open", "RMA-2020-000001"),
					KeepReason.of("privacy.keep.rma-open", "RMA-2020-000002"),
					KeepReason.of("privacy.keep.approval-pending.REVIEW", "AC-2020-000001"))));
		given(dataProtection.eraseAfterRetention(5L, SIX_YEARS_BEFORE_TODAY_BEGAN)).willReturn(REFUND_UNPAID);
		// Erased by a manager since the page was read: neither erased nor kept by this run.
		given(dataProtection.eraseAfterRetention(8L, SIX_YEARS_BEFORE_TODAY_BEGAN))
			.willReturn(ErasureResult.alreadyDone());

		assertThat(retention.eraseCustomersInactiveSince(SIX_YEARS_BEFORE_TODAY_BEGAN))
			.isEqualTo(new CustomerRetention.Run(0, 2, Map.of("privacy.keep.rma-open", 1,
					"privacy.keep.approval-pending.REVIEW", 1, "privacy.keep.rma-refund-unpaid", 1)));
	}

	@Test
	void goesOnPastAWholePageOfCustomersSomethingStillNeedsAndStopsAtTheNightsMost() {
		List<Long> kept = LongStream.rangeClosed(1, CustomerRetention.PAGE).boxed().toList();
		given(cases.customersWithNothingOpenSince(SIX_YEARS_BEFORE_TODAY_BEGAN, 0, CustomerRetention.PAGE))
			.willReturn(kept);
		given(cases.customersWithNothingOpenSince(SIX_YEARS_BEFORE_TODAY_BEGAN, CustomerRetention.PAGE,
				CustomerRetention.PAGE))
			.willReturn(LongStream.rangeClosed(2001, 2000 + CustomerRetention.PAGE).boxed().toList());
		given(dataProtection.eraseAfterRetention(anyLong(), eq(SIX_YEARS_BEFORE_TODAY_BEGAN)))
			.willAnswer(call -> (long) call.getArgument(0) > 2000 ? ERASED : REFUND_UNPAID);

		CustomerRetention.Run run = retention.eraseCustomersInactiveSince(SIX_YEARS_BEFORE_TODAY_BEGAN);

		assertThat(run.erased()).isEqualTo(500);
		assertThat(run.kept()).isEqualTo(CustomerRetention.PAGE);
		verify(dataProtection, never()).eraseAfterRetention(2501L, SIX_YEARS_BEFORE_TODAY_BEGAN);
	}

	@Test
	void givesACaseLoggedDuringAnErasureARecordOfItsOwn() {
		ContactDetails jane = new ContactDetails("Jane Smith", "jane@example.com", null);
		given(cases.casesLoggedDuringErasure())
			.willReturn(List.of(new CustomerCases.LoggedDuringErasure("AC-2026-000042", jane)));
		given(customers.findOrCreate(null, jane))
			.willReturn(new CustomerSummary(99L, "Jane Smith", "jane@example.com", null));

		retention.eraseExpired();

		verify(cases).moveToCustomer("AC-2026-000042", 99L);
	}

}
