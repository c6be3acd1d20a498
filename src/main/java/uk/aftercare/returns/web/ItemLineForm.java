package uk.aftercare.returns.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.ItemLine;

/** One item line of the return authorisation form. */
public class ItemLineForm {

	@Size(max = 40, message = "{field.tooLong}")
	private String sku;

	@NotBlank(message = "{rma.line.description.required}")
	@Size(max = 200, message = "{field.tooLong}")
	private String description;

	@Size(max = 60, message = "{field.tooLong}")
	private String serialNumber;

	@NotNull(message = "{rma.line.quantity.required}")
	@Min(value = 1, message = "{rma.line.quantity.min}")
	@Max(value = 9999, message = "{rma.line.quantity.max}")
	private Integer quantity = 1;

	@NotNull(message = "{rma.line.unitPrice.required}")
	@DecimalMin(value = "0.00", message = "{rma.line.unitPrice.negative}")
	@Digits(integer = 10, fraction = 2, message = "{rma.money.format}")
	private BigDecimal unitPrice;

	@NotNull(message = "{rma.line.condition.required}")
	private ItemCondition condition;

	/** A row staff left empty, which the form ignores rather than reports. */
	boolean isBlank() {
		return blank(sku) && blank(description) && blank(serialNumber) && unitPrice == null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	ItemLine toItemLine() {
		return new ItemLine(blank(sku) ? null : sku.strip(), description == null ? null : description.strip(),
				blank(serialNumber) ? null : serialNumber.strip(), quantity == null ? 0 : quantity, unitPrice,
				condition);
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

	public Integer getQuantity() {
		return quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public void setUnitPrice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}

	public ItemCondition getCondition() {
		return condition;
	}

	public void setCondition(ItemCondition condition) {
		this.condition = condition;
	}

}
