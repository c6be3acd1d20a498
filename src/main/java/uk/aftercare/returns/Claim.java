package uk.aftercare.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One validated request on its request date: the day counting and the yes/no facts the decision order needs.
 * Kept apart from {@link ReturnsPolicy} so each date rule is written, and tested, once.
 */
final class Claim {

    /** CRA 2015 s.22(3): 30 days beginning with the first day after delivery. */
    private static final int SHORT_TERM_REJECT_DAYS = 30;
    /** CCR 2013 reg 30: the period ends 14 days after the day of delivery (or of the contract). */
    private static final int CANCELLATION_DAYS = 14;
    /** CCR 2013 reg 31(2)(b): without cancellation information the period ends 12 months after it would have. */
    private static final int CANCELLATION_EXTENSION_MONTHS = 12;
    /** CRA 2015 s.19(14)-(15), s.24(10)-(11), s.42(9): the six-month presumption and deduction boundary. */
    private static final int PRESUMPTION_MONTHS = 6;

    private final ReturnRequest request;
    private final LocalDate requestDate;
    private final ReturnsPolicySettings settings;

    Claim(ReturnRequest request, LocalDate requestDate, ReturnsPolicySettings settings) {
        this.request = request;
        this.requestDate = requestDate;
        this.settings = settings;
    }

    ReturnRequest request() {
        return request;
    }

    ReturnsPolicySettings settings() {
        return settings;
    }

    ProductType productType() {
        return request.productType();
    }

    boolean faulty() {
        return request.faulty();
    }

    boolean remedyAlreadyFailed() {
        return request.failedRepairOrReplacement();
    }

    LocalDate delivery() {
        return request.deliveryDate();
    }

    /** Last day a claim can be brought: 6 years after delivery, 5 in Scotland (Region). */
    LocalDate limitationEnd() {
        return delivery().plusYears(request.region().limitationYears());
    }

    boolean timeBarred() {
        return requestDate.isAfter(limitationEnd());
    }

    /** Whether CRA 2015 s.22(4) cuts the period short, which needs the expected life to be known. */
    boolean perishableCutsShortTermReject() {
        return request.perishable() && request.expectedLifeDays() != null
                && request.expectedLifeDays() < SHORT_TERM_REJECT_DAYS;
    }

    /**
     * Last day of the short-term right to reject. CRA 2015 s.22(6) stops "the period mentioned in subsection (3)
     * or (4)" while the customer waits for a repair or replacement, so the waiting days extend the perishable
     * period too, not only the 30 days.
     */
    LocalDate shortTermRejectEnd() {
        int days = perishableCutsShortTermReject() ? request.expectedLifeDays() : SHORT_TERM_REJECT_DAYS;
        return delivery().plusDays((long) days + request.repairDays());
    }

    boolean withinShortTermReject() {
        return !requestDate.isAfter(shortTermRejectEnd());
    }

    private LocalDate presumptionEnd() {
        return delivery().plusMonths(PRESUMPTION_MONTHS);
    }

    /** Inclusive: a claim on the day six months after delivery is still "within 6 months". */
    private boolean withinSixMonths() {
        return !requestDate.isAfter(presumptionEnd());
    }

    /**
     * CRA 2015 s.19(14) (goods) and s.42(9) (digital content) presume a fault that shows within six months was
     * there at delivery. Services have no such presumption. The request date stands in for the day the fault
     * showed, which the request does not record. Strictly, s.19(15) limits the goods presumption to repair,
     * replacement, price reduction and final rejection; the house rulebook (returns-policy.md, example E01)
     * applies it to the short-term right to reject as well, and this follows the rulebook.
     */
    Optional<BurdenOfProof> burdenOfProof() {
        if (!faulty() || productType() == ProductType.SERVICE) {
            return Optional.empty();
        }
        return Optional.of(withinSixMonths() ? BurdenOfProof.TRADER : BurdenOfProof.CUSTOMER);
    }

    /** CRA 2015 s.24(10)-(11): no deduction for use on a final rejection within six months of delivery. */
    boolean deductionForUseAllowed() {
        return !withinSixMonths();
    }

    /**
     * The customer asked before the goods were delivered: only to cancel, which CCR 2013 reg 30(2)-(3) allows from
     * the day the contract is made ({@link ReturnRequest#cancellableBeforeDelivery}).
     */
    boolean beforeDelivery() {
        return requestDate.isBefore(delivery());
    }

    boolean distanceSale() {
        return request.channel().hasCancellationRight();
    }

    /** CCR 2013 reg 30: goods count from delivery; digital content and services from the contract date. */
    private LocalDate cancellationStart() {
        return productType() == ProductType.GOODS ? delivery() : request.purchaseDate();
    }

    private LocalDate standardCancellationEnd() {
        return cancellationStart().plusDays(CANCELLATION_DAYS);
    }

