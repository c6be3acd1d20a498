package uk.aftercare.returns.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import uk.aftercare.returns.NewPolicyVersion;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReturnsPolicySettings;

/** A manager's new version of the returns policy settings, prefilled with the version in force. */
public class PolicyVersionForm {

	@NotNull(message = "{policy.goodwillDays.required}")
	@Min(value = 0, message = "{policy.goodwillDays.range}")
	@Max(value = ReturnsPolicySettings.MAX_GOODWILL_DAYS, message = "{policy.goodwillDays.range}")
	private Integer goodwillDays;

	private Set<ProofOfPurchase> acceptedGoodwillProofs = EnumSet.noneOf(ProofOfPurchase.class);

	private boolean excludePersonalised;

	private boolean excludePerishable;

	private boolean excludeUnsealedHygiene;

	private boolean excludeUnsealedMedia;

	@NotNull(message = "{policy.limit.required}")
	@DecimalMin(value = "0.00", message = "{policy.limit.negative}")
	@Digits(integer = 10, fraction = 2, message = "{rma.money.format}")
	private BigDecimal frontLineRefundLimit;

	@NotNull(message = "{policy.limit.required}")
	@DecimalMin(value = "0.00", message = "{policy.limit.negative}")
	@Digits(integer = 10, fraction = 2, message = "{rma.money.format}")
	private BigDecimal supervisorRefundLimit;

	@NotNull(message = "{policy.effectiveFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@Size(max = 500, message = "{field.tooLong}")
	private String reason;

	static PolicyVersionForm from(ReturnsPolicySettings settings, LocalDate effectiveFrom) {
		PolicyVersionForm form = new PolicyVersionForm();
		form.goodwillDays = settings.goodwillDays();
		form.acceptedGoodwillProofs = settings.acceptedGoodwillProofs().isEmpty()
				? EnumSet.noneOf(ProofOfPurchase.class) : EnumSet.copyOf(settings.acceptedGoodwillProofs());
		form.excludePersonalised = settings.excludePersonalised();
		form.excludePerishable = settings.excludePerishable();
		form.excludeUnsealedHygiene = settings.excludeUnsealedHygiene();
		form.excludeUnsealedMedia = settings.excludeUnsealedMedia();
		form.frontLineRefundLimit = settings.frontLineRefundLimit();
		form.supervisorRefundLimit = settings.supervisorRefundLimit();
		form.effectiveFrom = effectiveFrom;
		return form;
	}

	/** The rules across fields: limits in order, and no date before {@code earliest} (today or a scheduled version). */
	void validate(Errors errors, LocalDate today, LocalDate earliest, DateTimeFormatter dates) {
		if (frontLineRefundLimit != null && supervisorRefundLimit != null
				&& supervisorRefundLimit.compareTo(frontLineRefundLimit) < 0) {
			errors.rejectValue("supervisorRefundLimit", "policy.supervisorRefundLimit.belowFrontLine");
		}
		if (effectiveFrom != null && effectiveFrom.isBefore(today)) {
			errors.rejectValue("effectiveFrom", "policy.effectiveFrom.past");
		}
		else if (effectiveFrom != null && effectiveFrom.isBefore(earliest)) {
			errors.rejectValue("effectiveFrom", "policy.effectiveFrom.beforeScheduled", new Object[] { dates.format(earliest) },
					null);
		}
		if (acceptedGoodwillProofs != null && (acceptedGoodwillProofs.contains(ProofOfPurchase.NONE)
				|| acceptedGoodwillProofs.contains(ProofOfPurchase.GIFT_RECEIPT))) {
			errors.rejectValue("acceptedGoodwillProofs", "policy.acceptedGoodwillProofs.invalid");
		}
	}

	NewPolicyVersion toCommand() {
		return new NewPolicyVersion(goodwillDays, acceptedGoodwillProofs, excludePersonalised, excludePerishable,
				excludeUnsealedHygiene, excludeUnsealedMedia, frontLineRefundLimit, supervisorRefundLimit,
				effectiveFrom, reason);
	}

	public Integer getGoodwillDays() {
		return goodwillDays;
	}

	public void setGoodwillDays(Integer goodwillDays) {
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

	public BigDecimal getFrontLineRefundLimit() {
		return frontLineRefundLimit;
	}

	public void setFrontLineRefundLimit(BigDecimal frontLineRefundLimit) {
		this.frontLineRefundLimit = frontLineRefundLimit;
	}

	public BigDecimal getSupervisorRefundLimit() {
		return supervisorRefundLimit;
	}

	public void setSupervisorRefundLimit(BigDecimal supervisorRefundLimit) {
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
