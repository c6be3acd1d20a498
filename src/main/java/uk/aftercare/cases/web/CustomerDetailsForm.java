package uk.aftercare.cases.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.shared.web.VersionedForm;

/**
 * A correction of the customer's name and contact details, with the same rules as the log form, their postal address
 * (optional: lines in one box, the postcode in another), and why it was made.
 * It carries the version of the record the page showed, so it cannot undo someone else's correction unseen.
 */
public class CustomerDetailsForm extends VersionedForm {

	@NotBlank(message = "{case.customerName.required}")
	@Size(max = 120, message = "{case.customerName.tooLong}")
	private String name;

	@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email.invalid}")
	@Size(max = 200, message = "{case.customerEmail.tooLong}")
	private String email;

	@Pattern(regexp = ContactDetails.PHONE_PATTERN, message = "{field.phone.invalid}")
	@Size(max = 30, message = "{case.customerPhone.tooLong}")
	private String phone;

	/** Room for every line at its longest, with line breaks as a browser sends them (two characters each). */
	@Size(max = 300, message = "{customer.address.tooLong}")
	private String addressLines;

	/** Room for the longest postcode with a few spaces, of any kind: "SW1A 1AA" pasted with a no-break space. */
	@Pattern(regexp = PostalAddress.POSTCODE_PATTERN, message = "{customer.postcode.invalid}")
	@Size(max = 10, message = "{customer.postcode.tooLong}")
	private String postcode;

	@NotBlank(message = "{privacy.correct.note.required}")
	@Size(max = 1000, message = "{privacy.note.tooLong}")
	private String correctionNote;

	ContactDetails toDetails() {
		return new ContactDetails(name, email, phone);
	}

	/** The address typed, or null for none; only once the form's checks have passed. */
	PostalAddress toAddress() {
		return PostalAddress.of(addressLines, postcode);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddressLines() {
		return addressLines;
	}

	public void setAddressLines(String addressLines) {
		this.addressLines = addressLines;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getCorrectionNote() {
		return correctionNote;
	}

	public void setCorrectionNote(String correctionNote) {
		this.correctionNote = correctionNote;
	}

}
