package uk.aftercare.returns.web;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as staff type it on the returns forms (the RMA's prices and deduction, the policy's refund
 * limits): pounds and pence, with or without a "£" and thousands commas ("£1,299.99", "1299.99", "-5"). Each form
 * says itself what it allows of sign, pence and size.
 */
final class Pounds {

	/**
	 * Longer than any amount the forms take, even written with "£" and commas. Longer text is refused unread, so no
	 * one waits on a number of a million digits.
	 */
	static final int MAX_CHARACTERS = 20;

	/** Commas, if any, only between groups of three digits: "1,29.00" is a typing mistake, not 129. */
	private static final Pattern AMOUNT = Pattern.compile("(-?)£?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");

	private Pounds() {
	}

	/** The amount typed, or {@code null} when the text is blank or no amount (such as "NaN", "1e3" or "12 pounds"). */
	static BigDecimal parse(String text) {
		if (text == null || text.isBlank() || text.strip().length() > MAX_CHARACTERS) {
			return null;
		}
		Matcher amount = AMOUNT.matcher(text.strip());
		if (!amount.matches()) {
			return null;
		}
		String pence = amount.group(3) == null ? "" : amount.group(3);
		return new BigDecimal(amount.group(1) + amount.group(2).replace(",", "") + pence);
	}

}
