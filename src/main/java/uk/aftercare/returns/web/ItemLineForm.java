package uk.aftercare.returns.web;

import java.util.Arrays;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.ItemLine;
import uk.aftercare.returns.NewReturnAuthorisation;

/**
 * One item line of the return authorisation form. The quantity, price and condition are kept as typed and checked
 * here, not converted while binding: a binding error would stay at its row's old number when empty rows are
 * dropped, and a number input would lose what was typed.
 */
public class ItemLineForm {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

	@Size(max = 40, message = "{rma.line.sku.tooLong}")
	private String sku;

	@NotBlank(message = "{rma.line.description.required}")
	@Size(max = 200, message = "{rma.line.description.tooLong}")
	private String description;

	@Size(max = 60, message = "{rma.line.serialNumber.tooLong}")
	private String serialNumber;

	private String quantity = "1";

	private String unitPrice;

	private String condition;

	/** A row staff left empty, which the form ignores rather than reports. */
	boolean isBlank() {
		return blank(sku) && blank(description) && blank(serialNumber) && blank(unitPrice);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** Checks the quantity, price and condition as typed; {@code errors} is at this line's nested path. */
	void validate(Errors errors) {
		Long count = wholeNumber();
		if (blank(quantity)) {
			errors.rejectValue("quantity", "rma.line.quantity.required");
		}
		else if (count == null) {
			errors.rejectValue("quantity", "rma.line.quantity.whole");
		}
		else if (count < 1) {
			errors.rejectValue("quantity", "rma.line.quantity.min");
		}
		else if (count > NewReturnAuthorisation.MAX_QUANTITY) {
			errors.rejectValue("quantity", "rma.line.quantity.max");
		}
		if (blank(unitPrice)) {
			errors.rejectValue("unitPrice", "rma.line.unitPrice.required");
		}
		else {
			ReturnAuthorisationForm.rejectBadAmount(errors, "unitPrice", unitPrice, "rma.line.unitPrice.negative");
		}
		if (blank(condition)) {
			errors.rejectValue("condition", "rma.line.condition.required");
		}
		else if (itemCondition() == null) {
			errors.rejectValue("condition", "rma.line.condition.unknown");
		}
	}

	/**
	 * The quantity typed when it is a whole number; one of more than 18 digits reads as the largest, which is too
	 * many all the same.
	 */
	private Long wholeNumber() {
		if (blank(quantity) || !WHOLE_NUMBER.matcher(quantity.strip()).matches()) {
			return null;
		}
		String number = quantity.strip();
		boolean negative = number.startsWith("-");
		String digits = number.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
		long magnitude = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
		return negative ? -magnitude : magnitude;
	}

	/** The quantity for the service, which refuses any out of bounds: 0 when it is not a whole number. */
	private int count() {
		Long count = wholeNumber();
		return count == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, count));
	}

	/** The condition chosen, or {@code null} while none or an unknown one is. */
	ItemCondition itemCondition() {
		return blank(condition) ? null
				: Arrays.stream(ItemCondition.values())
					.filter(c -> c.name().equals(condition.strip()))
					.findFirst()
					.orElse(null);
	}

	ItemLine toItemLine() {
		return new ItemLine(blank(sku) ? null : sku.strip(), description == null ? null : description.strip(),
				blank(serialNumber) ? null : serialNumber.strip(), count(), Pounds.parse(unitPrice),
				itemCondition());
	}

	public String getSku() {
		return sku;
	}

	public void setSku(String sku) {
		this.sku = sku;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getSerialNumber() {
		return serialNumber;
	}

	public void setSerialNumber(String serialNumber) {
		this.serialNumber = serialNumber;
	}

	public String getQuantity() {
		return quantity;
	}

	public void setQuantity(String quantity) {
		this.quantity = quantity;
	}

	public String getUnitPrice() {
		return unitPrice;
	}

	public void setUnitPrice(String unitPrice) {
		this.unitPrice = unitPrice;
	}

	public String getCondition() {
		return condition;
	}

	public void setCondition(String condition) {
		this.condition = condition;
	}

}
