package uk.aftercare.shared;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Keeps a handful of rarely changed reference rows in memory (SLA targets, e-mail templates, staff names), because
 * every case logged reads them. A value is loaded again once it is older than {@code maxAge}, so a change made by
 * another instance of the application shows within that time; a change made here is seen at once, because the
 * service that makes it calls {@link #forgetAfterCommit()}.
 *
 * @param <K> the key, e.g. a template's key; keep the number of keys small (it is not an LRU cache)
 * @param <V> the value: an immutable view, never an entity
 */
public final class ReferenceCache<K, V> {

	private final long maxAgeNanos;

	private final LongSupplier nanoTime;

	private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

	public ReferenceCache(Duration maxAge) {
		this(maxAge, System::nanoTime);
	}

	ReferenceCache(Duration maxAge, LongSupplier nanoTime) {
		this.maxAgeNanos = maxAge.toNanos();
		this.nanoTime = nanoTime;
	}

	/** The value for the key, loaded with {@code loader} when missing or too old; {@code null}s are not kept. */
	public V get(K key, Function<K, V> loader) {
		long now = nanoTime.getAsLong();
		Entry<V> entry = entries.get(key);
		if (entry != null && now - entry.loadedAt() < maxAgeNanos) {
			return entry.value();
		}
		V value = loader.apply(key);
		if (value != null) {
			entries.put(key, new Entry<>(value, now));
		}
		return value;
	}

	/** Forgets every value once the current transaction commits (at once outside a transaction). */
	public void forgetAfterCommit() {
		AfterCommit.run(entries::clear);
	}

	private record Entry<V>(V value, long loadedAt) {
	}

}
