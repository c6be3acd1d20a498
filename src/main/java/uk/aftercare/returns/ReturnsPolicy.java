package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides what a UK customer is entitled to when they bring something back, following
 * {@code shared/domain/returns-policy.md}: statutory rights under the Consumer Rights Act 2015 ("CRA") and the
 * Consumer Contracts Regulations 2013 ("CCR") first, then the configurable goodwill policy.
 *
 * <p>For goods the first matching rule wins: time-barred, damaged by the customer (or a fault pointed out before
 * the sale), faulty (short-term right to reject, then final rejection after a failed repair, then repair or
 * replacement), cancellation of a distance sale, goodwill, otherwise no remedy. Every other remedy that also
 * applies is listed as an alternative, so the customer can choose a lesser one (a repair instead of a refund, for
 * example).
 *
 * <p>Deadlines are the last day the customer can still use the decided remedy: the end of the short-term right
 * to reject for FULL_REFUND, the end of the (possibly extended) cancellation period for CANCELLATION_REFUND,
 * delivery plus the goodwill window for GOODWILL_*, and for the remedies that follow a fault after that
 * (repair or replacement, final rejection, price reduction, repeat performance) the end of the limitation period,
 * the last day a claim can still be brought. NO_REMEDY has none. The limitation bar applies to digital content and
 * services as well as goods, because it is a rule of contract claims generally.
 *
 * <p>Pure: the same request, date and settings always give the same assessment; {@code today} is passed in
 * rather than read from a clock so the shop's time zone stays the caller's concern.
 */
public final class ReturnsPolicy {

    /**
     * The last sentence of a decision that finds no remedy. A return authorisation that asks for the goodwill
     * exception keeps it in its stored decision, as decided; its pages say instead where the request stands
     * ({@link ReturnAuthorisationView#goodwillAskInsteadOf}).
     */
    public static final String GOODWILL_EXCEPTION_OFFER =
            "We can ask a supervisor whether a goodwill exception is possible.";

    /**
     * How the sentence saying who will authorise a payment over the front-line limit goes on after the approver:
     * "As the amount is over £250.00, a supervisor will authorise the payment; ...".
     */
    private static final String AUTHORISES_THE_PAYMENT = " will authorise the payment;";

    /**
     * What a statutory remedy claimed without proof of purchase tells the customer: a supervisor checks the purchase
     * before it is agreed.
     */
    /** A final rejection within 6 months of delivery: no deduction for use (CRA 2015 s.24(10)). */
    static final String REFUND_IN_FULL_WITHIN_SIX_MONTHS = refundInFull(ItemName.ONE);

    /**
     * Whether the sentence says what a final rejection's refund is, in full or less a deduction for use: not true of a
     * price reduction, where the customer keeps the goods and is paid the reduction agreed.
     */
    static boolean aboutARejectionsRefund(String sentence) {
        return leavesTheDeductionToASupervisor(sentence) || REFUND_IN_FULL_WITHIN_SIX_MONTHS.equals(sentence)
                || refundInFull(ItemName.SEVERAL).equals(sentence);
    }

    /**
     * What a final rejection more than 6 months after delivery says of the deduction for use while nobody has decided
     * it, of one item. Once the return authorisation is authorised the amount is decided, and the pages say what it is
     * instead ({@link ReturnAuthorisationView#deductionDecided}). Said of one item, the sentence has read the same since
     * the engine first wrote it, so old decisions are recognised too.
     */
    public static final String DEDUCTION_TO_BE_CONFIRMED = deductionToBeConfirmed(ItemName.ONE);

    /**
     * Whether the sentence is {@link #DEDUCTION_TO_BE_CONFIRMED}, or the same said of several items ("the use you have
     * had from them").
     */
    public static boolean leavesTheDeductionToASupervisor(String sentence) {
        return DEDUCTION_TO_BE_CONFIRMED.equals(sentence)
                || deductionToBeConfirmed(ItemName.SEVERAL).equals(sentence);
    }

    private static String deductionToBeConfirmed(ItemName item) {
        return "As more than 6 months have passed since delivery, a refund may be reduced to reflect the use you have "
                + "had from " + item.it() + "; a supervisor will confirm the amount.";
    }

    private static String refundInFull(ItemName item) {
        return "As this is within 6 months of delivery, a refund will be in full, with no deduction for the use you "
                + "have had from " + item.it() + ".";
    }

    private static final String PURCHASE_TO_BE_CHECKED = "You do not need a receipt to use your legal rights, "
            + "but we need to confirm the purchase, for example from a bank statement or our records, "
            + "so a supervisor will check it.";

