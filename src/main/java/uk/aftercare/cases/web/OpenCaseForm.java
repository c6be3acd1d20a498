package uk.aftercare.cases.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.shared.web.RadioButtons;

/** The "Log interaction" form, kept apart from the entity so a rejected form keeps everything typed. */
public class OpenCaseForm {

	/** The form tokens the server hands out: random UUIDs. */
	private static final java.util.regex.Pattern ISSUED_TOKEN = java.util.regex.Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private String formToken;

	private Long customerId;

	@NotBlank(message = "{case.customerName.required}")
	@Size(max = 120, message = "{case.customerName.tooLong}")
	private String customerName;

	@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email.invalid}")
	@Size(max = 200, message = "{case.customerEmail.tooLong}")
	private String customerEmail;

	@Pattern(regexp = ContactDetails.PHONE_PATTERN, message = "{field.phone.invalid}")
	@Size(max = 30, message = "{case.customerPhone.tooLong}")
	private String customerPhone;

	@NotNull(message = "{case.channel.required}")
	private ContactChannel channel;

	@Size(max = 60, message = "{case.orderReference.tooLong}")
	private String orderReference;

	@Size(max = 200, message = "{case.product.tooLong}")
	private String product;

	@NotBlank(message = "{case.description.required}")
	@Size(max = 5000, message = "{case.description.tooLong}")
	private String description;

	private boolean vulnerableCustomer;

	@RadioButtons
	private CaseType type;

	static String newToken() {
		return java.util.UUID.randomUUID().toString();
	}

	/**
	 * Whether the token is one the server could have issued. Anything else (missing, or made up by a client) is never
	 * stored as an idempotency key: it is replaced by a fresh token.
	 */
	boolean hasIssuedToken() {
		return formToken != null && ISSUED_TOKEN.matcher(formToken).matches();
	}

	boolean hasEmailOrPhone() {
		return !(isBlank(customerEmail) && isBlank(customerPhone));
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	OpenCaseCommand toCommand() {
		return new OpenCaseCommand(channel, description, new ContactDetails(customerName, customerEmail, customerPhone),
				customerId, orderReference, product, type, vulnerableCustomer);
	}

	public String getFormToken() {
		return formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public String getCustomerName() {
		return customerName;
	}

	public void setCustomerName(String customerName) {
		this.customerName = customerName;
	}

	public String getCustomerEmail() {
		return customerEmail;
	}

	public void setCustomerEmail(String customerEmail) {
		this.customerEmail = customerEmail;
	}

	public String getCustomerPhone() {
		return customerPhone;
	}

	public void setCustomerPhone(String customerPhone) {
		this.customerPhone = customerPhone;
	}

	public ContactChannel getChannel() {
		return channel;
	}

	public void setChannel(ContactChannel channel) {
		this.channel = channel;
	}

	public String getOrderReference() {
		return orderReference;
	}

	public void setOrderReference(String orderReference) {
		this.orderReference = orderReference;
	}

	public String getProduct() {
		return product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isVulnerableCustomer() {
		return vulnerableCustomer;
	}

	public void setVulnerableCustomer(boolean vulnerableCustomer) {
		this.vulnerableCustomer = vulnerableCustomer;
	}

	public CaseType getType() {
		return type;
	}

	public void setType(CaseType type) {
		this.type = type;
	}

}
