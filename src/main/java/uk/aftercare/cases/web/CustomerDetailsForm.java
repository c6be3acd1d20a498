package uk.aftercare.cases.web;

import java.util.Objects;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.CustomerRecord;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.shared.web.VersionedForm;

/**
 * A correction of the customer's name and contact details, with the same rules as the log form, their postal address
 * (optional: lines in one box, the postcode in another), and why it was made.
 * It carries the version of the record the page showed, and the details it showed (hidden fields), so it cannot undo
 * someone else's correction unseen: after a clash, what the user left as shown is shown as it is now.
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

	private String shownName;

	private String shownEmail;

	private String shownPhone;

	private String shownAddressLines;

	private String shownPostcode;

	/** The page shows the record at its version, with these details: what the form's changes are made to. */
	void showing(CustomerRecord record) {
		setVersion(String.valueOf(record.version()));
		shownName = Objects.toString(record.name(), "");
		shownEmail = Objects.toString(record.email(), "");
		shownPhone = Objects.toString(record.phone(), "");
		shownAddressLines = record.address() == null ? "" : record.address().linesText();
		shownPostcode = record.address() == null ? "" : record.address().postcode();
	}

	ContactDetails toDetails() {
		return new ContactDetails(name, email, phone);
	}

	/** The address typed, or null for none; only once the form's checks have passed. */
	PostalAddress toAddress() {
		return PostalAddress.of(addressLines, postcode);
	}

	public String getShownName() {
		return shownName;
	}

	public void setShownName(String shownName) {
		this.shownName = shownName;
	}

	public String getShownEmail() {
		return shownEmail;
	}

	public void setShownEmail(String shownEmail) {
		this.shownEmail = shownEmail;
	}

	public String getShownPhone() {
		return shownPhone;
	}

	public void setShownPhone(String shownPhone) {
		this.shownPhone = shownPhone;
	}

	public String getShownAddressLines() {
		return shownAddressLines;
	}

	public void setShownAddressLines(String shownAddressLines) {
		this.shownAddressLines = shownAddressLines;
	}

	public String getShownPostcode() {
		return shownPostcode;
	}

	public void setShownPostcode(String shownPostcode) {
		this.shownPostcode = shownPostcode;
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
