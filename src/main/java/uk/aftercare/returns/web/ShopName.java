package uk.aftercare.returns.web;

/**
 * Where the shop's name on a customer's copy of a return authorisation comes from: the setting its e-mails to
 * customers sign with, {@code aftercare.mail.shop-name}, so the customer meets one name on both.
 *
 * <p>Read here as a plain property, with the same default as the mail settings: {@code MailSettings} belongs to the
 * follow-ups module, which depends on this one, so using it would make the two modules depend on each other.
 */
final class ShopName {

	static final String SETTING = "${aftercare.mail.shop-name:Customer Service}";

	private ShopName() {
	}

}
