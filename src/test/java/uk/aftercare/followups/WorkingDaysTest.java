package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

	@Test
	void theNextWorkingDayAfterAWeekdayIsTheNextDay() {
		assertThat(WorkingDays.nextAfter(LocalDate.of(2026, 11, 4))).isEqualTo(LocalDate.of(2026, 11, 5));
	}

	@Test
	void fridaySaturdayAndSundayAllLeadToMonday() {
		LocalDate monday = LocalDate.of(2026, 11, 9);
		assertThat(WorkingDays.nextAfter(LocalDate.of(2026, 11, 6))).isEqualTo(monday);
		assertThat(WorkingDays.nextAfter(LocalDate.of(2026, 11, 7))).isEqualTo(monday);
		assertThat(WorkingDays.nextAfter(LocalDate.of(2026, 11, 8))).isEqualTo(monday);
	}

}
