package uk.aftercare.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.ShopClock;

class ReportSnapshotsTest {

	private static final DashboardFilter YEAR = new DashboardFilter(LocalDate.of(2025, 11, 3),
			LocalDate.of(2026, 11, 2), null, null);

	private final ReportQueries queries = mock(ReportQueries.class);

	private final AtomicLong nanos = new AtomicLong();

	private final ShopClock clock = new ShopClock(
			Clock.fixed(Instant.parse("2026-11-02T10:15:00Z"), ZoneId.of("Europe/London")));

	private ReportSnapshots keptFor(Duration duration) {
		return new ReportSnapshots(queries, clock, duration, nanos::get);
	}

	@Test
	void reportsAreComputedOnceWhileFreshAndAgainWhenOld() {
		ReportSnapshots snapshots = keptFor(Duration.ofMinutes(10));

		assertThat(snapshots.reports(YEAR, false).computedAt()).isEqualTo(Instant.parse("2026-11-02T10:15:00Z"));
		nanos.addAndGet(Duration.ofMinutes(9).toNanos());
		snapshots.reports(YEAR, false);
		verify(queries, times(1)).classifierAgreement(YEAR);

		nanos.addAndGet(Duration.ofMinutes(1).toNanos());
		snapshots.reports(YEAR, false);
		verify(queries, times(2)).classifierAgreement(YEAR);
	}

	@Test
	void aManagerCanHaveThemComputedAgainAtOnce() {
		ReportSnapshots snapshots = keptFor(Duration.ofMinutes(10));
		snapshots.reports(YEAR, false);

		snapshots.reports(YEAR, true);

		verify(queries, times(2)).satisfaction(YEAR);
	}

	@Test
	void eachFilterHasItsOwnFigures() {
		ReportSnapshots snapshots = keptFor(Duration.ofMinutes(10));
		DashboardFilter returns = new DashboardFilter(YEAR.from(), YEAR.to(), null, CaseType.RETURN);

		snapshots.reports(YEAR, false);
		snapshots.reports(returns, false);
		snapshots.reports(returns, false);

		verify(queries, times(1)).refundValue(YEAR);
		verify(queries, times(1)).refundValue(returns);
	}

	@Test
	void onlyTheNewestFiltersAreKept() {
		ReportSnapshots snapshots = keptFor(Duration.ofMinutes(10));
		for (int day = 0; day <= ReportSnapshots.MAX_KEPT; day++) {
			nanos.incrementAndGet();
			snapshots.reports(new DashboardFilter(YEAR.from().plusDays(day), YEAR.to(), null, null), false);
		}

		snapshots.reports(new DashboardFilter(YEAR.from().plusDays(ReportSnapshots.MAX_KEPT), YEAR.to(), null, null),
				false);
		snapshots.reports(YEAR, false);

		verify(queries, times(2)).rootCauses(YEAR);
	}

	@Test
	void theLatestCommentsAreReadAgainOnEveryRequestWhileTheFiguresAreKept() {
		ReportSnapshots snapshots = keptFor(Duration.ofMinutes(10));
		var ada = new ModuleReports.Satisfaction.Comment("AC-2026-000001", 5, true, "Lovely help, thanks - Ada",
				Instant.parse("2026-11-01T09:00:00Z"));
		given(queries.satisfaction(YEAR)).willReturn(new ModuleReports.Satisfaction(1, 5, 100,
				List.of(0L, 0L, 0L, 0L, 1L), List.of(), List.of(ada)));
		assertThat(snapshots.reports(YEAR, false).satisfaction().comments()).containsExactly(ada);

		// Ada is erased, on this instance or another: her comment is gone from the database, not yet from the figures.
		given(queries.latestComments(YEAR)).willReturn(List.of());
		var kept = snapshots.reports(YEAR, false).satisfaction();

		assertThat(kept.comments()).isEmpty();
		assertThat(kept.responses()).isEqualTo(1);
		verify(queries, times(1)).satisfaction(YEAR);
		verify(queries, times(1)).latestComments(YEAR);
	}

	@Test
	void withoutKeepingEveryRequestComputes() {
		ReportSnapshots snapshots = keptFor(Duration.ZERO);

		snapshots.reports(YEAR, false);
		snapshots.reports(YEAR, false);

		verify(queries, times(2)).repeatFaults(YEAR);
	}

	@Test
	void aFailedComputationIsNotKept() {
		ReportSnapshots snapshots = keptFor(Duration.ofMinutes(10));
		given(queries.classifierAgreement(any())).willThrow(new IllegalStateException("database gone"))
			.willReturn(null);

		assertThatThrownBy(() -> snapshots.reports(YEAR, false)).hasMessage("database gone");
		snapshots.reports(YEAR, false);

		verify(queries, times(2)).classifierAgreement(YEAR);
	}

}
