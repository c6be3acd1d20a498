package uk.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlausibleDatesTest {

	@Test
	void readsARealDayWrittenAsTheApiTakesIt() {
		assertThat(PlausibleDates.parseIsoDay("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
		assertThat(PlausibleDates.parseIsoDay("0000-01-01")).contains(LocalDate.of(0, 1, 1));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "2026-02-30", "2025-02-29", "2026-1-1", "26-01-01", "+2026-01-01", "20260-01-01",
			" 2026-01-01", "2026-01-01T00:00:00Z", "01/01/2026" })
	void readsNoDayFromAnyOtherText(String text) {
		assertThat(PlausibleDates.parseIsoDay(text)).isEmpty();
	}

}