    /*
     * The sentences of a goods cancellation that depend on how the goods come back, each around the item's name. The
     * engine is not told how they come back; a return authorisation is, and its pages word them to match
     * ({@link #asArranged}). They have read the same since the engine first wrote them, so old decisions match too.
     */
    private static final String SEND_BACK = "Please send or bring ";
    private static final String SEND_BACK_WITHIN = " back within 14 days of telling us you are cancelling.";
    private static final String REFUND_ON_RETURN = "We will refund the price and the standard delivery charge within "
            + "14 days of getting ";
    private static final String REFUND_ON_RETURN_OR_POSTING = " back, or of you showing proof of posting, if sooner.";
    private static final String REFUND_IF_NOT_RECEIVED = "We will refund you within 14 days of you telling us you are "
            + "cancelling if ";
    private static final String REFUND_IF_NOT_RECEIVED_END = " never reached you or you refused delivery.";

    /** How a statutory refund or payment is said to be paid, until staff record another way the customer agreed. */
    private static final String BY_THE_SAME_METHOD = ", by the same method you paid with.";
    private static final String GOODWILL_TO_ORIGINAL_METHOD = "We will refund you to the original payment method.";

    /*
     * How a goodwill decision says what the customer gets: a refund, or with a gift receipt the choice of an
     * exchange or a gift card at the price paid. A return authorisation offering a goodwill exchange records which the
     * customer chose, and its pages say that instead ({@link #asArranged}). Both have read the same since the engine
     * first wrote them, so old decisions match too.
     */
    private static final String EXCHANGE_OR_GIFT_CARD = "You can choose another item or a gift card for the price "
            + "paid.";
    private static final String GIFT_CARD_FOR_THE_PRICE = "We will give you the price you paid as a gift card.";

    private final ReturnsPolicySettings settings;

    public ReturnsPolicy(ReturnsPolicySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ReturnsPolicySettings settings() {
        return settings;
    }

    /**
     * Whether this sentence of a decision promises to pay money back ("We will refund you within 14 days...", "We
     * will pay it..."), or as a return authorisation words a goodwill exchange ({@link #asArranged}), to exchange the
     * goods or give a gift card. A return authorisation denied gives nothing, so its pages leave these out
     * ({@link ReturnAuthorisationView#explanationShown}) and keep the sentences stating the customer's right. The
     * engine has opened these sentences the same way since its first version, so decisions stored long ago are
     * recognised too.
     */
    public static boolean promisesPayment(String sentence) {
        return sentence.startsWith("We will refund ") || sentence.startsWith("We will pay ")
                || sentence.startsWith("We will exchange ") || sentence.equals(GIFT_CARD_FOR_THE_PRICE);
    }

    /**
     * This sentence of a decision as it reads once a return authorisation says what it offers, how the goods come back
     * and how the refund is paid, or {@code null} when it no longer applies. The one wording for the live decision on
     * the form ({@link NewReturnAuthorisation#explanationAsArranged}) and the RMA's page and customer copy
     * ({@link ReturnAuthorisationView#explanationShown}), so they say the same. A goodwill exchange (an exchange for
     * another item, or a gift card at the price paid) says which the customer chose in place of the goodwill refund or
     * the choice: a gift card when the refund method is one, otherwise an exchange for another item. Goods the shop
     * collects are not sent back, and their refund is due 14 days after the customer said they were cancelling (CCR
     * 2013 reg 34(4)-(6)); a refund paid another way than the customer paid (which they must agree to, CRA 2015
     * s.20(17), CCR 2013 reg 34(7)) is said to be paid that way. Any other sentence is returned as it is.
     *
     * @param offeredRemedy the remedy offered, {@code null} while none is chosen
     * @param goods         the goods as the engine names them: the one item's description, or "the items" for several;
     *                      {@code null} when there are none yet
     */
    public static String asArranged(String sentence, Remedy offeredRemedy, String goods, ReturnMethod returnMethod,
            RefundMethod refundMethod) {
        if (offeredRemedy == Remedy.GOODWILL_EXCHANGE
                && (sentence.equals(GOODWILL_TO_ORIGINAL_METHOD) || sentence.equals(EXCHANGE_OR_GIFT_CARD))) {
            if (refundMethod == RefundMethod.GIFT_CARD) {
                return GIFT_CARD_FOR_THE_PRICE;
            }
            ItemName item = goods == null ? ItemName.ONE : ItemName.of(goods);
            return "We will exchange " + item + " for " + (item.several() ? "other items." : "another item.");
        }
        if (returnMethod == ReturnMethod.COLLECTION) {
            String item = between(sentence, SEND_BACK, SEND_BACK_WITHIN);
            if (item != null) {
                return "We will collect " + item + " from you, so you do not need to send " + ItemName.of(item).it()
                        + " back.";
            }
            if (between(sentence, REFUND_ON_RETURN, REFUND_ON_RETURN_OR_POSTING) != null) {
                return "We will refund the price and the standard delivery charge within 14 days of you telling us "
                        + "you are cancelling.";
            }
            if (between(sentence, REFUND_IF_NOT_RECEIVED, REFUND_IF_NOT_RECEIVED_END) != null) {
                return null;
            }
        }
        String paid = switch (refundMethod == null ? RefundMethod.ORIGINAL_PAYMENT_METHOD : refundMethod) {
            case ORIGINAL_PAYMENT_METHOD -> null;
            case CASH -> "in cash";
            case BANK_TRANSFER -> "by bank transfer";
            case GIFT_CARD -> "as a gift card, as you agreed";
        };
        if (paid != null && sentence.endsWith(BY_THE_SAME_METHOD)) {
            return sentence.substring(0, sentence.length() - BY_THE_SAME_METHOD.length()) + ", " + paid + ".";
        }
        if (paid != null && sentence.equals(GOODWILL_TO_ORIGINAL_METHOD)) {
            return "We will refund you " + paid + ".";
        }
        return sentence;
    }

    /** What lies between {@code start} and {@code end} when the sentence is just that, otherwise {@code null}. */
    private static String between(String sentence, String start, String end) {
        return sentence.startsWith(start) && sentence.endsWith(end)
                && sentence.length() > start.length() + end.length()
                ? sentence.substring(start.length(), sentence.length() - end.length())
                : null;
    }

    /**
     * Whether this sentence of a decision says what a supervisor or manager will still do before the return is
     * agreed: authorise a payment over the front-line limit ("As the amount is over £250.00, a supervisor will
     * authorise the payment; ...") or check a purchase made without proof ("..., so a supervisor will check it.").
     * Once the return authorisation is decided, authorised or denied, that is done, so its pages leave these out
     * ({@link ReturnAuthorisationView#explanationShown}); the page's Approval card says who decided and when. Both
     * sentences have read the same since the engine first wrote them, so old decisions are recognised too.
     */
    public static boolean awaitsASupervisor(String sentence) {
        return sentence.startsWith("As the amount is over ") && sentence.contains(AUTHORISES_THE_PAYMENT)
                || sentence.equals(PURCHASE_TO_BE_CHECKED);
    }

    /**
     * Assesses one return.
     *
     * @param request the facts; call {@link ReturnRequest#validate(LocalDate)} first to show field errors
     * @param today   the shop's current date, used when the request has no request date and to reject future dates
     * @throws InvalidReturnRequestException (an {@link IllegalArgumentException}) when the request is invalid
     */
    public ReturnAssessment assess(ReturnRequest request, LocalDate today) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(today, "today");
        List<FieldError> errors = request.validate(today);
        if (!errors.isEmpty()) {
            throw new InvalidReturnRequestException(errors);
        }
        Claim claim = new Claim(request, request.requestDateOr(today), settings);
        Decision decision = decide(claim);
        List<AssessmentEscalationReason> reasons = escalationReasons(claim, decision);
        List<String> explanation = new ArrayList<>(decision.explanation());
        for (AssessmentEscalationReason reason : reasons) {
            escalationSentence(claim, reason, explanation);
        }
        return new ReturnAssessment(
                decision.remedy(),
                decision.remedy().isStatutory(),
                decision.legalBasis(),
                decision.deadline(),
                decision.burdenOfProof(),
                decision.deductionForUseAllowed(),
                claim.cancellationOnlyByExtension() && (decision.remedy() == Remedy.CANCELLATION_REFUND
                        || decision.alternatives().contains(Remedy.CANCELLATION_REFUND)),
                decision.alternatives(),
                explanation,
                settings.versionLabel(),
                !reasons.isEmpty(),
                reasons);
    }