    /**
     * CCR 2013 reg 31(2)(b): when the customer was never told about the right to cancel, the period ends at the
     * end of 12 months after the day the standard period would have ended, i.e. it is extended by up to 12 months.
     */
    LocalDate cancellationEnd() {
        return cancellationInfoGiven()
                ? standardCancellationEnd()
                : standardCancellationEnd().plusMonths(CANCELLATION_EXTENSION_MONTHS);
    }

    boolean cancellationInfoGiven() {
        return request.cancellationInfoGiven();
    }

    boolean withinCancellationPeriod() {
        return !requestDate.isAfter(cancellationEnd());
    }

    /** True when cancellation is open only because the information was not given (a compliance failure). */
    boolean cancellationOnlyByExtension() {
        return cancellationOnlyByExtension(productType(), delivery(), request.purchaseDate(), requestDate,
                cancellationInfoGiven());
    }

    /**
     * The same for the facts a return authorisation keeps: the request falls after the standard 14 days (CCR 2013
     * reg 30) and the information was never given, so only the reg 31 extension keeps the right open.
     */
    static boolean cancellationOnlyByExtension(ProductType productType, LocalDate delivery, LocalDate purchase,
            LocalDate requestDate, boolean cancellationInfoGiven) {
        LocalDate start = productType == ProductType.GOODS ? delivery : purchase;
        return !cancellationInfoGiven && requestDate.isAfter(start.plusDays(CANCELLATION_DAYS));
    }

    /** The CCR 2013 reg 28 exceptions that apply to these goods, in the words staff read out. */
    List<String> cancellationExclusions() {
        List<String> exclusions = new ArrayList<>();
        if (productType() != ProductType.GOODS) {
            return exclusions;
        }
        if (request.personalised()) {
            exclusions.add("items made to your specification or personalised");
        }
        if (request.perishable()) {
            exclusions.add("perishable items");
        }
        if (request.hygieneSealBroken()) {
            exclusions.add("hygiene-sealed items once unsealed");
        }
        if (request.mediaSealBroken()) {
            exclusions.add("sealed audio, video or software once unsealed");
        }
        return exclusions;
    }

    /**
     * CCR 2013 reg 37: the right to cancel digital content not on a tangible medium is lost once supply has
     * begun with the customer's express consent.
     */
    boolean digitalSupplyStarted() {
        return productType() == ProductType.DIGITAL_CONTENT && request.digitalSupplyStartedWithConsent();
    }

    boolean canCancel() {
        return distanceSale() && withinCancellationPeriod() && cancellationExclusions().isEmpty()
                && !digitalSupplyStarted();
    }

    LocalDate goodwillEnd() {
        return delivery().plusDays(settings.goodwillDays());
    }

    /**
     * Why the goodwill policy does not apply, as clauses staff can read out after "because"; empty when it does.
     * The goodwill policy is voluntary, so its exclusions come from the settings, not from CCR reg 28.
     */
    List<String> goodwillObstacles() {
        List<String> obstacles = new ArrayList<>();
        if (productType() != ProductType.GOODS) {
            obstacles.add("our goodwill returns policy covers physical goods only");
            return obstacles;
        }
        ItemName item = ItemName.of(request.productDescription());
        if (requestDate.isAfter(goodwillEnd())) {
            obstacles.add("the goodwill period of " + settings.goodwillDays() + " days after delivery ended on "
                    + Wording.date(goodwillEnd()));
        }
        if (request.condition() != ItemCondition.UNUSED) {
            obstacles.add(item + " " + item.has() + " been used");
        }
        ProofOfPurchase proof = request.proofOfPurchase();
        if (proof == ProofOfPurchase.NONE) {
            obstacles.add("there is no proof of purchase");
        } else if (proof != ProofOfPurchase.GIFT_RECEIPT && !settings.acceptedGoodwillProofs().contains(proof)) {
            obstacles.add("our goodwill returns policy does not accept this proof of purchase");
        }
        if (settings.excludePersonalised() && request.personalised()) {
            obstacles.add("personalised or made-to-order items are not covered");
        }
        if (settings.excludePerishable() && request.perishable()) {
            obstacles.add("perishable items are not covered");
        }
        if (settings.excludeUnsealedHygiene() && request.hygieneSealBroken()) {
            obstacles.add("hygiene-sealed items are not covered once unsealed");
        }
        if (settings.excludeUnsealedMedia() && request.mediaSealBroken()) {
            obstacles.add("sealed audio, video or software is not covered once unsealed");
        }
        return obstacles;
    }

    /** GOODWILL_EXCHANGE for a gift receipt, GOODWILL_REFUND for an accepted proof, empty when not eligible. */
    Optional<Remedy> goodwillRemedy() {
        if (!goodwillObstacles().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(request.proofOfPurchase() == ProofOfPurchase.GIFT_RECEIPT
                ? Remedy.GOODWILL_EXCHANGE
                : Remedy.GOODWILL_REFUND);
    }
}
