package uk.aftercare.returns;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

import uk.aftercare.shared.ShopClock;

/** The refund-deadline check waits until the application is ready, as the SLA monitor does. */
class RefundDeadlineMonitorReadinessTest {

	private final ReturnAuthorisationService rmas = mock(ReturnAuthorisationService.class);

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final RefundDeadlineMonitor monitor = new RefundDeadlineMonitor(rmas,
			new ShopClock(Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/London"))),
			availability);

	@Test
	void doesNothingBeforeTheApplicationIsReady() {
		monitor.checkRefunds();

		verifyNoInteractions(rmas);
	}

	@Test
	void checksTheRefundsOnceTheApplicationIsReady() {
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

		monitor.checkRefunds();

		verify(rmas).escalateOverdueRefunds(LocalDate.of(2026, 11, 25));
	}

}