    private Decision decide(Claim claim) {
        if (claim.timeBarred()) {
            return timeBarred(claim);
        }
        if (claim.productType() == ProductType.GOODS
                && claim.request().condition() == ItemCondition.DAMAGED_BY_CUSTOMER) {
            return damagedByCustomer(claim);
        }
        if (claim.productType() == ProductType.GOODS && claim.faulty()
                && claim.request().faultPointedOutBeforeSale()) {
            return faultPointedOutBeforeSale(claim);
        }
        List<Remedy> eligible = eligibleRemedies(claim);
        if (eligible.isEmpty()) {
            return noRemedy(claim);
        }
        Remedy remedy = eligible.get(0);
        List<Remedy> alternatives = eligible.subList(1, eligible.size());
        Decision decision = switch (remedy) {
            case FULL_REFUND -> shortTermReject(claim);
            case FINAL_REJECT_OR_PRICE_REDUCTION -> finalReject(claim);
            case REPAIR_OR_REPLACEMENT -> claim.productType() == ProductType.GOODS
                    ? repairGoods(claim)
                    : repairDigitalContent(claim);
            case PRICE_REDUCTION -> claim.productType() == ProductType.SERVICE
                    ? servicePriceReduction(claim)
                    : digitalPriceReduction(claim);
            case REPEAT_PERFORMANCE -> repeatPerformance(claim);
            case CANCELLATION_REFUND -> cancellation(claim);
            case GOODWILL_REFUND, GOODWILL_EXCHANGE -> goodwill(claim, remedy);
            case NO_REMEDY -> throw new IllegalStateException("NO_REMEDY is never an eligible remedy");
        };
        for (Remedy alternative : alternatives) {
            decision.explanation().add(alternativeSentence(claim, alternative));
        }
        return decision.withAlternatives(alternatives);
    }

