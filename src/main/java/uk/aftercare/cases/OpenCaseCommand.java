package uk.aftercare.cases;

import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;

/**
 * What staff (or a shop system) tell us when logging an interaction. {@code type} is staff's confirmed type;
 * null accepts the classifier's suggestion. {@code customerId} is an existing customer staff chose, if any.
 */
public record OpenCaseCommand(ContactChannel channel, String description, ContactDetails customer, Long customerId,
		String orderReference, String product, CaseType type, boolean vulnerableCustomer) {

	public OpenCaseCommand {
		orderReference = orderReference == null || orderReference.isBlank() ? null
				: SearchKeys.upperCase(orderReference.trim());
		product = product == null || product.isBlank() ? null : product.trim();
		description = description == null ? null : description.strip();
	}

}
