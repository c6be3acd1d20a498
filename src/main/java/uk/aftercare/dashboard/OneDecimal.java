package uk.aftercare.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A figure as the dashboard and reports show it: to one decimal, half up, so that 2.65 hours is 2.7 wherever it
 * appears. Tables, headlines and the charts beside them (whose figures are also their text for screen readers) all
 * take the figure from here, so none rounds it differently.
 */
final class OneDecimal {

	/**
	 * Digits kept before rounding to one decimal. The figures are ratios of whole seconds or counts computed in
	 * floating point, which holds 2.65 as 2.6499999999999999; twelve significant digits take that error away without
	 * touching any figure those ratios can really have.
	 */
	private static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);

	private OneDecimal() {
	}

	static BigDecimal of(double figure) {
		return new BigDecimal(figure, SIGNIFICANT).setScale(1, RoundingMode.HALF_UP);
	}

}
