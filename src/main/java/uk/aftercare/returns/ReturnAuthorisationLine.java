package uk.aftercare.returns;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The stored form of an {@link ItemLine}, owned by its return authorisation. */
@Embeddable
class ReturnAuthorisationLine {

	@Column(length = 40)
	private String sku;

	@Column(nullable = false, length = 200)
	private String description;

	@Column(name = "serial_number", length = 60)
	private String serialNumber;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
	private BigDecimal unitPrice;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_condition", nullable = false, length = 30)
	private ItemCondition condition;

	protected ReturnAuthorisationLine() {
	}

	ReturnAuthorisationLine(ItemLine line) {
		this.sku = line.sku();
		this.description = line.description();
		this.serialNumber = line.serialNumber();
		this.quantity = line.quantity();
		this.unitPrice = line.unitPrice();
		this.condition = line.condition();
	}

	ItemLine toItemLine() {
		return new ItemLine(sku, description, serialNumber, quantity, unitPrice, condition);
	}

}