    /**
     * Every remedy that applies, in the decision order of returns-policy.md; the first is the decision.
     * Damage, a fault pointed out before the sale and time bars are handled before this, because they rule out
     * everything.
     */
    private static List<Remedy> eligibleRemedies(Claim claim) {
        List<Remedy> eligible = new ArrayList<>();
        switch (claim.productType()) {
            case GOODS -> {
                if (claim.faulty()) {
                    // A failed repair does not end the short-term right to reject while its period runs
                    // (CRA s.22(6)-(8)); after it, the failed repair opens final rejection (CRA s.24(5)(a)).
                    if (claim.withinShortTermReject()) {
                        eligible.add(Remedy.FULL_REFUND);
                    }
                    if (claim.remedyAlreadyFailed()) {
                        eligible.add(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION);
                    }
                    eligible.add(Remedy.REPAIR_OR_REPLACEMENT);
                }
                if (claim.canCancel()) {
                    eligible.add(Remedy.CANCELLATION_REFUND);
                }
                claim.goodwillRemedy().ifPresent(eligible::add);
            }
            case DIGITAL_CONTENT -> {
                // CRA ss.42-44: no right to reject digital content; a price reduction needs a failed repair first.
                if (claim.faulty()) {
                    if (claim.remedyAlreadyFailed()) {
                        eligible.add(Remedy.PRICE_REDUCTION);
                    }
                    eligible.add(Remedy.REPAIR_OR_REPLACEMENT);
                }
                if (claim.canCancel()) {
                    eligible.add(Remedy.CANCELLATION_REFUND);
                }
            }
            case SERVICE -> {
                // CRA s.56(3): a price reduction once repeat performance has failed (or is impossible).
                if (claim.faulty()) {
                    if (claim.remedyAlreadyFailed()) {
                        eligible.add(Remedy.PRICE_REDUCTION);
                    }
                    eligible.add(Remedy.REPEAT_PERFORMANCE);
                }
                if (claim.canCancel()) {
                    eligible.add(Remedy.CANCELLATION_REFUND);
                }
            }
        }
        return eligible;
    }

    private static Decision timeBarred(Claim claim) {
        Region region = claim.request().region();
        String where = region == Region.SCOTLAND ? " in Scotland" : "";
        return Decision.of(Remedy.NO_REMEDY, region.limitationLaw() + " (claim time-barred)", null)
                .say("You received " + item(claim) + " on " + Wording.date(claim.delivery())
                        + ". A claim can be made for up to "
                        + region.limitationYears() + " years after that" + where + ", and that time limit ended on "
                        + Wording.date(claim.limitationEnd()) + ".")
                .say("We are therefore not able to offer a refund, repair or replacement.");
    }

    private static Decision damagedByCustomer(Claim claim) {
        return Decision.of(Remedy.NO_REMEDY,
                        "Consumer Rights Act 2015 ss.9-11 (damage caused after delivery is not a breach of contract)",
                        null)
                .say("Because the damage to " + item(claim) + " happened after you received " + item(claim).it()
                        + ", the Consumer Rights Act 2015 "
                        + "does not give you a refund, repair or replacement, and our goodwill returns policy "
                        + "does not cover " + item(claim).it() + ".")
                .say("We can offer to repair " + item(claim).it() + " for a charge.");
    }

    /**
     * CRA 2015 s.9(4)(a): goods are not unsatisfactory because of a matter specifically drawn to the consumer's
     * attention before the contract was made, so that fault is no breach. Step 2 of the goods decision order.
     */
    private static Decision faultPointedOutBeforeSale(Claim claim) {
        return Decision.of(Remedy.NO_REMEDY,
                        "Consumer Rights Act 2015 s.9(4)(a) (a fault pointed out before the sale is not a breach)",
                        null)
                .say("Because the fault with " + item(claim) + " was pointed out to you before you bought "
                        + item(claim).it() + ", the "
                        + "Consumer Rights Act 2015 does not give you a refund, repair or replacement, and our "
                        + "goodwill returns policy does not cover it.")
                .say("We can offer to repair " + item(claim).it() + " for a charge.");
    }

