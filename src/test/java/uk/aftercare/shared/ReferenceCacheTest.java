package uk.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ReferenceCacheTest {

	private final AtomicLong nanos = new AtomicLong();

	private final AtomicInteger loads = new AtomicInteger();

	private final ReferenceCache<String, String> cache = new ReferenceCache<>(Duration.ofMinutes(1), nanos::get);

	private String load(String key) {
		return key + "#" + loads.incrementAndGet();
	}

	@Test
	void aValueIsLoadedOnceWhileItIsFresh() {
		assertThat(cache.get("a", this::load)).isEqualTo("a#1");
		nanos.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(cache.get("a", this::load)).isEqualTo("a#1");
		assertThat(cache.get("b", this::load)).isEqualTo("b#2");
	}

	@Test
	void anOldValueIsLoadedAgain() {
		cache.get("a", this::load);
		nanos.addAndGet(Duration.ofSeconds(60).toNanos());
		assertThat(cache.get("a", this::load)).isEqualTo("a#2");
	}

	@Test
	void forgettingOutsideATransactionReloadsAtOnce() {
		cache.get("a", this::load);
		cache.forgetAfterCommit();
		assertThat(cache.get("a", this::load)).isEqualTo("a#2");
	}

	@Test
	void nothingIsKeptForAMissingValue() {
		assertThat(cache.get("a", key -> null)).isNull();
		assertThat(cache.get("a", this::load)).isEqualTo("a#1");
	}

}
