package uk.aftercare.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class OneDecimalTest {

	@Test
	void roundsAFigureHalfWayBetweenTwoTenthsUp() {
		assertThat(OneDecimal.of(2.65)).isEqualTo(new BigDecimal("2.7"));
		assertThat(OneDecimal.of(0.25)).isEqualTo(new BigDecimal("0.3"));
		assertThat(OneDecimal.of(0.05)).isEqualTo(new BigDecimal("0.1"));
		assertThat(OneDecimal.of(1.45)).isEqualTo(new BigDecimal("1.5"));
		assertThat(OneDecimal.of(100.0 * 1 / 16)).isEqualTo(new BigDecimal("6.3"));
	}

	/** The median of 1 and 5 minutes, in hours, comes out of floating point as 0.049999999999999996. */
	@Test
	void roundsAHalfWayFigureUpEvenWhenFloatingPointLeavesItJustBelow() {
		double median = (60 / 3600.0 + 300 / 3600.0) / 2;

		assertThat(median).isLessThan(0.05);
		assertThat(OneDecimal.of(median)).isEqualTo(new BigDecimal("0.1"));
	}

	@Test
	void keepsOtherFiguresToTheirNearestTenth() {
		assertThat(OneDecimal.of(2.64)).isEqualTo(new BigDecimal("2.6"));
		assertThat(OneDecimal.of(2.6499)).isEqualTo(new BigDecimal("2.6"));
		assertThat(OneDecimal.of(0)).isEqualTo(new BigDecimal("0.0"));
		assertThat(OneDecimal.of(100)).isEqualTo(new BigDecimal("100.0"));
		assertThat(OneDecimal.of(1234.56)).isEqualTo(new BigDecimal("1234.6"));
	}

}