    private static Decision shortTermReject(Claim claim) {
        ReturnRequest request = claim.request();
        Decision decision = Decision.of(Remedy.FULL_REFUND,
                "Consumer Rights Act 2015 ss.20-22 (short-term right to reject)", claim.shortTermRejectEnd());
        String wrong = nonConformity(claim);
        if (request.repairDays() == 0 && !claim.perishableCutsShortTermReject()) {
            String within30Days = wrong == null ? " developed a fault within 30 days of delivery"
                    : " " + wrong + " and you told us within 30 days of delivery";
            decision.say("Because " + item(claim) + within30Days + ", you are entitled to a full refund under the "
                    + "Consumer Rights Act 2015.");
        } else {
            decision.say("Because " + whatIsWrong(claim) + " and your short-term right to reject has not ended, you "
                    + "are entitled to a full refund under the Consumer Rights Act 2015.");
        }
        if (claim.perishableCutsShortTermReject()) {
            decision.say("As " + item(claim) + " can only be expected to keep for " + request.expectedLifeDays()
                    + " days after delivery, this right lasts only that long.");
        }
        if (request.repairDays() > 0) {
            decision.say("The time was paused for the " + request.repairDays() + " days you waited for a "
                    + "repair or replacement.");
        }
        if (claim.remedyAlreadyFailed()) {
            decision.say("This applies even though a repair or replacement has already been tried.");
        }
        decision.say("You can use this right until " + Wording.date(claim.shortTermRejectEnd()) + ".");
        decision.say("We will refund you within 14 days" + BY_THE_SAME_METHOD);
        return decision.withFaultPresumption(claim);
    }

    private static Decision finalReject(Claim claim) {
        boolean deduction = claim.deductionForUseAllowed();
        Decision decision = Decision.of(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION,
                        "Consumer Rights Act 2015 s.24 (final right to reject or price reduction)",
                        claim.limitationEnd())
                .allowDeductionForUse(deduction)
                .say("Because a repair or replacement did not put right " + whatWasWrong(claim) + ", you "
                        + "can choose to return " + item(claim).it() + " for a refund or to keep " + item(claim).it()
                        + " with a price reduction, under the "
                        + "Consumer Rights Act 2015.");
        if (deduction) {
            decision.say(deductionToBeConfirmed(item(claim)));
        } else {
            decision.say(refundInFull(item(claim)));
        }
        decision.say("We will pay any refund within 14 days of agreeing it" + BY_THE_SAME_METHOD);
        return decision.withFaultPresumption(claim).withTimeLimit(claim);
    }

    private static Decision repairGoods(Claim claim) {
        return Decision.of(Remedy.REPAIR_OR_REPLACEMENT, "Consumer Rights Act 2015 s.23 (repair or replacement)",
                        claim.limitationEnd())
                .say("Because " + whatIsWrong(claim) + " but the time to reject " + item(claim).it()
                        + " for a full refund ended on "
                        + Wording.date(claim.shortTermRejectEnd()) + ", we will repair or replace " + item(claim).it()
                        + " free of charge, within a reasonable time and without significant inconvenience to you, "
                        + "under the Consumer Rights Act 2015.")
                .say("If the repair or replacement does not put " + item(claim).it() + " right, you can then choose "
                        + "a price reduction or return " + item(claim).it() + " for a refund.")
                .withFaultPresumption(claim)
                .say("Any manufacturer's guarantee is in addition to these rights and does not replace them.")
                .withTimeLimit(claim);
    }

    private static Decision repairDigitalContent(Claim claim) {
        return Decision.of(Remedy.REPAIR_OR_REPLACEMENT,
                        "Consumer Rights Act 2015 s.43 (repair or replacement of digital content)",
                        claim.limitationEnd())
                .say("Because " + whatIsWrong(claim) + ", we will repair or replace " + item(claim).it()
                        + " free of charge, within "
                        + "a reasonable time and without significant inconvenience to you, under the Consumer "
                        + "Rights Act 2015.")
                .say("Digital content cannot be returned for a refund, but if the repair or replacement does not "
                        + "put it right you can ask for a price reduction, which can be up to the full price.")
                .withFaultPresumption(claim)
                .withTimeLimit(claim);
    }

    private static Decision digitalPriceReduction(Claim claim) {
        return Decision.of(Remedy.PRICE_REDUCTION,
                        "Consumer Rights Act 2015 s.44 (price reduction for digital content)", claim.limitationEnd())
                .say("Because a repair or replacement did not put right " + whatWasWrong(claim) + ", you "
                        + "are entitled to a price reduction under the Consumer Rights Act 2015, which can be up to "
                        + "the full price.")
                .say("We will pay it within 14 days of agreeing it" + BY_THE_SAME_METHOD)
                .withFaultPresumption(claim)
                .withTimeLimit(claim);
    }

    private static Decision repeatPerformance(Claim claim) {
        return Decision.of(Remedy.REPEAT_PERFORMANCE, "Consumer Rights Act 2015 s.55 (repeat performance)",
                        claim.limitationEnd())
                .say("Because " + item(claim) + " " + item(claim).was() + " not carried out with reasonable care "
                        + "and skill, we will put " + item(claim).it() + " right by doing the work again at no cost to you, within a reasonable time and without "
                        + "significant inconvenience, under the Consumer Rights Act 2015.")
                .say("If that is not possible or does not put it right, you can ask for a price reduction, which "
                        + "can be up to the full price.")
                .withTimeLimit(claim);
    }

