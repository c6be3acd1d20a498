package uk.aftercare.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${aftercare.zone:Europe/London}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

	@Bean
	@ConditionalOnMissingBean
	ShopClock shopClock(Clock clock) {
		return new ShopClock(clock);
	}

}
