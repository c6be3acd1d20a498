package uk.aftercare.returns.web;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import uk.aftercare.shared.web.VersionedForm;

/**
 * The form on the RMA page that changes or removes a deduction a supervisor or manager refused: the amount and why
 * as typed, and the version of the RMA staff saw. Kept as text so a refused amount comes back as typed.
 */
public class DeductionForm extends VersionedForm {

	private String deductionAmount;

	@Size(max = 500, message = "{rma.deductionReason.tooLong}")
	private String deductionReason;

	/** An amount that is no amount of money, and a deduction without its reason, each beside its field. */
	void validate(Errors errors) {
		if (deductionAmount != null && !deductionAmount.isBlank()) {
			ReturnAuthorisationForm.rejectBadAmount(errors, "deductionAmount", deductionAmount,
					"rma.deductionAmount.negative");
		}
		var amount = Pounds.parse(deductionAmount);
		if (amount != null && amount.signum() > 0 && (deductionReason == null || deductionReason.isBlank())) {
			errors.rejectValue("deductionReason", "rma.deductionReason.required");
		}
	}

	public String getDeductionAmount() {
		return deductionAmount;
	}

	public void setDeductionAmount(String deductionAmount) {
		this.deductionAmount = deductionAmount;
	}

	public String getDeductionReason() {
		return deductionReason;
	}

	public void setDeductionReason(String deductionReason) {
		this.deductionReason = deductionReason;
	}

}
