package uk.aftercare.returns;

/** How the goods come back to the shop. */
public enum ReturnMethod {

	IN_STORE, POST, COLLECTION

}
