package uk.aftercare.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.ContactDirection;

/** "Record a contact" on the case page. */
public class ContactForm {

	@NotNull(message = "{case.channel.required}")
	private ContactChannel channel;

	@NotNull(message = "{contact.direction.required}")
	private ContactDirection direction = ContactDirection.TO_CUSTOMER;

	@NotBlank(message = "{contact.summary.required}")
	@Size(max = 5000, message = "{contact.summary.tooLong}")
	private String summary;

	public ContactChannel getChannel() {
		return channel;
	}

	public void setChannel(ContactChannel channel) {
		this.channel = channel;
	}

	public ContactDirection getDirection() {
		return direction;
	}

	public void setDirection(ContactDirection direction) {
		this.direction = direction;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
