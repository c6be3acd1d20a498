package uk.aftercare.followups;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Customer e-mail settings ({@code aftercare.mail.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is e-mailed and each message is logged instead.
 *
 * @param from                 the sender address customers see and reply to
 * @param shopName             the shop's name as it signs its e-mails
 * @param acknowledgeNewCases  e-mail the acknowledgement with the case number as soon as a case is logged
 * @param deliverySenders      how many background threads hand committed messages to the SMTP server; {@code 0}
 *                             delivers in the request's own thread once its transaction has committed (used by
 *                             tests that read the outcome straight after the request)
 */
@ConfigurationProperties("aftercare.mail")
public record MailSettings(@DefaultValue("customer.service@shop.example") String from,
		@DefaultValue("Customer Service") String shopName, @DefaultValue("true") boolean acknowledgeNewCases,
		@DefaultValue("2") int deliverySenders) {

	public MailSettings {
		if (from == null || from.isBlank() || !from.contains("@")) {
			throw new IllegalArgumentException("aftercare.mail.from must be an e-mail address, was '" + from + "'");
		}
		if (shopName == null || shopName.isBlank()) {
			throw new IllegalArgumentException("aftercare.mail.shop-name must not be blank");
		}
		if (deliverySenders < 0 || deliverySenders > 16) {
			throw new IllegalArgumentException("aftercare.mail.delivery-senders must be 0 to 16, was " + deliverySenders);
		}
	}

}
