package uk.aftercare.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The shop's notion of "now" and "today". Statutory periods are counted in the shop's own time zone,
 * so a claim made at 00:30 on 1 April in London is made on 1 April, whatever the server's zone.
 */
public class ShopClock {

	private final Clock clock;

	public ShopClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Now, to the microsecond: what both databases keep of a timestamp, so a time answered at once (a case just
	 * logged) reads the same when it is read back (the same case replayed for its Idempotency-Key).
	 */
	public Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public ZoneId zone() {
		return clock.getZone();
	}

	public Clock clock() {
		return clock;
	}

}
