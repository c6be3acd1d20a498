package uk.aftercare.followups;

import java.util.List;

/** The closing request broke the closing rules; each violation names its field. */
public class ClosingRejectedException extends RuntimeException {

	private final List<ClosingPolicy.Violation> violations;

	public ClosingRejectedException(List<ClosingPolicy.Violation> violations) {
		super("The case cannot be closed yet: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<ClosingPolicy.Violation> violations() {
		return violations;
	}

}