    private static Decision servicePriceReduction(Claim claim) {
        return Decision.of(Remedy.PRICE_REDUCTION, "Consumer Rights Act 2015 s.56 (price reduction)",
                        claim.limitationEnd())
                .say("Because " + item(claim) + " " + item(claim).was() + " not carried out with reasonable care "
                        + "and skill and doing " + item(claim).it() + " again has not put " + item(claim).it() + " right, you are entitled to a price reduction under the Consumer "
                        + "Rights Act 2015, which can be up to the full price.")
                .say("We will pay it within 14 days of agreeing it" + BY_THE_SAME_METHOD)
                .withTimeLimit(claim);
    }

    private static Decision cancellation(Claim claim) {
        ReturnRequest request = claim.request();
        String legalBasis = "Consumer Contracts Regulations 2013 regs 29-34 (right to cancel a distance or "
                + "off-premises contract)";
        if (!claim.cancellationInfoGiven()) {
            legalBasis += "; period extended by reg 31 as cancellation information was not given";
        }
        Decision decision = Decision.of(Remedy.CANCELLATION_REFUND, legalBasis, claim.cancellationEnd());
        String channel = Wording.channel(request.channel());
        switch (claim.productType()) {
            case GOODS -> decision.say("Because you bought " + item(claim) + " " + channel + ", you can cancel "
                    + "without giving a reason " + (claim.beforeDelivery()
                            ? "from the day you ordered " + item(claim).it() + " until 14 days after delivery"
                            : "within 14 days of delivery")
                    + ", under the Consumer Contracts Regulations 2013.");
            case DIGITAL_CONTENT -> decision.say("Because you bought " + item(claim) + " " + channel + " and "
                    + item(claim).its() + " supply has not started with your agreement, you can cancel without giving a reason "
                    + "within 14 days of purchase, under the Consumer Contracts Regulations 2013.");
            case SERVICE -> decision.say("Because you agreed to " + item(claim) + " " + channel + ", you can "
                    + "cancel without giving a reason within 14 days of the contract date, under the Consumer "
                    + "Contracts Regulations 2013.");
        }
        if (claim.cancellationInfoGiven()) {
            decision.say("Your cancellation period ends on " + Wording.date(claim.cancellationEnd()) + ".");
        } else {
            decision.say("Because we did not tell you about your right to cancel, your cancellation period is "
                    + "extended by up to 12 months and ends on " + Wording.date(claim.cancellationEnd()) + ".");
        }
        switch (claim.productType()) {
            case GOODS -> {
                decision.say(SEND_BACK + item(claim) + SEND_BACK_WITHIN);
                decision.say(REFUND_ON_RETURN + item(claim) + REFUND_ON_RETURN_OR_POSTING);
                if (claim.beforeDelivery()) {
                    // CCR 2013 reg 34(4): goods that never come to the customer cannot be sent back, so the refund
                    // counts from the day the customer said they were cancelling.
                    decision.say(REFUND_IF_NOT_RECEIVED + item(claim) + REFUND_IF_NOT_RECEIVED_END);
                }
                // CCR reg 34(9)-(12): only handling beyond inspection may be charged, and nothing at all when the
                // cancellation information was never given.
                if (request.condition() == ItemCondition.USED) {
                    decision.say(claim.cancellationInfoGiven()
                            ? "We may deduct for any loss in value caused by handling " + item(claim)
                                    + " beyond what was needed for inspection."
                            : "We will not deduct anything for handling " + item(claim)
                                    + ", because we did not give you the cancellation information.");
                }
            }
            case DIGITAL_CONTENT -> decision.say("We will refund you within 14 days of you telling us you are "
                    + "cancelling.");
            case SERVICE -> {
                decision.say("We will refund you within 14 days of you telling us you are cancelling.");
                // CCR reg 36(4): a service started in the period at the customer's request is paid for pro rata.
                decision.say("If you asked us to start the service within the 14 days, we may charge for the part "
                        + "already provided.");
            }
        }
        return decision;
    }

    private static Decision goodwill(Claim claim, Remedy remedy) {
        int days = claim.settings().goodwillDays();
        Decision decision = Decision.of(remedy, "Goodwill returns policy (voluntary, not a statutory right)",
                claim.goodwillEnd());
        if (remedy == Remedy.GOODWILL_EXCHANGE) {
            decision.say("Although the law does not give a right to return " + item(claim) + ", our goodwill "
                    + "returns policy lets you exchange unused items with a gift receipt up to " + days
                    + " days after they were received.");
            decision.say(EXCHANGE_OR_GIFT_CARD);
        } else {
            decision.say("Although the law does not give a right to return " + item(claim) + ", our goodwill "
                    + "returns policy lets you return unused items with proof of purchase up to " + days
                    + " days after you received them.");
            decision.say(GOODWILL_TO_ORIGINAL_METHOD);
        }
        if (claim.distanceSale() && !claim.withinCancellationPeriod()) {
            decision.say("The 14-day period to cancel your order ended on "
                    + Wording.date(claim.cancellationEnd()) + ".");
        }
        return decision.say("This goodwill offer lasts until " + Wording.date(claim.goodwillEnd()) + ".");
    }

