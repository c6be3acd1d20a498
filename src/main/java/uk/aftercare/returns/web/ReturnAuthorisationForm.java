package uk.aftercare.returns.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import uk.aftercare.customers.ContactDetails;
import uk.aftercare.returns.CustomerWish;
import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.NewReturnAuthorisation;
import uk.aftercare.returns.ProductType;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReasonCode;
import uk.aftercare.returns.RefundMethod;
import uk.aftercare.returns.Region;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.ReturnMethod;
import uk.aftercare.returns.ReturnRequest;
import uk.aftercare.returns.SaleChannel;
import uk.aftercare.shared.PlausibleDates;

/**
 * The return authorisation form: every field of "What a returns authorisation form records" that staff type,
 * kept apart from the entity so a rejected form keeps everything typed.
 */
public class ReturnAuthorisationForm {

	/** Empty item rows offered on the form, so staff can add items without a script. */
	static final int SPARE_LINES = 2;

	@NotBlank(message = "{rma.customerName.required}")
	@Size(max = 120, message = "{rma.customerName.tooLong}")
	private String customerName;

	@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email.invalid}")
	@Size(max = 200, message = "{rma.customerEmail.tooLong}")
	private String customerEmail;

	@Pattern(regexp = ContactDetails.PHONE_PATTERN, message = "{field.phone.invalid}")
	@Size(max = 30, message = "{rma.customerPhone.tooLong}")
	private String customerPhone;

	@Size(max = 60, message = "{rma.orderReference.tooLong}")
	private String orderReference;

	@NotNull(message = "{rma.proofOfPurchase.required}")
	private ProofOfPurchase proofOfPurchase = ProofOfPurchase.RECEIPT;

	@NotNull(message = "{rma.productType.required}")
	private ProductType productType = ProductType.GOODS;

	@NotNull(message = "{rma.channel.required}")
	private SaleChannel channel;

	@NotNull(message = "{rma.region.required}")
	private Region region = Region.ENGLAND_WALES;

	/** The dates are read as 20/10/2026 or 2026-10-20 ({@link uk.aftercare.shared.web.UkDates}, bound by the controller). */
	@NotNull(message = "{rma.purchaseDate.required}")
	private LocalDate purchaseDate;

	private LocalDate deliveryDate;

	private LocalDate requestDate;

	@Valid
	private List<ItemLineForm> lines = new ArrayList<>();

	@NotNull(message = "{rma.reasonCode.required}")
	private ReasonCode reasonCode;

	@Size(max = 1000, message = "{rma.reasonDetail.tooLong}")
	private String reasonDetail;

	private boolean failedRepairOrReplacement;

	@Min(value = 0, message = "{rma.days.negative}")
	@Max(value = 3650, message = "{rma.days.tooMany}")
	private Integer repairDays = 0;

	private boolean perishable;

	@Min(value = 0, message = "{rma.days.negative}")
	@Max(value = 3650, message = "{rma.days.tooMany}")
	private Integer expectedLifeDays;

	private boolean personalised;

	private boolean hygieneSealBroken;

	private boolean mediaSealBroken;

	private boolean cancellationInfoGiven = true;

	private boolean digitalSupplyStartedWithConsent;

	private boolean faultPointedOutBeforeSale;

	/** Staff's word that the item facts ticked are true of every item on a form of several. */
	private boolean factsTrueOfEveryItem;

	@NotNull(message = "{rma.customerWish.required}")
	private CustomerWish customerWish;

	@NotNull(message = "{rma.offeredRemedy.required}")
	private Remedy offeredRemedy;

	/** Required unless the customer keeps the goods with a price reduction: see {@link #validateRules}. */
	private ReturnMethod returnMethod;

	/** For a final rejection or price reduction of goods: which the customer chose. */
	private FinalChoice finalChoice = FinalChoice.FINAL_REJECTION;

	/** The reduction agreed when the customer keeps the goods, as typed (see {@link ItemLineForm}). */
	private String priceReduction;

	private RefundMethod refundMethod = RefundMethod.ORIGINAL_PAYMENT_METHOD;

	/** As typed, for the same reasons as an item's price (see {@link ItemLineForm}). */
	private String deductionAmount;

	@Size(max = 500, message = "{rma.deductionReason.tooLong}")
	private String deductionReason;

	/** Drops item rows staff left empty, before validation, so only real lines are checked. */
	void dropBlankLines() {
		lines.removeIf(line -> line == null || line.isBlank());
	}

	/** Pads the item rows with empty ones to fill in, up to the most an RMA takes. */
	void addSpareLines() {
		int spare = Math.min(SPARE_LINES, NewReturnAuthorisation.MAX_LINES - lines.size());
		for (int i = 0; i < spare; i++) {
			ItemLineForm line = new ItemLineForm();
			line.setQuantity(null);
			lines.add(line);
		}
	}

	/**
	 * The rules the annotations cannot say: dates neither in the future nor before 1900, delivery not before the
	 * purchase, the request not before the purchase, nor before the delivery unless it cancels a distance sale (the
	 * engine's rules too, ReturnRequest.validate); each item's quantity, price and condition as typed, and a total the
	 * RMA can hold; before delivery, no item used or damaged, no days waited for a repair and no seal broken after
	 * delivery; no item whose condition or facts (such as "personalised") would decide for the others; the deduction
	 * and its reason.
	 */
	void validateRules(Errors errors, LocalDate today) {
		if (tooLongAgo(purchaseDate)) {
			errors.rejectValue("purchaseDate", "rma.date.tooLongAgo");
		}
		else if (purchaseDate != null && purchaseDate.isAfter(today)) {
			errors.rejectValue("purchaseDate", "rma.date.future");
		}
		if (tooLongAgo(deliveryDate)) {
			errors.rejectValue("deliveryDate", "rma.date.tooLongAgo");
		}
		else if (deliveryDate != null && purchaseDate != null && deliveryDate.isBefore(purchaseDate)) {
			errors.rejectValue("deliveryDate", "rma.deliveryDate.beforePurchase");
		}
		else if (deliveryDate != null && deliveryDate.isAfter(today)) {
			errors.rejectValue("deliveryDate", "rma.date.future");
		}
		LocalDate delivered = deliveryDate != null ? deliveryDate : purchaseDate;
		if (tooLongAgo(requestDate)) {
			errors.rejectValue("requestDate", "rma.date.tooLongAgo");
		}
		else if (requestDate != null && purchaseDate != null && requestDate.isBefore(purchaseDate)) {
			errors.rejectValue("requestDate", "rma.requestDate.beforePurchase");
		}
		else if (requestDate != null && delivered != null && requestDate.isBefore(delivered)
				&& !toCommand(null).toReturnRequest().cancellableBeforeDelivery()) {
			// Before delivery the customer can only cancel a distance sale (CCR 2013 regs 29-30); a fault shows only
			// once the goods have come.
			errors.rejectValue("requestDate", reasonCode != null && reasonCode.breachOfContract()
					? "rma.requestDate.beforeDelivery.fault" : "rma.requestDate.beforeDelivery");
		}
		else if (requestDate != null && requestDate.isAfter(today)) {
			errors.rejectValue("requestDate", "rma.date.future");
		}
		if (lines.isEmpty()) {
			errors.rejectValue("lines", "rma.lines.required");
		}
		for (int i = 0; i < lines.size(); i++) {
			errors.pushNestedPath("lines[" + i + "]");
			lines.get(i).validate(errors);
			errors.popNestedPath();
		}
		List<ItemCondition> conditions = lines.stream().map(ItemLineForm::itemCondition).toList();
		if (cancelledBeforeDelivery(errors, delivered)) {
			// Goods not yet delivered cannot have been used, damaged, waited for a repair or unsealed after delivery (the
			// engine's rule too). Each item's condition is named once: the rules for an item among others do not apply.
			for (int i = 0; i < conditions.size(); i++) {
				if (conditions.get(i) != null && conditions.get(i) != ItemCondition.UNUSED) {
					errors.rejectValue("lines[" + i + "].condition", "rma.line.condition.beforeDelivery");
				}
			}
			if (repairDays != null && repairDays > 0 && !errors.hasFieldErrors("repairDays")) {
				errors.rejectValue("repairDays", "rma.repairDays.beforeDelivery");
			}
			if (hygieneSealBroken) {
				errors.rejectValue("hygieneSealBroken", "rma.hygieneSealBroken.beforeDelivery");
			}
			if (mediaSealBroken) {
				errors.rejectValue("mediaSealBroken", "rma.mediaSealBroken.beforeDelivery");
			}
		}
		else {
			for (int i : NewReturnAuthorisation.damagedAmongOthers(conditions)) {
				errors.rejectValue("lines[" + i + "].condition", "rma.line.condition.damagedAmongOthers");
			}
			// A cancellation may deduct for handling the used items (CCR 2013 reg 34(9)); otherwise the unused items
			// would lose their goodwill return.
			String used = toCommand(null).cancellable(today) ? "rma.line.condition.usedAmongUnused.cancelled"
					: "rma.line.condition.usedAmongUnused";
			for (int i : NewReturnAuthorisation.usedAmongUnused(conditions, productType, reasonCode)) {
				errors.rejectValue("lines[" + i + "].condition", used);
			}
		}
		NewReturnAuthorisation command = toCommand(null);
		if (command.itemFactsUnconfirmed()) {
			errors.rejectValue("factsTrueOfEveryItem", "rma.factsTrueOfEveryItem.required");
		}
		// Null while a price or quantity is itself wrong: that is reported at the line.
		BigDecimal total = command.totalPrice();
		if (total != null && total.compareTo(NewReturnAuthorisation.MAX_AMOUNT) > 0) {
			errors.rejectValue("lines", "rma.total.tooLarge");
		}
		if (deductionAmount != null && !deductionAmount.isBlank()) {
			rejectBadAmount(errors, "deductionAmount", deductionAmount, "rma.deductionAmount.negative");
		}
		BigDecimal deduction = Pounds.parse(deductionAmount);
		if (deduction != null && deduction.signum() > 0 && (deductionReason == null || deductionReason.isBlank())) {
			errors.rejectValue("deductionReason", "rma.deductionReason.required");
		}
		// Goods kept with a price reduction do not come back.
		if (returnMethod == null && !command.priceReductionChosen()) {
			errors.rejectValue("returnMethod", "rma.returnMethod.required");
		}
		if (command.priceReductionChosen() && priceReduction != null && !priceReduction.isBlank()) {
			rejectBadAmount(errors, "priceReduction", priceReduction, "rma.priceReduction.range");
		}
	}

	/** A request before delivery with every date accepted: a distance sale cancelled before the goods came. */
	private boolean cancelledBeforeDelivery(Errors errors, LocalDate delivered) {
		return requestDate != null && delivered != null && requestDate.isBefore(delivered)
				&& !errors.hasFieldErrors("purchaseDate") && !errors.hasFieldErrors("deliveryDate")
				&& !errors.hasFieldErrors("requestDate");
	}

	private static boolean tooLongAgo(LocalDate date) {
		return date != null && date.isBefore(PlausibleDates.EARLIEST);
	}

	/** Rejects an amount that is no number, negative, beyond what the RMA holds, or has fractions of a penny. */
	static void rejectBadAmount(Errors errors, String field, String text, String negativeCode) {
		BigDecimal amount = Pounds.parse(text);
		if (amount == null) {
			errors.rejectValue(field, Pounds.tooManyPounds(text) ? "rma.money.tooLarge" : "rma.money.format");
		}
		else if (amount.signum() < 0) {
			errors.rejectValue(field, negativeCode);
		}
		else if (amount.compareTo(NewReturnAuthorisation.MAX_AMOUNT) > 0) {
			errors.rejectValue(field, "rma.money.tooLarge");
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			errors.rejectValue(field, "rma.money.pence");
		}
	}

	NewReturnAuthorisation toCommand(String caseNumber) {
		return new NewReturnAuthorisation(caseNumber, customerName, customerEmail, customerPhone, orderReference,
				proofOfPurchase, productType, channel, region, purchaseDate, deliveryDate, requestDate,
				lines.stream().filter(line -> line != null && !line.isBlank()).map(ItemLineForm::toItemLine).toList(),
				reasonCode, reasonDetail, failedRepairOrReplacement, repairDays == null ? 0 : repairDays, perishable,
				expectedLifeDays, personalised, hygieneSealBroken, mediaSealBroken, cancellationInfoGiven,
				digitalSupplyStartedWithConsent, faultPointedOutBeforeSale, factsTrueOfEveryItem, customerWish, offeredRemedy, returnMethod,
				refundMethod, Pounds.parse(deductionAmount), deductionReason, finalChoice == FinalChoice.PRICE_REDUCTION,
				Pounds.parse(priceReduction));
	}

	public FinalChoice getFinalChoice() {
		return finalChoice;
	}

	public void setFinalChoice(FinalChoice finalChoice) {
		this.finalChoice = finalChoice;
	}

	public String getPriceReduction() {
		return priceReduction;
	}

	public void setPriceReduction(String priceReduction) {
		this.priceReduction = priceReduction;
	}

	public String getCustomerName() {
		return customerName;
	}

	public void setCustomerName(String customerName) {
		this.customerName = customerName;
	}

	public String getCustomerEmail() {
		return customerEmail;
	}

	public void setCustomerEmail(String customerEmail) {
		this.customerEmail = customerEmail;
	}

	public String getCustomerPhone() {
		return customerPhone;
	}

	public void setCustomerPhone(String customerPhone) {
		this.customerPhone = customerPhone;
	}

	public String getOrderReference() {
		return orderReference;
	}

	public void setOrderReference(String orderReference) {
		this.orderReference = orderReference;
	}

	public ProofOfPurchase getProofOfPurchase() {
		return proofOfPurchase;
	}

	public void setProofOfPurchase(ProofOfPurchase proofOfPurchase) {
		this.proofOfPurchase = proofOfPurchase;
	}

	public ProductType getProductType() {
		return productType;
	}

	public void setProductType(ProductType productType) {
		this.productType = productType;
	}

	public SaleChannel getChannel() {
		return channel;
	}

	public void setChannel(SaleChannel channel) {
		this.channel = channel;
	}

	public Region getRegion() {
		return region;
	}

	public void setRegion(Region region) {
		this.region = region;
	}

	public LocalDate getPurchaseDate() {
		return purchaseDate;
	}

	public void setPurchaseDate(LocalDate purchaseDate) {
		this.purchaseDate = purchaseDate;
	}

	public LocalDate getDeliveryDate() {
		return deliveryDate;
	}

	public void setDeliveryDate(LocalDate deliveryDate) {
		this.deliveryDate = deliveryDate;
	}

	public LocalDate getRequestDate() {
		return requestDate;
	}

	public void setRequestDate(LocalDate requestDate) {
		this.requestDate = requestDate;
	}

	public List<ItemLineForm> getLines() {
		return lines;
	}

	public void setLines(List<ItemLineForm> lines) {
		this.lines = lines;
	}

	public ReasonCode getReasonCode() {
		return reasonCode;
	}

	public void setReasonCode(ReasonCode reasonCode) {
		this.reasonCode = reasonCode;
	}

	public String getReasonDetail() {
		return reasonDetail;
	}

	public void setReasonDetail(String reasonDetail) {
		this.reasonDetail = reasonDetail;
	}

	public boolean isFailedRepairOrReplacement() {
		return failedRepairOrReplacement;
	}

	public void setFailedRepairOrReplacement(boolean failedRepairOrReplacement) {
		this.failedRepairOrReplacement = failedRepairOrReplacement;
	}

	public Integer getRepairDays() {
		return repairDays;
	}

	public void setRepairDays(Integer repairDays) {
		this.repairDays = repairDays;
	}

	public boolean isPerishable() {
		return perishable;
	}

	public void setPerishable(boolean perishable) {
		this.perishable = perishable;
	}

	public Integer getExpectedLifeDays() {
		return expectedLifeDays;
	}

	public void setExpectedLifeDays(Integer expectedLifeDays) {
		this.expectedLifeDays = expectedLifeDays;
	}

	public boolean isPersonalised() {
		return personalised;
	}

	public void setPersonalised(boolean personalised) {
		this.personalised = personalised;
	}

	public boolean isHygieneSealBroken() {
		return hygieneSealBroken;
	}

	public void setHygieneSealBroken(boolean hygieneSealBroken) {
		this.hygieneSealBroken = hygieneSealBroken;
	}

	public boolean isMediaSealBroken() {
		return mediaSealBroken;
	}

	public void setMediaSealBroken(boolean mediaSealBroken) {
		this.mediaSealBroken = mediaSealBroken;
	}

	public boolean isCancellationInfoGiven() {
		return cancellationInfoGiven;
	}

	public void setCancellationInfoGiven(boolean cancellationInfoGiven) {
		this.cancellationInfoGiven = cancellationInfoGiven;
	}

	public boolean isDigitalSupplyStartedWithConsent() {
		return digitalSupplyStartedWithConsent;
	}

	public void setDigitalSupplyStartedWithConsent(boolean digitalSupplyStartedWithConsent) {
		this.digitalSupplyStartedWithConsent = digitalSupplyStartedWithConsent;
	}

	public boolean isFaultPointedOutBeforeSale() {
		return faultPointedOutBeforeSale;
	}

	public void setFaultPointedOutBeforeSale(boolean faultPointedOutBeforeSale) {
		this.faultPointedOutBeforeSale = faultPointedOutBeforeSale;
	}

	public boolean isFactsTrueOfEveryItem() {
		return factsTrueOfEveryItem;
	}

	public void setFactsTrueOfEveryItem(boolean factsTrueOfEveryItem) {
		this.factsTrueOfEveryItem = factsTrueOfEveryItem;
	}

	public CustomerWish getCustomerWish() {
		return customerWish;
	}

	public void setCustomerWish(CustomerWish customerWish) {
		this.customerWish = customerWish;
	}

	public Remedy getOfferedRemedy() {
		return offeredRemedy;
	}

	public void setOfferedRemedy(Remedy offeredRemedy) {
		this.offeredRemedy = offeredRemedy;
	}

	public ReturnMethod getReturnMethod() {
		return returnMethod;
	}

	public void setReturnMethod(ReturnMethod returnMethod) {
		this.returnMethod = returnMethod;
	}

	public RefundMethod getRefundMethod() {
		return refundMethod;
	}

	public void setRefundMethod(RefundMethod refundMethod) {
		this.refundMethod = refundMethod;
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
