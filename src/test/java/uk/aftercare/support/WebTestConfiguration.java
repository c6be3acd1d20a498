package uk.aftercare.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.web.StrictJsonConfiguration;
import uk.aftercare.staff.SecurityConfiguration;
import uk.aftercare.staff.StaffDirectory;

/**
 * Security configuration, the API's strict JSON reading, a fixed clock for web slices, and a staff directory that
 * knows nobody (pages then name staff by username; a test that needs names declares its own {@code @MockitoBean}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, StrictJsonConfiguration.class })
public class WebTestConfiguration {

	@Bean
	Clock clock() {
		return Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneId.of("Europe/London"));
	}

	@Bean
	ShopClock shopClock(Clock clock) {
		return new ShopClock(clock);
	}

	@Bean
	StaffDirectory staffDirectory() {
		return Mockito.mock(StaffDirectory.class);
	}

}