    private static Decision noRemedy(Claim claim) {
        ReturnRequest request = claim.request();
        boolean cancellationRefused = claim.distanceSale() && claim.withinCancellationPeriod();
        String legalBasis = switch (claim.productType()) {
            case GOODS -> cancellationRefused
                    ? "Consumer Contracts Regulations 2013 reg 28 (exception from the right to cancel); "
                            + "outside the goodwill policy"
                    : "No statutory right: goods not faulty; outside the goodwill policy";
            case DIGITAL_CONTENT -> cancellationRefused
                    ? "Consumer Contracts Regulations 2013 reg 37 (no right to cancel once supply has begun "
                            + "with consent)"
                    : "No statutory right: digital content not faulty";
            case SERVICE -> "No statutory right: service performed with reasonable care and skill";
        };
        Decision decision = Decision.of(Remedy.NO_REMEDY, legalBasis, null);
        switch (claim.productType()) {
            case GOODS -> decision.say("As there is no fault with " + item(claim) + ", the Consumer Rights Act "
                    + "2015 does not give a right to a refund, repair or replacement.");
            case DIGITAL_CONTENT -> decision.say("As there is no fault with " + item(claim) + ", the Consumer "
                    + "Rights Act 2015 does not give a right to a repair, replacement or price reduction.");
            case SERVICE -> decision.say("As " + item(claim) + " " + item(claim).was() + " carried out with "
                    + "reasonable care and skill, the Consumer Rights Act 2015 does not give a right to have "
                    + item(claim).it() + " done again or to a price reduction.");
        }
        if (!claim.distanceSale()) {
            decision.say("The right to cancel applies only to purchases made online, by phone or away from our "
                    + "shop.");
        } else if (!claim.withinCancellationPeriod()) {
            decision.say("The 14-day period to cancel ended on " + Wording.date(claim.cancellationEnd()) + ".");
        } else if (claim.digitalSupplyStarted()) {
            decision.say("Because the download or streaming started with your agreement, the right to cancel "
                    + "has ended.");
        } else {
            decision.say("The right to cancel an order does not cover "
                    + Wording.and(claim.cancellationExclusions()) + ".");
        }
        if (claim.productType() == ProductType.GOODS) {
            decision.say("We cannot offer a goodwill return either, because "
                    + Wording.and(claim.goodwillObstacles()) + ".");
        } else {
            decision.say(Wording.capitalise(claim.goodwillObstacles().get(0)) + ".");
        }
        return decision.say(GOODWILL_EXCEPTION_OFFER);
    }

    private static String alternativeSentence(Claim claim, Remedy alternative) {
        return switch (alternative) {
            case FULL_REFUND -> "You could also reject " + item(claim).it() + " for a full refund until "
                    + Wording.date(claim.shortTermRejectEnd()) + ".";
            case REPAIR_OR_REPLACEMENT -> claim.remedyAlreadyFailed()
                    ? "If you prefer, you can ask for another free repair or replacement instead."
                    : "If you prefer, you can ask for a free repair or replacement instead.";
            case FINAL_REJECT_OR_PRICE_REDUCTION -> "If you prefer, you can keep " + item(claim).it()
                    + " and ask for a price reduction instead.";
            case CANCELLATION_REFUND -> "You could also cancel the order under the Consumer Contracts Regulations "
                    + "2013 until " + Wording.date(claim.cancellationEnd()) + ".";
            case REPEAT_PERFORMANCE -> "If you prefer, you can ask us to do the work again instead.";
            case PRICE_REDUCTION -> "If you prefer, you can ask for a price reduction instead.";
            case GOODWILL_REFUND -> "Our goodwill returns policy would also allow a refund until "
                    + Wording.date(claim.goodwillEnd()) + ".";
            case GOODWILL_EXCHANGE -> "Our goodwill returns policy would also allow an exchange or a gift card "
                    + "until " + Wording.date(claim.goodwillEnd()) + ".";
            case NO_REMEDY -> throw new IllegalStateException("NO_REMEDY is never an alternative");
        };
    }

