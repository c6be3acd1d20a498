package uk.aftercare.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import uk.aftercare.shared.ShopClock;

/**
 * The reports for a period, computed once and kept for a while ({@code aftercare.reports.keep-for}, ten minutes
 * unless set): a year of a busy shop's cases is several hundred thousand rows to aggregate, the figures of a
 * period analysis barely move in ten minutes, and a manager asking again (or several at once) should not wait again.
 * Every page says when its figures were computed and offers to recompute them at once. The same period asked for by
 * several managers at the same moment is computed once. {@code PT0S} computes on every request. The satisfaction
 * report's latest comments are the exception: personal data, they are read again on every request that does not
 * compute the rest (a cheap read of ten rows), so a customer erased on any instance of the application loses them from
 * every manager's page at once.
 */
@Service
public class ReportSnapshots {

	/** Periods and filters kept at most; the oldest computed goes first. */
	static final int MAX_KEPT = 32;

	private final ReportQueries queries;

	private final ShopClock clock;

	private final long keepForNanos;

	private final LongSupplier nanoTime;

	private final ConcurrentHashMap<DashboardFilter, Kept> kept = new ConcurrentHashMap<>();

	@Autowired
	ReportSnapshots(ReportQueries queries, ShopClock clock,
			@Value("${aftercare.reports.keep-for:PT10M}") Duration keepFor) {
		this(queries, clock, keepFor, System::nanoTime);
	}

	ReportSnapshots(ReportQueries queries, ShopClock clock, Duration keepFor, LongSupplier nanoTime) {
		if (keepFor.isNegative()) {
			throw new IllegalArgumentException("aftercare.reports.keep-for must not be negative, was " + keepFor);
		}
		this.queries = queries;
		this.clock = clock;
		this.keepForNanos = keepFor.toNanos();
		this.nanoTime = nanoTime;
	}

	/** Every report for the period, each over its own records (see {@link ReportQueries}). */
	public record Snapshot(DashboardFilter filter, ClassifierAgreement agreement, ModuleReports.RefundValue refundValue,
			ModuleReports.RootCauses rootCauses, ModuleReports.RepeatFaults repeatFaults,
			ModuleReports.Satisfaction satisfaction, Instant computedAt) {

		/** The same figures with the satisfaction report's latest comments as read now. */
		Snapshot withLatestComments(List<ModuleReports.Satisfaction.Comment> comments) {
			return new Snapshot(filter, agreement, refundValue, rootCauses, repeatFaults,
					satisfaction == null ? null : satisfaction.withComments(comments), computedAt);
		}

	}

	/** How long a snapshot is kept; zero when every request computes the reports. */
	public Duration keepFor() {
		return Duration.ofNanos(keepForNanos);
	}

	/**
	 * The reports for the filter: kept ones while they are fresh, else computed now. {@code recompute} computes them
	 * now whatever is kept.
	 */
	public Snapshot reports(DashboardFilter filter, boolean recompute) {
		if (keepForNanos == 0) {
			return compute(filter);
		}
		long now = nanoTime.getAsLong();
		Kept current = kept.get(filter);
		boolean computedNow = false;
		if (recompute || current == null || now - current.startedAt() >= keepForNanos) {
			Kept mine = new Kept(new FutureTask<>(() -> compute(filter)), now);
			boolean won = current == null ? kept.putIfAbsent(filter, mine) == null : kept.replace(filter, current, mine);
			if (won) {
				mine.task().run();
				forgetOldest();
				current = mine;
				computedNow = true;
			}
			else {
				current = kept.getOrDefault(filter, mine);
				if (current == mine) {
					mine.task().run();
					computedNow = true;
				}
			}
		}
		Snapshot snapshot = await(filter, current);
		return computedNow ? snapshot : snapshot.withLatestComments(queries.latestComments(filter));
	}

	private Snapshot await(DashboardFilter filter, Kept kept) {
		try {
			return kept.task().get();
		}
		catch (ExecutionException e) {
			this.kept.remove(filter, kept);
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the reports were computed", e);
		}
	}

	private void forgetOldest() {
		while (kept.size() > MAX_KEPT) {
			kept.entrySet()
				.stream()
				.min(Comparator.comparingLong(e -> e.getValue().startedAt()))
				.ifPresent(oldest -> kept.remove(oldest.getKey(), oldest.getValue()));
		}
	}

	private Snapshot compute(DashboardFilter filter) {
		Instant at = clock.now();
		return new Snapshot(filter, queries.classifierAgreement(filter), queries.refundValue(filter),
				queries.rootCauses(filter), queries.repeatFaults(filter), queries.satisfaction(filter), at);
	}

	private record Kept(FutureTask<Snapshot> task, long startedAt) {
	}

}
