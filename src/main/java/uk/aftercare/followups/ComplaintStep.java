package uk.aftercare.followups;

/**
 * The steps of handling a complaint well, after the LAST model (Listen, Apologise, Solve, Thank), with the two
 * checks that show the customer they were heard. In the order staff normally take them.
 */
public enum ComplaintStep {

	LISTEN(Stage.LISTEN), ACKNOWLEDGE_FEELINGS(Stage.LISTEN), CONFIRM_UNDERSTANDING(Stage.LISTEN),
	APOLOGISE(Stage.APOLOGISE), SOLVE(Stage.SOLVE), THANK(Stage.THANK);

	private final Stage stage;

	ComplaintStep(Stage stage) {
		this.stage = stage;
	}

	public Stage stage() {
		return stage;
	}

	/** The four letters of LAST. */
	public enum Stage { LISTEN, APOLOGISE, SOLVE, THANK }

}