    /**
     * Reasons the assessment itself needs a supervisor or manager. They never take a statutory right away:
     * approval decides who pays out, not whether the customer is entitled.
     */
    private List<AssessmentEscalationReason> escalationReasons(Claim claim, Decision decision) {
        Remedy remedy = decision.remedy();
        List<AssessmentEscalationReason> reasons = new ArrayList<>();
        if (remedy.paysMoneyBack()
                && settings.requiredApprover(claim.request().price()) != RefundApprover.FRONT_LINE) {
            reasons.add(AssessmentEscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
        }
        if (remedy == Remedy.FINAL_REJECT_OR_PRICE_REDUCTION && decision.deductionForUseAllowed()) {
            reasons.add(AssessmentEscalationReason.DEDUCTION_FOR_USE);
        }
        if (remedy == Remedy.CANCELLATION_REFUND && claim.cancellationOnlyByExtension()) {
            reasons.add(AssessmentEscalationReason.COMPLIANCE_RISK);
        }
        if (remedy.isStatutory() && claim.request().proofOfPurchase() == ProofOfPurchase.NONE) {
            reasons.add(AssessmentEscalationReason.NO_PROOF_OF_PURCHASE);
        }
        return reasons;
    }

    /** Only reasons the customer should hear about; the others are already explained with the remedy. */
    private void escalationSentence(Claim claim, AssessmentEscalationReason reason, List<String> explanation) {
        switch (reason) {
            case REFUND_OVER_AUTHORITY_LIMIT -> {
                // The limit named is the one the amount is over: a manager's refund names the supervisor's limit.
                boolean manager = settings.requiredApprover(claim.request().price()) == RefundApprover.MANAGER;
                BigDecimal limit = manager ? settings.supervisorRefundLimit() : settings.frontLineRefundLimit();
                explanation.add("As the amount is over " + Wording.money(limit) + ", "
                        + (manager ? "a manager" : "a supervisor")
                        + AUTHORISES_THE_PAYMENT + " this does not change what you are entitled to.");
            }
            case NO_PROOF_OF_PURCHASE -> explanation.add(PURCHASE_TO_BE_CHECKED);
            case DEDUCTION_FOR_USE, COMPLIANCE_RISK -> {
                // Already explained with the remedy itself.
            }
        }
    }

    private static ItemName item(Claim claim) {
        return ItemName.of(claim.request().productDescription());
    }

    /** What was wrong with the item when the reason is a breach other than a fault, or {@code null} for a fault. */
    private static String nonConformity(Claim claim) {
        return Wording.nonConformity(claim.request().reasonCode(), item(claim));
    }

    /** "there is a fault with the kettle", or "the kettle was not the item you ordered". */
    private static String whatIsWrong(Claim claim) {
        String wrong = nonConformity(claim);
        return wrong == null ? "there is a fault with " + item(claim) : item(claim) + " " + wrong;
    }

    /**
     * "the fault with the kettle", or "what was wrong with the kettle (it was not the item you ordered)", "... with
     * the items (they were not the items you ordered)".
     */
    private static String whatWasWrong(Claim claim) {
        String wrong = nonConformity(claim);
        return wrong == null ? "the fault with " + item(claim)
                : "what was wrong with " + item(claim) + " (" + item(claim).itSubject() + " " + wrong + ")";
    }

    /** A decision under construction: the remedy with its basis, deadline and the sentences explaining it. */
    private record Decision(
            Remedy remedy,
            String legalBasis,
            LocalDate deadline,
            BurdenOfProof burdenOfProof,
            boolean deductionForUseAllowed,
            List<Remedy> alternatives,
            List<String> explanation) {

        static Decision of(Remedy remedy, String legalBasis, LocalDate deadline) {
            return new Decision(remedy, legalBasis, deadline, null, false, List.of(), new ArrayList<>());
        }

        Decision say(String sentence) {
            explanation.add(sentence);
            return this;
        }

        Decision allowDeductionForUse(boolean allowed) {
            return new Decision(remedy, legalBasis, deadline, burdenOfProof, allowed, alternatives, explanation);
        }

        Decision withAlternatives(List<Remedy> remedies) {
            return new Decision(remedy, legalBasis, deadline, burdenOfProof, deductionForUseAllowed,
                    List.copyOf(remedies), explanation);
        }

        /** Records who must prove the fault and tells the customer, for goods and digital content. */
        Decision withFaultPresumption(Claim claim) {
            BurdenOfProof burden = claim.burdenOfProof().orElse(null);
            // CRA 2015 s.19(14)-(15): the presumption is of goods not conforming to the contract, a fault or not.
            boolean fault = nonConformity(claim) == null;
            if (burden == BurdenOfProof.TRADER) {
                say(fault ? "As you reported the fault within 6 months of delivery, the law assumes it was there when "
                        + "you received " + item(claim) + ", unless we can prove otherwise."
                        : "As you told us within 6 months of delivery, the law assumes " + item(claim) + " did not "
                                + "conform to the contract when you received " + item(claim).it()
                                + ", unless we can prove otherwise.");
            } else if (burden == BurdenOfProof.CUSTOMER) {
                say(fault ? "As more than 6 months have passed since delivery, you may need to show that the fault "
                        + "was there when you received " + item(claim) + ", for example with an independent report."
                        : "As more than 6 months have passed since delivery, you may need to show that "
                                + item(claim) + " did not conform to the contract when you received "
                                + item(claim).it() + ".");
            }
            return new Decision(remedy, legalBasis, deadline, burden, deductionForUseAllowed, alternatives,
                    explanation);
        }

        Decision withTimeLimit(Claim claim) {
            return say("The legal time limit for this claim ends on " + Wording.date(claim.limitationEnd()) + ".");
        }
    }
}
