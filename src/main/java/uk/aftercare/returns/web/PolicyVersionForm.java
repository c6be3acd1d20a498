package uk.aftercare.returns.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import uk.aftercare.returns.NewPolicyVersion;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReturnsPolicySettings;

/**
 * A manager's new version of the returns policy settings, prefilled with the version in force. The number fields
 * are kept as typed (text) and read by {@link #validate}, so a rejected form shows "abc" or "1e3" back as it was typed,
 * with a message saying what to enter, instead of an empty field or "1E+3".
 */
public class PolicyVersionForm {

	/** Days: digits, perhaps with a sign, so that "-3" and "400" are told they are out of range, not "not a number". */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

	/** The columns hold 12 digits, two of them pence. */
	private static final int MAX_POUND_DIGITS = 10;

	private String goodwillDays;

	private Set<ProofOfPurchase> acceptedGoodwillProofs = EnumSet.noneOf(ProofOfPurchase.class);

	private boolean excludePersonalised;

	private boolean excludePerishable;

	private boolean excludeUnsealedHygiene;

	private boolean excludeUnsealedMedia;

	private String frontLineRefundLimit;

	private String supervisorRefundLimit;

	/** Read as 1/12/2026 or 2026-12-01 ({@link uk.aftercare.shared.web.UkDates}, bound by the controller). */
	@NotNull(message = "{policy.effectiveFrom.required}")
	private LocalDate effectiveFrom;

	@Size(max = 500, message = "{policy.reason.tooLong}")
	private String reason;

	static PolicyVersionForm from(ReturnsPolicySettings settings, LocalDate effectiveFrom) {
		PolicyVersionForm form = new PolicyVersionForm();
		form.goodwillDays = String.valueOf(settings.goodwillDays());
		form.acceptedGoodwillProofs = settings.acceptedGoodwillProofs().isEmpty()
				? EnumSet.noneOf(ProofOfPurchase.class) : EnumSet.copyOf(settings.acceptedGoodwillProofs());
		form.excludePersonalised = settings.excludePersonalised();
		form.excludePerishable = settings.excludePerishable();
		form.excludeUnsealedHygiene = settings.excludeUnsealedHygiene();
		form.excludeUnsealedMedia = settings.excludeUnsealedMedia();
		form.frontLineRefundLimit = settings.frontLineRefundLimit().setScale(2).toPlainString();
		form.supervisorRefundLimit = settings.supervisorRefundLimit().setScale(2).toPlainString();
		form.effectiveFrom = effectiveFrom;
		return form;
	}

	/**
	 * Reads the number fields and checks the rules across fields: limits in order, and a date from {@code earliest}
	 * (today or a scheduled version) to {@code latest}.
	 */
	void validate(Errors errors, LocalDate today, LocalDate earliest, LocalDate latest, DateTimeFormatter dates) {
		checkDays(errors);
		BigDecimal frontLine = checkAmount(errors, "frontLineRefundLimit", frontLineRefundLimit);
		BigDecimal supervisor = checkAmount(errors, "supervisorRefundLimit", supervisorRefundLimit);
		if (frontLine != null && supervisor != null && supervisor.compareTo(frontLine) < 0) {
			errors.rejectValue("supervisorRefundLimit", "policy.supervisorRefundLimit.belowFrontLine");
		}
		if (effectiveFrom != null && effectiveFrom.isBefore(today)) {
			errors.rejectValue("effectiveFrom", "policy.effectiveFrom.past");
		}
		else if (effectiveFrom != null && effectiveFrom.isBefore(earliest)) {
			errors.rejectValue("effectiveFrom", "policy.effectiveFrom.beforeScheduled", new Object[] { dates.format(earliest) },
					null);
		}
		else if (effectiveFrom != null && effectiveFrom.isAfter(latest)) {
			errors.rejectValue("effectiveFrom", "policy.effectiveFrom.tooLate", new Object[] { dates.format(latest) },
					null);
		}
		if (acceptedGoodwillProofs != null && (acceptedGoodwillProofs.contains(ProofOfPurchase.NONE)
				|| acceptedGoodwillProofs.contains(ProofOfPurchase.GIFT_RECEIPT))) {
			errors.rejectValue("acceptedGoodwillProofs", "policy.acceptedGoodwillProofs.invalid");
		}
	}

