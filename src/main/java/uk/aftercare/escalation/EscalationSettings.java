package uk.aftercare.escalation;

import java.math.BigDecimal;

/**
 * Refund authority: front-line staff may pay back up to {@code frontLineLimit}; a supervisor up to
 * {@code supervisorLimit}; above that a manager must approve.
 */
public record EscalationSettings(BigDecimal frontLineLimit, BigDecimal supervisorLimit) {

	public static final EscalationSettings DEFAULTS = new EscalationSettings(new BigDecimal("250.00"),
			new BigDecimal("1000.00"));

	public EscalationSettings {
		if (frontLineLimit == null || supervisorLimit == null || frontLineLimit.signum() < 0
				|| supervisorLimit.compareTo(frontLineLimit) < 0) {
			throw new IllegalArgumentException("Limits must be set, not negative, and the supervisor's at least the "
					+ "front line's.");
		}
	}

}
