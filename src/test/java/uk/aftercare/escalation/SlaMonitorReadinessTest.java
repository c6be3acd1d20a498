package uk.aftercare.escalation;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

import uk.aftercare.cases.CaseService;

/**
 * The SLA monitor waits until the application is ready: at start-up a volume load may hold the case table while it
 * builds its indexes, and the monitor's query then timed out and logged an error.
 */
class SlaMonitorReadinessTest {

	private final CaseService cases = mock(CaseService.class);

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final SlaMonitor monitor = new SlaMonitor(cases, mock(Approvals.class), availability);

	@Test
	void doesNothingBeforeTheApplicationIsReady() {
		monitor.checkTargets();

		verifyNoInteractions(cases);
	}

	@Test
	void checksTheTargetsOnceTheApplicationIsReady() {
		when(cases.markMissedTargets(anyInt())).thenReturn(List.of());
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

		monitor.checkTargets();

		verify(cases).markMissedTargets(SlaMonitor.BATCH);
	}

	@Test
	void stopsWhenTheApplicationRefusesTrafficAgain() {
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));

		monitor.checkTargets();

		verifyNoInteractions(cases);
	}

}