	private void checkDays(Errors errors) {
		String text = typed(goodwillDays);
		if (text == null) {
			errors.rejectValue("goodwillDays", "policy.goodwillDays.required");
		}
		else if (!WHOLE_NUMBER.matcher(text).matches()) {
			errors.rejectValue("goodwillDays", "policy.goodwillDays.notWhole");
		}
		else if (days(text) == null) {
			errors.rejectValue("goodwillDays", "policy.goodwillDays.range");
		}
	}

	private static BigDecimal checkAmount(Errors errors, String field, String typed) {
		String text = typed(typed);
		if (text == null) {
			errors.rejectValue(field, "policy.limit.required");
			return null;
		}
		BigDecimal amount = Pounds.parse(text);
		if (amount == null && Pounds.tooManyPounds(text)) {
			errors.rejectValue(field, "policy.limit.tooLarge");
			return null;
		}
		if (amount != null && text.startsWith("-")) {
			errors.rejectValue(field, "policy.limit.negative");
			return null;
		}
		if (amount == null || amount.scale() > 2) {
			errors.rejectValue(field, "policy.limit.format");
			return null;
		}
		if (amount.precision() - amount.scale() > MAX_POUND_DIGITS) {
			errors.rejectValue(field, "policy.limit.tooLarge");
			return null;
		}
		return amount;
	}

	private static String typed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The days, or null if not a whole number from 0 to the maximum (never an overflow, whatever was typed). */
	private static Integer days(String text) {
		if (text == null || !WHOLE_NUMBER.matcher(text).matches()) {
			return null;
		}
		BigInteger days = new BigInteger(text);
		return days.signum() < 0 || days.compareTo(BigInteger.valueOf(ReturnsPolicySettings.MAX_GOODWILL_DAYS)) > 0
				? null : days.intValue();
	}

	/** The amount in pounds and pence, or null if it is not written as one. */
	private static BigDecimal amount(String text) {
		BigDecimal amount = Pounds.parse(text);
		return amount == null || amount.scale() > 2 ? null : amount.setScale(2);
	}

	/** The change, once {@link #validate} found nothing wrong. */
	NewPolicyVersion toCommand() {
		return new NewPolicyVersion(days(typed(goodwillDays)), acceptedGoodwillProofs, excludePersonalised,
				excludePerishable, excludeUnsealedHygiene, excludeUnsealedMedia, amount(typed(frontLineRefundLimit)),
				amount(typed(supervisorRefundLimit)), effectiveFrom, reason);
	}

	public String getGoodwillDays() {
		return goodwillDays;
	}

	public void setGoodwillDays(String goodwillDays) {
		this.goodwillDays = goodwillDays;
	}

	public Set<ProofOfPurchase> getAcceptedGoodwillProofs() {
		return acceptedGoodwillProofs;
	}

	public void setAcceptedGoodwillProofs(Set<ProofOfPurchase> acceptedGoodwillProofs) {
		this.acceptedGoodwillProofs = acceptedGoodwillProofs == null ? EnumSet.noneOf(ProofOfPurchase.class)
				: acceptedGoodwillProofs;
	}

	public boolean isExcludePersonalised() {
		return excludePersonalised;
	}

	public void setExcludePersonalised(boolean excludePersonalised) {
		this.excludePersonalised = excludePersonalised;
	}

	public boolean isExcludePerishable() {
		return excludePerishable;
	}

	public void setExcludePerishable(boolean excludePerishable) {
		this.excludePerishable = excludePerishable;
	}

	public boolean isExcludeUnsealedHygiene() {
		return excludeUnsealedHygiene;
	}

	public void setExcludeUnsealedHygiene(boolean excludeUnsealedHygiene) {
		this.excludeUnsealedHygiene = excludeUnsealedHygiene;
	}

	public boolean isExcludeUnsealedMedia() {
		return excludeUnsealedMedia;
	}

	public void setExcludeUnsealedMedia(boolean excludeUnsealedMedia) {
		this.excludeUnsealedMedia = excludeUnsealedMedia;
	}

	public String getFrontLineRefundLimit() {
		return frontLineRefundLimit;
	}

	public void setFrontLineRefundLimit(String frontLineRefundLimit) {
		this.frontLineRefundLimit = frontLineRefundLimit;
	}

	public String getSupervisorRefundLimit() {
		return supervisorRefundLimit;
	}

	public void setSupervisorRefundLimit(String supervisorRefundLimit) {
		this.supervisorRefundLimit = supervisorRefundLimit;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
