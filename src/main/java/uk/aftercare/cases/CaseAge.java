package uk.aftercare.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago an open case was logged, in the buckets managers watch: under a day, one to three days, three to seven
 * days, over a week. One definition for the dashboard's figures and the case list they link to.
 */
public enum CaseAge {

	UNDER_1_DAY(null, Duration.ofDays(1)), DAYS_1_TO_3(Duration.ofDays(1), Duration.ofDays(3)),
	DAYS_3_TO_7(Duration.ofDays(3), Duration.ofDays(7)), OVER_7_DAYS(Duration.ofDays(7), null);

	private final Duration atLeast;

	private final Duration under;

	CaseAge(Duration atLeast, Duration under) {
		this.atLeast = atLeast;
		this.under = under;
	}

	/** The earliest creation time in this bucket at {@code now} (inclusive), or null for no lower bound. */
	public Instant createdFrom(Instant now) {
		return under == null ? null : now.minus(under);
	}

	/** The creation time this bucket ends before at {@code now} (exclusive), or null for no upper bound. */
	public Instant createdBefore(Instant now) {
		return atLeast == null ? null : now.minus(atLeast);
	}

}
