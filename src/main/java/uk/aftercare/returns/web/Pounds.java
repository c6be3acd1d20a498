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

	/** No form takes £10,000,000,000 or more: ten digits of pounds at most. */
	static final int MAX_POUND_DIGITS = 10;

	/**
	 * Text too long to read as an amount may still be written as one, only larger than any form takes. Checked with a
	 * character class and a split rather than {@link #AMOUNT}, whose repeated group would recurse once per comma.
	 */
	private static final Pattern LONG_AMOUNT = Pattern.compile("£?[\\d,]+(\\.\\d+)?");

	private Pounds() {
	}

	/**
	 * Whether text that {@link #parse} does not read, for being too long, is an amount written as it takes them (no
	 * minus) with more pounds than any form takes: the form then says it is too large, not that it is mistyped.
	 */
	static boolean tooManyPounds(String text) {
		String typed = text == null ? "" : text.strip();
		if (typed.length() <= MAX_CHARACTERS || !LONG_AMOUNT.matcher(typed).matches()) {
			return false;
		}
		int point = typed.indexOf('.');
		String pounds = (point < 0 ? typed : typed.substring(0, point)).replace("£", "");
		// Commas, if any, only between groups of three digits, as parse takes them.
		String[] groups = pounds.split(",", -1);
		if (groups.length > 1 && (groups[0].isEmpty() || groups[0].length() > 3)) {
			return false;
		}
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3) {
				return false;
			}
		}
		return pounds.replace(",", "").length() > MAX_POUND_DIGITS;
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
