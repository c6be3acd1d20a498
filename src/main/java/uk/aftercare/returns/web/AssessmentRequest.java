package uk.aftercare.returns.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.ProductType;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.Region;
import uk.aftercare.returns.ReturnRequest;
import uk.aftercare.returns.SaleChannel;
import uk.aftercare.shared.PlausibleDates;

/**
 * A returns assessment as a till sends it (api.md, "Returns assessment"). Codes and dates are read as text and checked
 * here, so that every invalid one is named at once, with the rule breaches {@link ReturnRequest#validate} finds; read
 * as enums and dates, Jackson stopped at the first. Counts, money and flags keep their JSON types.
 *
 * <p>The limits keep answers meaningful and within what a return authorisation stores: a price fits its
 * NUMERIC(12,2) columns, a product description its 200-character line description, days stay within ten years (as on
 * the return authorisation form), and no date lies before 1900 (as everywhere else in Aftercare).
 */
record AssessmentRequest(
		@Pattern(regexp = "GOODS|DIGITAL_CONTENT|SERVICE",
				message = "must be one of GOODS, DIGITAL_CONTENT, SERVICE") String productType,
		@Pattern(regexp = "IN_STORE|ONLINE|PHONE|OFF_PREMISES",
				message = "must be one of IN_STORE, ONLINE, PHONE, OFF_PREMISES") String channel,
		@Pattern(regexp = DATE, message = DATE_FORMAT) String purchaseDate,
		@Pattern(regexp = DATE, message = DATE_FORMAT) String deliveryDate,
		@Pattern(regexp = DATE, message = DATE_FORMAT) String requestDate,
		@DecimalMax(value = "9999999999.99", message = "must be at most 9,999,999,999.99") BigDecimal price,
		Boolean faulty, Boolean failedRepairOrReplacement,
		@Max(value = MAX_DAYS, message = "must be at most 3650") Integer repairDays,
		Boolean perishable,
		@Max(value = MAX_DAYS, message = "must be at most 3650") Integer expectedLifeDays,
		Boolean personalised, Boolean hygieneSealBroken, Boolean mediaSealBroken, Boolean cancellationInfoGiven,
		Boolean digitalSupplyStartedWithConsent,
		@Pattern(regexp = "UNUSED|USED|DAMAGED_BY_CUSTOMER",
				message = "must be one of UNUSED, USED, DAMAGED_BY_CUSTOMER") String condition,
		@Pattern(regexp = "RECEIPT|GIFT_RECEIPT|ORDER_NUMBER|BANK_STATEMENT|NONE",
				message = "must be one of RECEIPT, GIFT_RECEIPT, ORDER_NUMBER, BANK_STATEMENT, NONE") String proofOfPurchase,
		@Pattern(regexp = "ENGLAND_WALES|SCOTLAND|NORTHERN_IRELAND",
				message = "must be one of ENGLAND_WALES, SCOTLAND, NORTHERN_IRELAND") String region,
		@Size(max = 200, message = "must be at most 200 characters") String productDescription,
		Boolean faultPointedOutBeforeSale) {

	static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

	static final String DATE_FORMAT = "must be a date as YYYY-MM-DD";

	static final long MAX_DAYS = 3650;

	/**
	 * The facts to assess, each invalid field named in {@code invalid} and left out (so it takes its default, or is
	 * reported missing by {@link ReturnRequest#validate}).
	 */
	ReturnRequest toReturnRequest(BindingResult invalid) {
		if (price != null && !invalid.hasFieldErrors("price") && price.stripTrailingZeros().scale() > 2) {
			reject(invalid, "price", "must have at most 2 decimal places");
		}
		return new ReturnRequest(code(invalid, "productType", productType, ProductType.class),
				code(invalid, "channel", channel, SaleChannel.class), date(invalid, "purchaseDate", purchaseDate),
				date(invalid, "deliveryDate", deliveryDate), date(invalid, "requestDate", requestDate),
				invalid.hasFieldErrors("price") ? null : price, faulty, failedRepairOrReplacement,
				invalid.hasFieldErrors("repairDays") ? null : repairDays, perishable,
				invalid.hasFieldErrors("expectedLifeDays") ? null : expectedLifeDays, personalised, hygieneSealBroken,
				mediaSealBroken, cancellationInfoGiven, digitalSupplyStartedWithConsent,
				code(invalid, "condition", condition, ItemCondition.class),
				code(invalid, "proofOfPurchase", proofOfPurchase, ProofOfPurchase.class),
				code(invalid, "region", region, Region.class),
				invalid.hasFieldErrors("productDescription") ? null : productDescription, faultPointedOutBeforeSale,
				null);
	}

	private static <E extends Enum<E>> E code(BindingResult invalid, String field, String value, Class<E> type) {
		return value == null || invalid.hasFieldErrors(field) ? null : Enum.valueOf(type, value);
	}

	/**
	 * The pattern let through "2026-02-30"; a real day (how early, {@link ReturnRequest#validate} says), or null when
	 * named invalid.
	 */
	private static LocalDate date(BindingResult invalid, String field, String value) {
		if (value == null || invalid.hasFieldErrors(field)) {
			return null;
		}
		Optional<LocalDate> day = PlausibleDates.parseIsoDay(value);
		if (day.isEmpty()) {
			reject(invalid, field, DATE_FORMAT);
		}
		return day.orElse(null);
	}

	static void reject(BindingResult invalid, String field, String message) {
		invalid.addError(new FieldError(invalid.getObjectName(), field, message));
	}

}
