package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import uk.aftercare.shared.PlausibleDates;

/**
 * The facts of one return, with the field names of the JSON API ({@code POST /api/v1/returns/assessments}),
 * so a JSON body maps onto it one to one.
 *
 * <p>The canonical constructor applies the API defaults to missing values: {@code productType} GOODS,
 * {@code deliveryDate} = {@code purchaseDate}, {@code condition} UNUSED, {@code proofOfPurchase} RECEIPT,
 * {@code region} ENGLAND_WALES, {@code cancellationInfoGiven} true, {@code productDescription} "the item"
 * ("the digital content" / "the service" for those product types). {@code requestDate} stays {@code null} when
 * not given and means "the day of the assessment", because only the caller knows today's date in the shop's
 * time zone. Required fields ({@code channel}, {@code purchaseDate}, {@code price}) are not enforced here but
 * reported by {@link #validate(LocalDate)}, so a caller can list every invalid field at once. Optional flags
 * and counts are boxed so that a missing JSON property means "default", but after construction they are never
 * {@code null}.
 *
 * @param productType                     goods, digital content or a service
 * @param channel                         how it was sold; decides whether a right to cancel exists
 * @param purchaseDate                    the contract date
 * @param deliveryDate                    when the customer got the goods; every goods clock starts here
 * @param requestDate                     when the customer asked for a remedy; {@code null} means today
 * @param price                           price paid in GBP
 * @param faulty                          not of satisfactory quality, not fit for purpose or not as described
 *                                        (for services: not performed with reasonable care and skill)
 * @param failedRepairOrReplacement       a repair, replacement or repeat performance was tried and failed
 * @param repairDays                      days the customer waited for a repair or replacement agreed within
 *                                        the short-term right to reject
 * @param perishable                      goods that can be expected to perish within a short time
 * @param expectedLifeDays                for perishable goods, days after delivery they can be expected to last;
 *                                        {@code null} when not known
 * @param personalised                    made to the customer's specification or clearly personalised
 * @param hygieneSealBroken               hygiene-sealed goods unsealed after delivery
 * @param mediaSealBroken                 sealed audio, video or software unsealed after delivery
 * @param cancellationInfoGiven           the customer was told about the right to cancel
 * @param digitalSupplyStartedWithConsent digital content supply began with the customer's express consent
 * @param condition                       the state the item comes back in
 * @param proofOfPurchase                 what the customer shows as proof of purchase
 * @param region                          the UK jurisdiction, which sets the limitation period
 * @param productDescription              how to name the product to the customer, e.g. "kettle"
 * @param faultPointedOutBeforeSale       the fault was specifically drawn to the customer's attention before the
 *                                        contract was made (CRA 2015 s.9(4)(a)); only matters for faulty goods
 * @param reasonCode                      why the customer brings it back, as a return authorisation records it;
 *                                        {@code null} when not known (the API has no such field). Only the wording
 *                                        depends on it: a wrong item is explained as not the item ordered, not as a
 *                                        fault. {@code faulty} alone decides the remedy.
 */
