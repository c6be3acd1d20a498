package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What staff record on the return authorisation form for one case: the customer, the purchase, the items, why they
 * come back, what the customer wants and the remedy staff offer. Field names follow the form.
 *
 * @param factsTrueOfEveryItem staff's word that the item facts ticked ({@link #itemFactsUnconfirmed}) are true of
 *                             every item on a form of several; not recorded, as the RMA then says so of every item
 * @param keepsGoods     for a final rejection or price reduction of goods, that the customer chose the price reduction
 *                       and keeps the goods ({@link #priceReductionChosen}); a final rejection (the goods come back)
 *                       when false, and ignored for any other remedy
 * @param priceReduction the reduction in price agreed when the customer keeps the goods: what is paid back
 */
public record NewReturnAuthorisation(String caseNumber, String customerName, String customerEmail,
		String customerPhone, String orderReference, ProofOfPurchase proofOfPurchase, ProductType productType,
		SaleChannel channel, Region region, LocalDate purchaseDate, LocalDate deliveryDate, LocalDate requestDate,
		List<ItemLine> lines, ReasonCode reasonCode, String reasonDetail, boolean failedRepairOrReplacement,
		int repairDays, boolean perishable, Integer expectedLifeDays, boolean personalised,
		boolean hygieneSealBroken, boolean mediaSealBroken, boolean cancellationInfoGiven,
		boolean digitalSupplyStartedWithConsent, boolean faultPointedOutBeforeSale, boolean factsTrueOfEveryItem,
		CustomerWish customerWish, Remedy offeredRemedy, ReturnMethod returnMethod, RefundMethod refundMethod,
		BigDecimal deductionAmount, String deductionReason, boolean keepsGoods, BigDecimal priceReduction) {

	/** The largest amount the RMA's money columns (NUMERIC(12,2)) hold: a price, a total, a deduction, a refund. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	/** The most item lines one RMA takes; more is a bulk return, better split over several. */
	public static final int MAX_LINES = 50;

	public static final int MAX_QUANTITY = 9999;

	static final String DAMAGED_AMONG_OTHERS = "an item damaged by the customer needs a return authorisation of its "
			+ "own, so the other items keep their rights";

	static final String USED_AMONG_UNUSED = "when nothing is wrong with the goods, used items need a return "
			+ "authorisation of their own, so the unused items keep their goodwill return";

	static final String USED_AMONG_UNUSED_CANCELLED = "when an order is cancelled, used items need a return "
			+ "authorisation of their own, so a deduction for how they were handled does not reach the unused items";

	static final String FACTS_FOR_EVERY_ITEM = "these facts are applied to every item on the form: raise a separate "
			+ "return authorisation for the items they are true of, or say that they are true of every item";

	public NewReturnAuthorisation {
		lines = lines == null ? List.of() : List.copyOf(lines);
		deductionAmount = deductionAmount == null ? BigDecimal.ZERO : deductionAmount;
	}

	/**
	 * Whether the customer, offered a final rejection or a price reduction for goods whose repair or replacement failed,
	 * chose the price reduction: they keep the goods, nothing comes back, and the refund is the reduction agreed, not
	 * the price less a deduction for use (CRA 2015 s.24(1)-(2)). Digital content and services have a remedy of their
	 * own for that, PRICE_REDUCTION.
	 */
	public boolean priceReductionChosen() {
		return keepsGoods && offeredRemedy == Remedy.FINAL_REJECT_OR_PRICE_REDUCTION && productType == ProductType.GOODS;
	}

	/**
	 * What the offer pays back: the reduction agreed when the customer keeps the goods ({@code null} until typed), or
	 * the price less any deduction; {@code null} for a remedy that pays nothing, or while the price is unknown.
	 */
	public BigDecimal refund() {
		if (offeredRemedy == null || !offeredRemedy.paysMoneyBack()) {
			return null;
		}
		if (priceReductionChosen()) {
			return priceReduction;
		}
		BigDecimal total = totalPrice();
		return total == null ? null : total.subtract(deductionAmount);
	}

	/**
	 * What was paid for everything that comes back; {@code null} while a line has no price, or an amount is beyond
	 * what the RMA can hold (see {@link #amountErrors()}; summing a price such as 1E+999999999 would not end).
	 */
	public BigDecimal totalPrice() {
		if (lines.isEmpty() || lines.stream().anyMatch(line -> line.unitPrice() == null)
				|| !lineAmountErrors().isEmpty()) {
			return null;
		}
		return lines.stream().map(ItemLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The amounts the RMA could not store or reckon with: more than {@link #MAX_LINES} lines, a quantity above
	 * {@link #MAX_QUANTITY}, a price or deduction that is negative, has fractions of a penny or is above
	 * {@link #MAX_AMOUNT}, or lines whose total is. Checked before any sum is made.
	 */
	List<FieldError> amountErrors() {
		List<FieldError> errors = new ArrayList<>();
		if (lines.size() > MAX_LINES) {
			errors.add(new FieldError("lines", "must list at most " + MAX_LINES + " items"));
		}
		errors.addAll(lineAmountErrors());
		if (errors.isEmpty() && lines.stream().allMatch(line -> line.unitPrice() != null)
				&& lines.stream().map(ItemLine::total).reduce(BigDecimal.ZERO, BigDecimal::add)
					.compareTo(MAX_AMOUNT) > 0) {
			errors.add(new FieldError("lines", "must come to at most " + MAX_AMOUNT.toPlainString() + " in total"));
		}
		amountError("deductionAmount", deductionAmount).ifPresent(errors::add);
		if (priceReductionChosen()) {
			amountError("priceReduction", priceReduction).ifPresent(errors::add);
		}
		return errors;
	}

	private List<FieldError> lineAmountErrors() {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ItemLine line = lines.get(i);
			if (line.quantity() > MAX_QUANTITY) {
				errors.add(new FieldError("lines[" + i + "].quantity", "must be at most " + MAX_QUANTITY));
			}
			amountError("lines[" + i + "].unitPrice", line.unitPrice()).ifPresent(errors::add);
		}
		return errors;
	}

	static Optional<FieldError> amountError(String field, BigDecimal amount) {
		if (amount == null) {
			return Optional.empty();
		}
		if (amount.signum() < 0) {
			return Optional.of(new FieldError(field, "must not be negative"));
		}
		if (amount.compareTo(MAX_AMOUNT) > 0) {
			return Optional.of(new FieldError(field, "must be at most " + MAX_AMOUNT.toPlainString()));
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			return Optional.of(new FieldError(field, "must be in pounds and pence (at most 2 decimals)"));
		}
		return Optional.empty();
	}

	/**
	 * The positions of the items damaged by the customer, when other items in another condition come back with them.
	 * The engine decides on the worst condition of all the items, so one damaged item would take every other item's
	 * statutory rights away (no remedy at all): it needs a return authorisation of its own. A case may have several.
	 *
	 * @param conditions each item's condition, in order; {@code null} for one not yet given
	 */
	public static List<Integer> damagedAmongOthers(List<ItemCondition> conditions) {
		boolean others = conditions.stream()
			.anyMatch(condition -> condition != null && condition != ItemCondition.DAMAGED_BY_CUSTOMER);
		if (!others) {
			return List.of();
		}
		List<Integer> damaged = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			if (conditions.get(i) == ItemCondition.DAMAGED_BY_CUSTOMER) {
				damaged.add(i);
			}
		}
		return damaged;
	}

	/**
	 * The positions of the used items, when unused items come back with them and nothing is wrong with the goods.
	 * The condition then decides the goodwill return (returns-policy.md step 5) and what a cancellation may deduct
	 * for handling (CCR 2013 reg 34(9)); the engine decides on the worst condition of all the items, so one used item
	 * would take the unused items' goodwill return away: the used items need a return authorisation of their own. For
	 * a breach of contract (a fault, an item not as described…) the condition changes nothing, and they may come
	 * together.
	 *
	 * @param conditions each item's condition, in order; {@code null} for one not yet given
	 * @param reason     why they come back; {@code null} while not given, when nothing is refused yet
	 */
	public static List<Integer> usedAmongUnused(List<ItemCondition> conditions, ProductType productType,
			ReasonCode reason) {
		boolean goods = productType == null || productType == ProductType.GOODS;
		if (!goods || reason == null || reason.breachOfContract() || !conditions.contains(ItemCondition.UNUSED)) {
			return List.of();
		}
		List<Integer> used = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			if (conditions.get(i) == ItemCondition.USED) {
				used.add(i);
			}
		}
		return used;
	}

	/** The error at each item whose condition would decide for the other items too. */
	List<FieldError> conditionErrors(LocalDate today) {
		List<ItemCondition> conditions = lines.stream().map(ItemLine::condition).toList();
		List<FieldError> errors = new ArrayList<>();
		damagedAmongOthers(conditions).forEach(
				i -> errors.add(new FieldError("lines[" + i + "].condition", DAMAGED_AMONG_OTHERS)));
		String used = cancellable(today) ? USED_AMONG_UNUSED_CANCELLED : USED_AMONG_UNUSED;
		usedAmongUnused(conditions, productType, reasonCode).forEach(
				i -> errors.add(new FieldError("lines[" + i + "].condition", used)));
		return errors;
	}

	/**
	 * Whether the customer may cancel the sale on the request date ({@code today} when not given): a distance or
	 * off-premises sale within its cancellation period, with no exception (CCR 2013 regs 27-37). Used items then
	 * matter for what a cancellation may deduct for handling (reg 34(9)-(12)), not for the goodwill return.
	 */
	public boolean cancellable(LocalDate today) {
		ReturnRequest request = toReturnRequest();
		if (channel == null || purchaseDate == null) {
			return false;
		}
		return new Claim(request, request.requestDateOr(today), ReturnsPolicySettings.defaults()).canCancel();
	}

	/**
	 * Whether facts that belong to an item, not to the form, are ticked on a form of several items without staff
	 * saying they are true of every item: personalised or made to order, perishable, a hygiene or media seal broken
	 * (the exceptions from the right to cancel, CCR 2013 reg 28, which the goodwill policy shares) and a fault pointed
	 * out before the sale. The engine applies them to every item on the form, so one personalised mug would take a
	 * teapot's right to cancel away. Asked before delivery, no item can have a seal broken after delivery: that is
	 * refused beside the seal ({@link ReturnRequest#validate}), not asked of every item as well.
	 */
	public boolean itemFactsUnconfirmed() {
		boolean sealsCount = requestDate == null || deliveredOn() == null || !requestDate.isBefore(deliveredOn());
		boolean itemFacts = personalised || perishable || sealsCount && (hygieneSealBroken || mediaSealBroken)
				|| faultPointedOutBeforeSale;
		return lines.size() > 1 && itemFacts && !factsTrueOfEveryItem;
	}

	/** The day the customer got the goods: in store (and when not given), the purchase date. */
	private LocalDate deliveredOn() {
		return deliveryDate != null ? deliveryDate : purchaseDate;
	}

	/** The error beside the facts when {@link #itemFactsUnconfirmed()}. */
	List<FieldError> factErrors() {
		return itemFactsUnconfirmed() ? List.of(new FieldError("factsTrueOfEveryItem", FACTS_FOR_EVERY_ITEM))
				: List.of();
	}

	/**
	 * The worst condition of any line. It is the condition of every item wherever it decides anything: items damaged
	 * by the customer are never raised with others ({@link #damagedAmongOthers}), nor used items with unused ones
	 * when nothing is wrong with the goods ({@link #usedAmongUnused}).
	 */
	public ItemCondition condition() {
		return lines.stream()
			.map(ItemLine::condition)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(ItemCondition.UNUSED);
	}

	/**
	 * The engine's explanation as the RMA page words it once this is raised ({@link
	 * ReturnAuthorisationView#explanationShown}): the sentences saying what the customer gets, how the goods come back
	 * and how the refund is paid follow the remedy offered and the return and refund methods chosen, as the RMA records
	 * them ({@link #refundMethodRecorded}, {@link ReturnsPolicy#asArranged}), so goods the shop collects are not sent
	 * back, a gift card is paid as one, and a goodwill exchange is an exchange or a gift card, not a refund.
	 */
	public List<String> explanationAsArranged(ReturnAssessment assessment) {
		RefundMethod recorded = refundMethodRecorded();
		return assessment.explanation()
			.stream()
			.map(sentence -> ReturnsPolicy.asArranged(sentence, offeredRemedy, goods(), returnMethod, recorded))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/**
	 * The refund method the RMA records for the remedy offered: for money paid back (a price reduction agreed
	 * included), the one chosen, by default the original payment method; for a goodwill exchange, a gift card when that
	 * is what the customer chose, and otherwise nothing, as the goods are exchanged for others (nothing is paid, so
	 * cash or a bank transfer cannot be); for any other remedy nothing. While no remedy is chosen, the one chosen, so the
	 * live decision already words a refund as it will be paid.
	 */
	public RefundMethod refundMethodRecorded() {
		if (offeredRemedy == null) {
			return refundMethod;
		}
		if (priceReductionChosen() || offeredRemedy.paysMoneyBack()) {
			return refundMethod == null ? RefundMethod.ORIGINAL_PAYMENT_METHOD : refundMethod;
		}
		return offeredRemedy == Remedy.GOODWILL_EXCHANGE && refundMethod == RefundMethod.GIFT_CARD
				? RefundMethod.GIFT_CARD : null;
	}

	/** The goods as the engine names them: the one item's description, "the items" for several. */
	private String goods() {
		return lines.size() == 1 ? lines.get(0).description() : lines.isEmpty() ? null : Wording.SEVERAL_ITEMS;
	}

	/** The facts the returns engine decides on. */
	public ReturnRequest toReturnRequest() {
		return ReturnRequest.builder()
			.productType(productType)
			.channel(channel)
			.purchaseDate(purchaseDate)
			.deliveryDate(deliveryDate)
			.requestDate(requestDate)
			.price(totalPrice())
			.faulty(reasonCode != null && reasonCode.breachOfContract())
			.reasonCode(reasonCode)
			.failedRepairOrReplacement(failedRepairOrReplacement)
			.repairDays(repairDays)
			.perishable(perishable)
			.expectedLifeDays(expectedLifeDays)
			.personalised(personalised)
			.hygieneSealBroken(hygieneSealBroken)
			.mediaSealBroken(mediaSealBroken)
			.cancellationInfoGiven(cancellationInfoGiven)
			.digitalSupplyStartedWithConsent(digitalSupplyStartedWithConsent)
			.faultPointedOutBeforeSale(faultPointedOutBeforeSale)
			.condition(condition())
			.proofOfPurchase(proofOfPurchase)
			.region(region)
			.productDescription(goods())
			.build();
	}

	/**
	 * Everything wrong with the form's own fields, named as on the form ({@code lines[0].quantity}); the engine's
	 * date checks come from {@link ReturnRequest#validate}.
	 */
	List<FieldError> validate(LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		if (customerName == null || customerName.isBlank()) {
			errors.add(new FieldError("customerName", "is required"));
		}
		if (reasonCode == null) {
			errors.add(new FieldError("reasonCode", "is required"));
		}
		if (customerWish == null) {
			errors.add(new FieldError("customerWish", "is required"));
		}
		if (offeredRemedy == null) {
			errors.add(new FieldError("offeredRemedy", "is required"));
		}
		if (returnMethod == null && !priceReductionChosen()) {
			errors.add(new FieldError("returnMethod", "is required"));
		}
		if (lines.isEmpty()) {
			errors.add(new FieldError("lines", "must list at least one item"));
		}
		for (int i = 0; i < lines.size(); i++) {
			ItemLine line = lines.get(i);
			if (line.description() == null || line.description().isBlank()) {
				errors.add(new FieldError("lines[" + i + "].description", "is required"));
			}
			if (line.quantity() < 1) {
				errors.add(new FieldError("lines[" + i + "].quantity", "must be at least 1"));
			}
			if (line.unitPrice() == null) {
				errors.add(new FieldError("lines[" + i + "].unitPrice", "is required"));
			}
			if (line.condition() == null) {
				errors.add(new FieldError("lines[" + i + "].condition", "is required"));
			}
		}
		List<FieldError> engineErrors = new ArrayList<>();
		// The price is the lines' total, whose problems are reported at the lines.
		for (FieldError error : toReturnRequest().validate(today)) {
			if (error.field().equals("condition")) {
				// The engine's condition is the worst item's: each item not unused is named.
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).condition() != null && lines.get(i).condition() != ItemCondition.UNUSED) {
						engineErrors.add(new FieldError("lines[" + i + "].condition", error.message()));
					}
				}
			}
			else if (!error.field().equals("price")) {
				engineErrors.add(error);
			}
		}
		// Before delivery the engine refuses every item not unused: goods not yet delivered cannot have been used or
		// damaged. That one among others would need an RMA of its own is then beside the point, and not said too.
		conditionErrors(today).stream()
			.filter(error -> engineErrors.stream().noneMatch(engine -> engine.field().equals(error.field())))
			.forEach(errors::add);
		errors.addAll(factErrors());
		errors.addAll(amountErrors());
		errors.addAll(engineErrors);
		return errors;
	}

}
