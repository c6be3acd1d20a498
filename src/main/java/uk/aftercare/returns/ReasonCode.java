package uk.aftercare.returns;

/**
 * Why the customer brings something back, as recorded on the return authorisation form. The first four are a
 * breach of contract by the shop, so the engine treats them as a fault: goods not of satisfactory quality, not as
 * described or not the goods agreed (CRA 2015 ss.9-11, 13), or damaged before the customer got them, when the
 * goods were still at the shop's risk (CRA 2015 s.29).
 */
public enum ReasonCode {

	FAULTY(true), DAMAGED_IN_TRANSIT(true), WRONG_ITEM(true), NOT_AS_DESCRIBED(true), CHANGED_MIND(false),
	OTHER(false);

	private final boolean breachOfContract;

	ReasonCode(boolean breachOfContract) {
		this.breachOfContract = breachOfContract;
	}

	/** Whether the shop is in breach, which is what "faulty" means to the returns engine. */
	public boolean breachOfContract() {
		return breachOfContract;
	}

}