public record ReturnRequest(
        ProductType productType,
        SaleChannel channel,
        LocalDate purchaseDate,
        LocalDate deliveryDate,
        LocalDate requestDate,
        BigDecimal price,
        Boolean faulty,
        Boolean failedRepairOrReplacement,
        Integer repairDays,
        Boolean perishable,
        Integer expectedLifeDays,
        Boolean personalised,
        Boolean hygieneSealBroken,
        Boolean mediaSealBroken,
        Boolean cancellationInfoGiven,
        Boolean digitalSupplyStartedWithConsent,
        ItemCondition condition,
        ProofOfPurchase proofOfPurchase,
        Region region,
        String productDescription,
        Boolean faultPointedOutBeforeSale,
        ReasonCode reasonCode) {

    public ReturnRequest {
        // Boxed components, defaulted here, because Jackson 3 refuses a missing JSON property for a primitive
        // (FAIL_ON_NULL_FOR_PRIMITIVES is on by default) and the API makes every one of these optional.
        if (productType == null) {
            productType = ProductType.GOODS;
        }
        faulty = orFalse(faulty);
        failedRepairOrReplacement = orFalse(failedRepairOrReplacement);
        if (repairDays == null) {
            repairDays = 0;
        }
        perishable = orFalse(perishable);
        personalised = orFalse(personalised);
        hygieneSealBroken = orFalse(hygieneSealBroken);
        mediaSealBroken = orFalse(mediaSealBroken);
        digitalSupplyStartedWithConsent = orFalse(digitalSupplyStartedWithConsent);
        faultPointedOutBeforeSale = orFalse(faultPointedOutBeforeSale);
        if (deliveryDate == null) {
            deliveryDate = purchaseDate;
        }
        if (cancellationInfoGiven == null) {
            cancellationInfoGiven = Boolean.TRUE;
        }
        if (condition == null) {
            condition = ItemCondition.UNUSED;
        }
        if (proofOfPurchase == null) {
            proofOfPurchase = ProofOfPurchase.RECEIPT;
        }
        if (region == null) {
            region = Region.ENGLAND_WALES;
        }
        if (productDescription == null || productDescription.isBlank()) {
            productDescription = switch (productType) {
                case GOODS -> "the item";
                case DIGITAL_CONTENT -> "the digital content";
                case SERVICE -> "the service";
            };
        } else {
            productDescription = productDescription.strip();
        }
    }

    private static Boolean orFalse(Boolean value) {
        return value != null ? value : Boolean.FALSE;
    }

    /** A builder whose unset fields take the API defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder preloaded with this request, to vary one fact. */
    public Builder toBuilder() {
        return new Builder()
                .productType(productType)
                .channel(channel)
                .purchaseDate(purchaseDate)
                .deliveryDate(deliveryDate)
                .requestDate(requestDate)
                .price(price)
                .faulty(faulty)
                .failedRepairOrReplacement(failedRepairOrReplacement)
                .repairDays(repairDays)
                .perishable(perishable)
                .expectedLifeDays(expectedLifeDays)
                .personalised(personalised)
                .hygieneSealBroken(hygieneSealBroken)
                .mediaSealBroken(mediaSealBroken)
                .cancellationInfoGiven(cancellationInfoGiven)
                .digitalSupplyStartedWithConsent(digitalSupplyStartedWithConsent)
                .condition(condition)
                .proofOfPurchase(proofOfPurchase)
                .region(region)
                .productDescription(productDescription)
                .faultPointedOutBeforeSale(faultPointedOutBeforeSale)
                .reasonCode(reasonCode);
    }

    /** The request date, or {@code today} when the request did not give one. */
    public LocalDate requestDateOr(LocalDate today) {
        return requestDate != null ? requestDate : today;
    }

    /**
     * Every invalid field, in the order of the API fields; empty when the request can be assessed.
     * Dates must not lie after {@code today}, because an assessment decides on facts that have happened, nor before
     * {@link PlausibleDates#EARLIEST}: an older one is a typing mistake, which the engine would otherwise explain to
     * the customer as a real date. The request may come before delivery only to cancel
     * ({@link #cancellableBeforeDelivery}), with the goods unused, no days waited for a repair and no seal broken
     * after delivery, and never before the purchase.
     */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (channel == null) {
            errors.add(new FieldError("channel", "is required"));
        }
        if (purchaseDate == null) {
            errors.add(new FieldError("purchaseDate", "is required"));
        } else if (purchaseDate.isAfter(today)) {
            errors.add(new FieldError("purchaseDate", "must not be in the future"));
        } else if (tooEarly(purchaseDate)) {
            errors.add(new FieldError("purchaseDate", TOO_EARLY));
        }
        // A delivery date equal to the purchase date (the default) would only repeat the purchase date's error.
        boolean deliveryTooEarly = tooEarly(deliveryDate) && !deliveryDate.equals(purchaseDate);
        if (deliveryTooEarly) {
            errors.add(new FieldError("deliveryDate", TOO_EARLY));
        } else if (deliveryDate != null && purchaseDate != null && deliveryDate.isBefore(purchaseDate)) {
            errors.add(new FieldError("deliveryDate", "must not be before the purchase date"));
        } else if (deliveryDate != null && !deliveryDate.equals(purchaseDate) && deliveryDate.isAfter(today)) {
            errors.add(new FieldError("deliveryDate", "must not be in the future"));
        }
        // A delivery date refused as too early says nothing of when the customer could ask: as if it were not given.
        LocalDate deliveredOn = deliveryTooEarly ? purchaseDate : deliveryDate;
        if (tooEarly(requestDate)) {
            errors.add(new FieldError("requestDate", TOO_EARLY));
        } else if (requestDate != null && purchaseDate != null && requestDate.isBefore(purchaseDate)) {
            errors.add(new FieldError("requestDate", "must not be before the purchase date"));
        } else if (requestDate != null && deliveredOn != null && requestDate.isBefore(deliveredOn)
                && !cancellableBeforeDelivery()) {
            errors.add(new FieldError("requestDate", faulty
                    ? "must not be before the delivery date when faulty: a fault can be claimed only once the goods "
                            + "are delivered (before delivery, a distance sale can be cancelled with faulty false)"
                    : "must not be before the delivery date unless the channel is ONLINE, PHONE or OFF_PREMISES: "
                            + "before delivery, only a distance or off-premises sale can be cancelled"));
        } else if (requestDate != null && requestDate.isAfter(today)) {
            errors.add(new FieldError("requestDate", "must not be in the future"));
        }
        // A cancellation before delivery: the customer has not had the goods to use, damage or have repaired.
        boolean cancelledBeforeDelivery = errors.stream().noneMatch(error -> error.field().endsWith("Date"))
                && requestDate != null && deliveredOn != null && requestDate.isBefore(deliveredOn);
        if (price == null) {
            errors.add(new FieldError("price", "is required"));
        } else if (price.signum() < 0) {
            errors.add(new FieldError("price", "must not be negative"));
        }
        if (repairDays < 0) {
            errors.add(new FieldError("repairDays", "must not be negative"));
        } else if (cancelledBeforeDelivery && repairDays > 0) {
            errors.add(new FieldError("repairDays", "must be 0 when the request is before the delivery date: goods "
                    + "not yet delivered cannot have waited for a repair"));
        } else if (requestDate != null && deliveredOn != null && !requestDate.isBefore(deliveredOn)
                && !requestDate.isAfter(today) && repairDays > ChronoUnit.DAYS.between(deliveredOn, requestDate)) {
            // The wait for a repair lies between delivery and the request: more would stretch the period past the law.
            errors.add(new FieldError("repairDays", "must not be more than the "
                    + ChronoUnit.DAYS.between(deliveredOn, requestDate) + " days from delivery to the request"));
        }
        if (expectedLifeDays != null && expectedLifeDays < 0) {
            errors.add(new FieldError("expectedLifeDays", "must not be negative"));
        }
        // The seals are the CCR 2013 reg 28 exceptions for goods "unsealed after delivery".
        if (cancelledBeforeDelivery && hygieneSealBroken) {
            errors.add(new FieldError("hygieneSealBroken", "must be false when the request is before the delivery "
                    + "date: goods not yet delivered cannot have had a hygiene seal broken after delivery"));
        }
        if (cancelledBeforeDelivery && mediaSealBroken) {
            errors.add(new FieldError("mediaSealBroken", "must be false when the request is before the delivery "
                    + "date: goods not yet delivered cannot have been unsealed after delivery"));
        }
        if (cancelledBeforeDelivery && condition != ItemCondition.UNUSED) {
            errors.add(new FieldError("condition", "must be UNUSED when the request is before the delivery date: goods "
                    + "not yet delivered cannot have been used or damaged by the customer"));
        }
        return List.copyOf(errors);
    }

    /**
     * Whether a request before delivery can be assessed: a distance or off-premises sale not said to be faulty, which
     * the customer may cancel from the day the contract is made (CCR 2013 regs 29-30). A fault, or a sale in the shop,
     * gives no right before the goods are delivered.
     */
    public boolean cancellableBeforeDelivery() {
        return channel != null && channel.hasCancellationRight() && !faulty;
    }

    private static final String TOO_EARLY = "must not be before " + PlausibleDates.EARLIEST;

    private static boolean tooEarly(LocalDate date) {
        return date != null && date.isBefore(PlausibleDates.EARLIEST);
    }

    /** Builds a {@link ReturnRequest}; fields left unset take the API defaults. */
    public static final class Builder {
        private ProductType productType;
        private SaleChannel channel;
        private LocalDate purchaseDate;
        private LocalDate deliveryDate;
        private LocalDate requestDate;
        private BigDecimal price;
        private Boolean faulty;
        private Boolean failedRepairOrReplacement;
        private Integer repairDays;
        private Boolean perishable;
        private Integer expectedLifeDays;
        private Boolean personalised;
        private Boolean hygieneSealBroken;
        private Boolean mediaSealBroken;
        private Boolean cancellationInfoGiven;
        private Boolean digitalSupplyStartedWithConsent;
        private ItemCondition condition;
        private ProofOfPurchase proofOfPurchase;
        private Region region;
        private String productDescription;
        private Boolean faultPointedOutBeforeSale;
        private ReasonCode reasonCode;

        private Builder() {
        }

        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        public Builder channel(SaleChannel channel) {
            this.channel = channel;
            return this;
        }

        public Builder purchaseDate(LocalDate purchaseDate) {
            this.purchaseDate = purchaseDate;
            return this;
        }

        public Builder deliveryDate(LocalDate deliveryDate) {
            this.deliveryDate = deliveryDate;
            return this;
        }

        public Builder requestDate(LocalDate requestDate) {
            this.requestDate = requestDate;
            return this;
        }

        public Builder price(BigDecimal price) {
            this.price = price;
            return this;
        }

        /** Convenience for literals such as {@code "29.99"}. */
        public Builder price(String price) {
            return price(new BigDecimal(price));
        }

        public Builder faulty(boolean faulty) {
            this.faulty = faulty;
            return this;
        }

        public Builder failedRepairOrReplacement(boolean failedRepairOrReplacement) {
            this.failedRepairOrReplacement = failedRepairOrReplacement;
            return this;
        }

        public Builder repairDays(int repairDays) {
            this.repairDays = repairDays;
            return this;
        }

        public Builder perishable(boolean perishable) {
            this.perishable = perishable;
            return this;
        }

        public Builder expectedLifeDays(Integer expectedLifeDays) {
            this.expectedLifeDays = expectedLifeDays;
            return this;
        }

        public Builder personalised(boolean personalised) {
            this.personalised = personalised;
            return this;
        }

        public Builder hygieneSealBroken(boolean hygieneSealBroken) {
            this.hygieneSealBroken = hygieneSealBroken;
            return this;
        }

        public Builder mediaSealBroken(boolean mediaSealBroken) {
            this.mediaSealBroken = mediaSealBroken;
            return this;
        }

        public Builder cancellationInfoGiven(Boolean cancellationInfoGiven) {
            this.cancellationInfoGiven = cancellationInfoGiven;
            return this;
        }

        public Builder digitalSupplyStartedWithConsent(boolean digitalSupplyStartedWithConsent) {
            this.digitalSupplyStartedWithConsent = digitalSupplyStartedWithConsent;
            return this;
        }

        public Builder condition(ItemCondition condition) {
            this.condition = condition;
            return this;
        }

        public Builder proofOfPurchase(ProofOfPurchase proofOfPurchase) {
            this.proofOfPurchase = proofOfPurchase;
            return this;
        }

        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        public Builder productDescription(String productDescription) {
            this.productDescription = productDescription;
            return this;
        }

        public Builder faultPointedOutBeforeSale(boolean faultPointedOutBeforeSale) {
            this.faultPointedOutBeforeSale = faultPointedOutBeforeSale;
            return this;
        }

        public Builder reasonCode(ReasonCode reasonCode) {
            this.reasonCode = reasonCode;
            return this;
        }

        public ReturnRequest build() {
            return new ReturnRequest(productType, channel, purchaseDate, deliveryDate, requestDate, price, faulty,
                    failedRepairOrReplacement, repairDays, perishable, expectedLifeDays, personalised,
                    hygieneSealBroken, mediaSealBroken, cancellationInfoGiven, digitalSupplyStartedWithConsent,
                    condition, proofOfPurchase, region, productDescription, faultPointedOutBeforeSale, reasonCode);
        }
    }
}
