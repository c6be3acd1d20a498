package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.returns.ReturnRequests.DELIVERED;
import static uk.aftercare.returns.ReturnRequests.assess;
import static uk.aftercare.returns.ReturnRequests.inStore;
import static uk.aftercare.returns.ReturnRequests.online;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GoodsReturnsTest {

    @Test
    void refundsInFullOnDayThirty() {
        ReturnAssessment assessment = assess(inStore(DELIVERED).requestDate(LocalDate.of(2026, 4, 1)).faulty(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(assessment.statutory()).isTrue();
        assertThat(assessment.legalBasis()).isEqualTo("Consumer Rights Act 2015 ss.20-22 (short-term right to reject)");
        assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(assessment.burdenOfProof()).isEqualTo(BurdenOfProof.TRADER);
    }

    @Test
    void offersRepairOnDayThirtyOne() {
        ReturnAssessment assessment = assess(inStore(DELIVERED).requestDate(LocalDate.of(2026, 4, 2)).faulty(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.REPAIR_OR_REPLACEMENT);
        assertThat(assessment.legalBasis()).isEqualTo("Consumer Rights Act 2015 s.23 (repair or replacement)");
        assertThat(assessment.deadline()).as("limitation end").isEqualTo(LocalDate.of(2032, 3, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # row of the decision order                         | channel  | request    | faulty | failed | condition           | proof        | remedy
            1 time-barred after 6 years                         | IN_STORE | 2032-03-03 | true   | false  | UNUSED              | RECEIPT      | NO_REMEDY
            2 damaged by the customer, even when faulty         | IN_STORE | 2026-03-05 | true   | false  | DAMAGED_BY_CUSTOMER | RECEIPT      | NO_REMEDY
            2 damaged by the customer, inside cancellation      | ONLINE   | 2026-03-05 | false  | false  | DAMAGED_BY_CUSTOMER | ORDER_NUMBER | NO_REMEDY
            3a faulty inside the short-term right to reject     | IN_STORE | 2026-03-20 | true   | false  | USED                | RECEIPT      | FULL_REFUND
            3a faulty, failed repair, still inside the 30 days  | IN_STORE | 2026-03-20 | true   | true   | USED                | RECEIPT      | FULL_REFUND
            3a faulty online beats cancellation                 | ONLINE   | 2026-03-05 | true   | false  | UNUSED              | ORDER_NUMBER | FULL_REFUND
            3b faulty, failed repair, after the 30 days         | IN_STORE | 2026-05-20 | true   | true   | USED                | RECEIPT      | FINAL_REJECT_OR_PRICE_REDUCTION
            3c faulty after the 30 days                         | IN_STORE | 2026-05-20 | true   | false  | USED                | RECEIPT      | REPAIR_OR_REPLACEMENT
            3c faulty, used, no proof: still a statutory repair | IN_STORE | 2028-05-20 | true   | false  | USED                | NONE         | REPAIR_OR_REPLACEMENT
            4 not faulty, online, inside 14 days                | ONLINE   | 2026-03-16 | false  | false  | UNUSED              | ORDER_NUMBER | CANCELLATION_REFUND
            4 not faulty, used, online, inside 14 days          | ONLINE   | 2026-03-16 | false  | false  | USED                | ORDER_NUMBER | CANCELLATION_REFUND
            5 goodwill refund within 28 days                    | IN_STORE | 2026-03-30 | false  | false  | UNUSED              | RECEIPT      | GOODWILL_REFUND
            5 goodwill with a bank statement                    | IN_STORE | 2026-03-30 | false  | false  | UNUSED              | BANK_STATEMENT | GOODWILL_REFUND
            5 goodwill exchange with a gift receipt             | IN_STORE | 2026-03-30 | false  | false  | UNUSED              | GIFT_RECEIPT | GOODWILL_EXCHANGE
            5 online after 14 days falls back to goodwill       | ONLINE   | 2026-03-17 | false  | false  | UNUSED              | ORDER_NUMBER | GOODWILL_REFUND
            6 goodwill window over on day 29                    | IN_STORE | 2026-03-31 | false  | false  | UNUSED              | RECEIPT      | NO_REMEDY
            6 used, not faulty, in store                        | IN_STORE | 2026-03-10 | false  | false  | USED                | RECEIPT      | NO_REMEDY
            6 no proof of purchase for goodwill                 | IN_STORE | 2026-03-10 | false  | false  | UNUSED              | NONE         | NO_REMEDY
            6 gift receipt but used                             | IN_STORE | 2026-03-10 | false  | false  | USED                | GIFT_RECEIPT | NO_REMEDY
            """)
    void followsTheDecisionOrderForGoods(String row, SaleChannel channel, LocalDate requestDate, boolean faulty,
            boolean failed, ItemCondition condition, ProofOfPurchase proof, Remedy expected) {
        ReturnRequest.Builder request = (channel == SaleChannel.IN_STORE ? inStore(DELIVERED) : online(DELIVERED))
                .requestDate(requestDate)
                .faulty(faulty)
                .failedRepairOrReplacement(failed)
                .condition(condition)
                .proofOfPurchase(proof);

        ReturnAssessment assessment = assess(request);

        assertThat(assessment.remedy()).isEqualTo(expected);
        assertThat(assessment.statutory()).isEqualTo(expected.isStatutory());
        assertThat(assessment.explanation()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                     | delivered  | request    | repairDays | perishable | lifeDays | remedy                | deadline
            day 30                                     | 2026-03-02 | 2026-04-01 | 0          | false      |          | FULL_REFUND           | 2026-04-01
            day 31                                     | 2026-03-02 | 2026-04-02 | 0          | false      |          | REPAIR_OR_REPLACEMENT | 2032-03-02
            day 30 across a short February             | 2026-01-31 | 2026-03-02 | 0          | false      |          | FULL_REFUND           | 2026-03-02
            day 31 across a short February             | 2026-01-31 | 2026-03-03 | 0          | false      |          | REPAIR_OR_REPLACEMENT | 2032-01-31
            delivery day itself                        | 2026-03-02 | 2026-03-02 | 0          | false      |          | FULL_REFUND           | 2026-04-01
            repair pause: last paused day              | 2026-03-02 | 2026-04-11 | 10         | false      |          | FULL_REFUND           | 2026-04-11
            repair pause: day after                    | 2026-03-02 | 2026-04-12 | 10         | false      |          | REPAIR_OR_REPLACEMENT | 2032-03-02
            perishable: last day of expected life      | 2026-03-02 | 2026-03-09 | 0          | true       | 7        | FULL_REFUND           | 2026-03-09
            perishable: day after expected life        | 2026-03-02 | 2026-03-10 | 0          | true       | 7        | REPAIR_OR_REPLACEMENT | 2032-03-02
            perishable lasting longer: 30 days apply   | 2026-03-02 | 2026-04-01 | 0          | true       | 45       | FULL_REFUND           | 2026-04-01
            perishable lasting longer: day 31          | 2026-03-02 | 2026-04-02 | 0          | true       | 45       | REPAIR_OR_REPLACEMENT | 2032-03-02
            perishable, life unknown: 30 days apply    | 2026-03-02 | 2026-04-01 | 0          | true       |          | FULL_REFUND           | 2026-04-01
            life given but not perishable: ignored     | 2026-03-02 | 2026-04-01 | 0          | false      | 7        | FULL_REFUND           | 2026-04-01
            perishable with repair pause (s.22(6))     | 2026-03-02 | 2026-03-14 | 5          | true       | 7        | FULL_REFUND           | 2026-03-14
            perishable with repair pause, day after    | 2026-03-02 | 2026-03-15 | 5          | true       | 7        | REPAIR_OR_REPLACEMENT | 2032-03-02
            """)
    void countsTheShortTermRightToRejectFromDelivery(String description, LocalDate delivered, LocalDate requestDate,
            int repairDays, boolean perishable, Integer expectedLifeDays, Remedy expected, LocalDate deadline) {
        ReturnAssessment assessment = assess(online(delivered)
                .requestDate(requestDate)
                .faulty(true)
                .condition(ItemCondition.USED)
                .repairDays(repairDays)
                .perishable(perishable)
                .expectedLifeDays(expectedLifeDays));

        assertThat(assessment.remedy()).isEqualTo(expected);
        assertThat(assessment.deadline()).isEqualTo(deadline);
    }

    @Test
    void keepsTheShortTermRightToRejectAfterAFailedRepairWhileThePausedPeriodRuns() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(LocalDate.of(2026, 4, 10))
                .faulty(true)
                .failedRepairOrReplacement(true)
                .repairDays(12));

        assertThat(assessment.remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(assessment.alternatives())
                .containsExactly(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION, Remedy.REPAIR_OR_REPLACEMENT);
    }

    @ParameterizedTest(name = "delivered {0}, request {1}: {2}")
    @CsvSource({
            "2026-03-02, 2026-09-01, TRADER",
            "2026-03-02, 2026-09-02, TRADER",
            "2026-03-02, 2026-09-03, CUSTOMER",
            "2026-08-31, 2027-02-28, TRADER",
            "2026-08-31, 2027-03-01, CUSTOMER",
    })
    void switchesTheBurdenOfProofToTheCustomerAfterSixMonths(LocalDate delivered, LocalDate requestDate,
            BurdenOfProof expected) {
        ReturnAssessment assessment = assess(inStore(delivered).requestDate(requestDate).faulty(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.REPAIR_OR_REPLACEMENT);
        assertThat(assessment.burdenOfProof()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "request {0}: deduction allowed {1}")
    @CsvSource({
            "2026-09-01, false",
            "2026-09-02, false",
            "2026-09-03, true",
    })
    void allowsADeductionForUseOnlyForAFinalRejectionMoreThanSixMonthsAfterDelivery(LocalDate requestDate,
            boolean deductionAllowed) {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(requestDate)
                .faulty(true)
                .failedRepairOrReplacement(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION);
        assertThat(assessment.legalBasis()).contains("s.24");
        assertThat(assessment.deductionForUseAllowed()).isEqualTo(deductionAllowed);
        assertThat(assessment.escalationReasons().contains(AssessmentEscalationReason.DEDUCTION_FOR_USE))
                .isEqualTo(deductionAllowed);
        assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2032, 3, 2));
    }

    @ParameterizedTest(name = "{0}, request {1}: {2}")
    @CsvSource({
            "ENGLAND_WALES,    2032-03-02, REPAIR_OR_REPLACEMENT, 2032-03-02",
            "ENGLAND_WALES,    2032-03-03, NO_REMEDY,",
            "NORTHERN_IRELAND, 2032-03-02, REPAIR_OR_REPLACEMENT, 2032-03-02",
            "NORTHERN_IRELAND, 2032-03-03, NO_REMEDY,",
            "SCOTLAND,         2031-03-02, REPAIR_OR_REPLACEMENT, 2031-03-02",
            "SCOTLAND,         2031-03-03, NO_REMEDY,",
    })
    void barsClaimsAfterSixYearsOrFiveInScotland(Region region, LocalDate requestDate, Remedy expected,
            LocalDate deadline) {
        ReturnAssessment assessment = assess(inStore(DELIVERED).region(region).requestDate(requestDate).faulty(true));

        assertThat(assessment.remedy()).isEqualTo(expected);
        assertThat(assessment.deadline()).isEqualTo(deadline);
        if (expected == Remedy.NO_REMEDY) {
            assertThat(assessment.legalBasis()).startsWith(region.limitationLaw());
            assertThat(assessment.burdenOfProof()).isNull();
            assertThat(assessment.alternatives()).isEmpty();
        } else {
            assertThat(assessment.burdenOfProof()).isEqualTo(BurdenOfProof.CUSTOMER);
        }
    }

    @Test
    void refusesDamageCausedByTheCustomerButOffersAPaidRepair() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(LocalDate.of(2026, 3, 5))
                .faulty(true)
                .condition(ItemCondition.DAMAGED_BY_CUSTOMER));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
        assertThat(assessment.statutory()).isFalse();
        assertThat(assessment.deadline()).isNull();
        assertThat(assessment.burdenOfProof()).isNull();
        assertThat(assessment.alternatives()).isEmpty();
        assertThat(assessment.explanation()).anyMatch(sentence -> sentence.contains("repair it for a charge"));
    }

    @Test
    void refusesAFaultPointedOutBeforeTheSaleButOffersAPaidRepair() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(LocalDate.of(2026, 3, 5))
                .faulty(true)
                .faultPointedOutBeforeSale(true)
                .productDescription("kettle"));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
        assertThat(assessment.statutory()).isFalse();
        assertThat(assessment.legalBasis()).isEqualTo(
                "Consumer Rights Act 2015 s.9(4)(a) (a fault pointed out before the sale is not a breach)");
        assertThat(assessment.deadline()).isNull();
        assertThat(assessment.burdenOfProof()).isNull();
        assertThat(assessment.alternatives()).isEmpty();
        assertThat(assessment.escalationRequired()).isFalse();
        assertThat(assessment.explanation()).containsExactly(
                "Because the fault with the kettle was pointed out to you before you bought it, the Consumer Rights "
                        + "Act 2015 does not give you a refund, repair or replacement, and our goodwill returns "
                        + "policy does not cover it.",
                "We can offer to repair it for a charge.");
    }

    @Test
    void refusesAFaultPointedOutBeforeTheSaleEvenInsideTheCancellationPeriod() {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .requestDate(LocalDate.of(2026, 3, 5))
                .faulty(true)
                .faultPointedOutBeforeSale(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
        assertThat(assessment.legalBasis()).contains("s.9(4)(a)");
        assertThat(assessment.alternatives()).isEmpty();
    }

    @Test
    void keepsTheTimeBarAheadOfAFaultPointedOutBeforeTheSale() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(LocalDate.of(2032, 3, 3))
                .faulty(true)
                .faultPointedOutBeforeSale(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
        assertThat(assessment.legalBasis()).startsWith(Region.ENGLAND_WALES.limitationLaw());
    }

    @Test
    void keepsDamageByTheCustomerAheadOfAFaultPointedOutBeforeTheSale() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(LocalDate.of(2026, 3, 5))
                .faulty(true)
                .faultPointedOutBeforeSale(true)
                .condition(ItemCondition.DAMAGED_BY_CUSTOMER));

        assertThat(assessment.legalBasis()).contains("ss.9-11");
    }

    @Test
    void ignoresAFaultPointedOutBeforeTheSaleWhenTheReturnIsNotForAFault() {
        ReturnAssessment pointedOut = assess(online(DELIVERED)
                .requestDate(LocalDate.of(2026, 3, 5))
                .faultPointedOutBeforeSale(true));
        ReturnAssessment notPointedOut = assess(online(DELIVERED).requestDate(LocalDate.of(2026, 3, 5)));

        assertThat(pointedOut.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
        assertThat(pointedOut).isEqualTo(notPointedOut);
    }

    @Test
    void leavesDigitalContentAndServicesAlone() {
        for (ProductType type : List.of(ProductType.DIGITAL_CONTENT, ProductType.SERVICE)) {
            ReturnAssessment assessment = assess(inStore(DELIVERED)
                    .productType(type)
                    .requestDate(LocalDate.of(2026, 3, 5))
                    .faulty(true)
                    .faultPointedOutBeforeSale(true));

            assertThat(assessment.remedy()).isNotEqualTo(Remedy.NO_REMEDY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void listsTheOtherApplicableRemediesAsAlternatives(String description, ReturnRequest.Builder request,
            Remedy remedy, List<Remedy> alternatives) {
        ReturnAssessment assessment = assess(request);

        assertThat(assessment.remedy()).isEqualTo(remedy);
        assertThat(assessment.alternatives()).containsExactlyElementsOf(alternatives);
    }

    static Stream<Arguments> listsTheOtherApplicableRemediesAsAlternatives() {
        LocalDate day5 = DELIVERED.plusDays(5);
        return Stream.of(
                Arguments.of("faulty and used in the first 30 days",
                        inStore(DELIVERED).requestDate(day5).faulty(true).condition(ItemCondition.USED),
                        Remedy.FULL_REFUND, List.of(Remedy.REPAIR_OR_REPLACEMENT)),
                Arguments.of("faulty, unused, online, first week",
                        online(DELIVERED).requestDate(day5).faulty(true),
                        Remedy.FULL_REFUND, List.of(Remedy.REPAIR_OR_REPLACEMENT, Remedy.CANCELLATION_REFUND,
                                Remedy.GOODWILL_REFUND)),
                Arguments.of("failed repair after the 30 days",
                        inStore(DELIVERED).requestDate(DELIVERED.plusDays(60)).faulty(true)
                                .failedRepairOrReplacement(true),
                        Remedy.FINAL_REJECT_OR_PRICE_REDUCTION, List.of(Remedy.REPAIR_OR_REPLACEMENT)),
                Arguments.of("changed mind online, unused, first week",
                        online(DELIVERED).requestDate(day5),
                        Remedy.CANCELLATION_REFUND, List.of(Remedy.GOODWILL_REFUND)),
                Arguments.of("gift receipt online, first week",
                        online(DELIVERED).requestDate(day5).proofOfPurchase(ProofOfPurchase.GIFT_RECEIPT),
                        Remedy.CANCELLATION_REFUND, List.of(Remedy.GOODWILL_EXCHANGE)),
                Arguments.of("goodwill only",
                        inStore(DELIVERED).requestDate(day5),
                        Remedy.GOODWILL_REFUND, List.of()),
                Arguments.of("nothing at all",
                        inStore(DELIVERED).requestDate(day5).condition(ItemCondition.USED),
                        Remedy.NO_REMEDY, List.of()));
    }

    @Test
    void offersGoodwillExchangeRatherThanRefundForAGiftReceipt() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(DELIVERED.plusDays(28))
                .proofOfPurchase(ProofOfPurchase.GIFT_RECEIPT));

        assertThat(assessment.remedy()).isEqualTo(Remedy.GOODWILL_EXCHANGE);
        assertThat(assessment.statutory()).isFalse();
        assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(assessment.burdenOfProof()).isNull();
        assertThat(assessment.escalationRequired()).isFalse();
    }

    @Test
    void treatsAFaultAsAFaultOnPersonalisedPerishableOrUnsealedGoods() {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .requestDate(DELIVERED.plusDays(3))
                .faulty(true)
                .personalised(true)
                .hygieneSealBroken(true)
                .mediaSealBroken(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(assessment.alternatives()).containsExactly(Remedy.REPAIR_OR_REPLACEMENT);
    }

    @Test
    void explainsTheDecisionInSentencesNamingTheProduct() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .productDescription("kettle")
                .requestDate(DELIVERED.plusDays(10))
                .faulty(true)
                .condition(ItemCondition.USED));

        assertThat(assessment.explanation()).first().isEqualTo("Because the kettle developed a fault within 30 days "
                + "of delivery, you are entitled to a full refund under the Consumer Rights Act 2015.");
        assertThat(assessment.explanation())
                .contains("You can use this right until 1 April 2026.",
                        "We will refund you within 14 days, by the same method you paid with.",
                        "If you prefer, you can ask for a free repair or replacement instead.")
                .allSatisfy(sentence -> assertThat(sentence).matches("[A-Z].*[.]"));
    }

    /**
     * A wrong item, damage in transit and goods not as described are goods that do not conform to the contract, as a
     * fault is (CRA 2015 ss.9-11, 29), with the same remedies; the decision says what happened, never that the item
     * developed a fault.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WRONG_ITEM         | was not the item you ordered
            DAMAGED_IN_TRANSIT | arrived damaged
            NOT_AS_DESCRIBED   | was not as described
            """)
    void explainsABreachThatIsNotAFaultAsWhatHappened(ReasonCode reason, String what) {
        LocalDate day10 = DELIVERED.plusDays(10);
        LocalDate day45 = DELIVERED.plusDays(45);
        LocalDate month8 = DELIVERED.plusMonths(8);

        ReturnAssessment refund = assess(usedKettle(reason).requestDate(day10));
        ReturnAssessment repair = assess(usedKettle(reason).requestDate(day45));
        ReturnAssessment finalReject = assess(usedKettle(reason).requestDate(month8).failedRepairOrReplacement(true));

        assertThat(refund.explanation()).first().isEqualTo("Because the kettle " + what + " and you told us within "
                + "30 days of delivery, you are entitled to a full refund under the Consumer Rights Act 2015.");
        assertThat(refund.explanation()).contains("As you told us within 6 months of delivery, the law assumes the "
                + "kettle did not conform to the contract when you received it, unless we can prove otherwise.");
        assertThat(repair.explanation()).first().asString().startsWith("Because the kettle " + what + " but the time "
                + "to reject it for a full refund ended on 1 April 2026, we will repair or replace it free of charge");
        assertThat(finalReject.explanation()).first().asString().startsWith("Because a repair or replacement did not "
                + "put right what was wrong with the kettle (it " + what + "), you can choose to return it");
        assertThat(finalReject.explanation()).contains("As more than 6 months have passed since delivery, you may need "
                + "to show that the kettle did not conform to the contract when you received it.");
        assertThat(Stream.of(refund, repair, finalReject).flatMap(a -> a.explanation().stream()))
            .noneMatch(sentence -> sentence.contains("fault"));
        for (LocalDate asked : List.of(day10, day45, month8)) {
            ReturnAssessment asFault = assess(usedKettle(null).requestDate(asked).failedRepairOrReplacement(
                    asked.equals(month8)));
            ReturnAssessment asReason = assess(usedKettle(reason).requestDate(asked).failedRepairOrReplacement(
                    asked.equals(month8)));
            assertThat(asReason).as("decided as a fault, worded otherwise").usingRecursiveComparison()
                .ignoringFields("explanation").isEqualTo(asFault);
        }
    }

    /** A fault, recorded as such or with no reason given (the API), is still explained as a fault. */
    @Test
    void explainsAFaultAsAFaultWhetherOrNotTheReasonIsGiven() {
        ReturnAssessment faulty = assess(usedKettle(ReasonCode.FAULTY).requestDate(DELIVERED.plusDays(10)));

        assertThat(faulty.explanation()).isEqualTo(assess(usedKettle(null).requestDate(DELIVERED.plusDays(10)))
            .explanation());
        assertThat(faulty.explanation()).first().asString().startsWith("Because the kettle developed a fault within "
                + "30 days of delivery");
    }

    /**
     * A return of several item lines names its goods "the items" ({@link Wording#SEVERAL_ITEMS}): every sentence naming
     * them agrees, for each decision on goods that names them.
     */
    @Test
    void speaksOfSeveralItemsInThePlural() {
        assertThat(explanation(severalItems(ReasonCode.NOT_AS_DESCRIBED).requestDate(DELIVERED.plusDays(10))))
            .contains("Because the items were not as described and you told us within 30 days of delivery, you are "
                    + "entitled to a full refund under the Consumer Rights Act 2015.",
                    "As you told us within 6 months of delivery, the law assumes the items did not conform to the "
                            + "contract when you received them, unless we can prove otherwise.");
        assertThat(explanation(severalItems(ReasonCode.WRONG_ITEM).repairDays(5).requestDate(DELIVERED.plusDays(10))))
            .contains("Because the items were not the items you ordered and your short-term right to reject has not "
                    + "ended, you are entitled to a full refund under the Consumer Rights Act 2015.");
        assertThat(explanation(severalItems(ReasonCode.WRONG_ITEM).requestDate(DELIVERED.plusMonths(7))))
            .contains("Because the items were not the items you ordered but the time to reject them for a full "
                    + "refund ended on 1 April 2026, we will repair or replace them free of charge, within a "
                    + "reasonable time and without significant inconvenience to you, under the Consumer Rights Act "
                    + "2015.",
                    "If the repair or replacement does not put them right, you can then choose a price reduction or "
                            + "return them for a refund.",
                    "As more than 6 months have passed since delivery, you may need to show that the items did not "
                            + "conform to the contract when you received them.");
        assertThat(explanation(severalItems(ReasonCode.NOT_AS_DESCRIBED).failedRepairOrReplacement(true)
            .requestDate(DELIVERED.plusDays(60)))).contains("Because a repair or replacement did not put right what "
                    + "was wrong with the items (they were not as described), you can choose to return them for a "
                    + "refund or to keep them with a price reduction, under the Consumer Rights Act 2015.",
                    "As this is within 6 months of delivery, a refund will be in full, with no deduction for the use "
                            + "you have had from them.");
        assertThat(explanation(severalItems(ReasonCode.FAULTY).failedRepairOrReplacement(true)
            .requestDate(DELIVERED.plusMonths(7)))).contains("Because a repair or replacement did not put right the "
                    + "fault with the items, you can choose to return them for a refund or to keep them with a price "
                    + "reduction, under the Consumer Rights Act 2015.",
                    "As more than 6 months have passed since delivery, a refund may be reduced to reflect the use you "
                            + "have had from them; a supervisor will confirm the amount.");
        assertThat(explanation(severalItems(ReasonCode.FAULTY).failedRepairOrReplacement(true)
            .requestDate(DELIVERED.plusDays(10))))
            .contains("If you prefer, you can keep them and ask for a price reduction instead.");
        assertThat(explanation(severalItems(ReasonCode.FAULTY).condition(ItemCondition.DAMAGED_BY_CUSTOMER)
            .requestDate(DELIVERED.plusDays(10)))).containsExactly("Because the damage to the items happened after "
                    + "you received them, the Consumer Rights Act 2015 does not give you a refund, repair or "
                    + "replacement, and our goodwill returns policy does not cover them.",
                    "We can offer to repair them for a charge.");
        assertThat(explanation(severalItems(ReasonCode.FAULTY).faultPointedOutBeforeSale(true)
            .requestDate(DELIVERED.plusDays(10)))).containsExactly("Because the fault with the items was pointed "
                    + "out to you before you bought them, the Consumer Rights Act 2015 does not give you a refund, "
                    + "repair or replacement, and our goodwill returns policy does not cover it.",
                    "We can offer to repair them for a charge.");
    }

    /**
     * One item is spoken of as one, whatever its name: the engine cannot tell "Earrings" (one pair) from several
     * items, so only a return of several item lines is plural.
     */
    @ParameterizedTest
    @CsvSource({"Scarf, the Scarf", "Earrings, the Earrings"})
    void speaksOfOneItemInTheSingularWhateverItsName(String description, String named) {
        assertThat(explanation(inStore(DELIVERED).productDescription(description).faulty(true)
            .reasonCode(ReasonCode.NOT_AS_DESCRIBED).failedRepairOrReplacement(true)
            .requestDate(DELIVERED.plusDays(60)))).contains("Because a repair or replacement did not put right what "
                    + "was wrong with " + named + " (it was not as described), you can choose to return it for a "
                    + "refund or to keep it with a price reduction, under the Consumer Rights Act 2015.",
                    "As this is within 6 months of delivery, a refund will be in full, with no deduction for the use "
                            + "you have had from it.",
                    "As you told us within 6 months of delivery, the law assumes " + named + " did not conform to "
                            + "the contract when you received it, unless we can prove otherwise.");
        assertThat(explanation(inStore(DELIVERED).productDescription(description).faulty(true)
            .reasonCode(ReasonCode.WRONG_ITEM).requestDate(DELIVERED.plusDays(10)))).first().isEqualTo("Because "
                    + named + " was not the item you ordered and you told us within 30 days of delivery, you are "
                    + "entitled to a full refund under the Consumer Rights Act 2015.");
    }

    private static ReturnRequest.Builder severalItems(ReasonCode reason) {
        return inStore(DELIVERED).productDescription(Wording.SEVERAL_ITEMS).faulty(true)
            .condition(ItemCondition.USED).reasonCode(reason);
    }

    private static List<String> explanation(ReturnRequest.Builder request) {
        return assess(request).explanation();
    }

    private static ReturnRequest.Builder usedKettle(ReasonCode reason) {
        return inStore(DELIVERED).productDescription("kettle").faulty(true).condition(ItemCondition.USED)
            .reasonCode(reason);
    }

    /**
     * A denied return pays nothing, so its pages leave out the sentences promising a payment: the engine's own, in
     * every decision that pays money back, and no other sentence.
     */
    @Test
    void recognisesEverySentencePromisingAPaymentAndNoOther() {
        assertThat(promises(inStore(DELIVERED).price("400.00").faulty(true).requestDate(DELIVERED.plusDays(3))))
            .containsExactly("We will refund you within 14 days, by the same method you paid with.");
        assertThat(promises(inStore(DELIVERED).faulty(true).failedRepairOrReplacement(true)
            .requestDate(DELIVERED.plusDays(60)))).containsExactly(
                    "We will pay any refund within 14 days of agreeing it, by the same method you paid with.");
        assertThat(promises(online(DELIVERED).productDescription("boots").condition(ItemCondition.USED)
            .cancellationInfoGiven(false).requestDate(DELIVERED.plusDays(5)))).containsExactly(
                    "We will refund the price and the standard delivery charge within 14 days of getting the boots "
                            + "back, or of you showing proof of posting, if sooner.");
        assertThat(promises(inStore(DELIVERED).condition(ItemCondition.UNUSED).requestDate(DELIVERED.plusDays(5))))
            .containsExactly("We will refund you to the original payment method.");
        assertThat(promises(online(DELIVERED).productType(ProductType.DIGITAL_CONTENT).faulty(true)
            .failedRepairOrReplacement(true).requestDate(DELIVERED.plusDays(5)))).containsExactly(
                    "We will pay it within 14 days of agreeing it, by the same method you paid with.");
        assertThat(promises(inStore(DELIVERED).faulty(true).requestDate(DELIVERED.plusDays(45)))).as("a repair")
            .isEmpty();
        assertThat(promises(inStore(DELIVERED).condition(ItemCondition.UNUSED).proofOfPurchase(
                ProofOfPurchase.GIFT_RECEIPT).requestDate(DELIVERED.plusDays(5)))).as("an exchange").isEmpty();
        assertThat(promises(inStore(DELIVERED).condition(ItemCondition.USED).requestDate(DELIVERED.plusDays(5))))
            .as("nothing").isEmpty();
    }

    private static List<String> promises(ReturnRequest.Builder request) {
        return assess(request).explanation().stream().filter(ReturnsPolicy::promisesPayment).toList();
    }

    /**
     * Once a return authorisation is decided, its pages leave out what a supervisor or manager would still do: authorise
     * a payment over the limit, check a purchase without proof. The engine's own sentences, and no other.
     */
    @Test
    void recognisesEverySentenceSayingWhatASupervisorWillStillDoAndNoOther() {
        assertThat(stillToDo(inStore(DELIVERED).price("400.00").faulty(true).requestDate(DELIVERED.plusDays(3))))
            .containsExactly("As the amount is over £250.00, a supervisor will authorise the payment; this does not "
                    + "change what you are entitled to.");
        assertThat(stillToDo(inStore(DELIVERED).price("1500.00").faulty(true).requestDate(DELIVERED.plusDays(3))))
            .containsExactly("As the amount is over £1,000.00, a manager will authorise the payment; this does not "
                    + "change what you are entitled to.");
        assertThat(stillToDo(inStore(DELIVERED).faulty(true).proofOfPurchase(ProofOfPurchase.NONE)
            .requestDate(DELIVERED.plusDays(3)))).containsExactly("You do not need a receipt to use your legal "
                    + "rights, but we need to confirm the purchase, for example from a bank statement or our records, "
                    + "so a supervisor will check it.");
        assertThat(stillToDo(inStore(DELIVERED).faulty(true).requestDate(DELIVERED.plusDays(3)))).isEmpty();
        assertThat(stillToDo(inStore(DELIVERED).condition(ItemCondition.USED).requestDate(DELIVERED.plusDays(5))))
            .as("nothing").isEmpty();
    }

    private static List<String> stillToDo(ReturnRequest.Builder request) {
        return assess(request).explanation().stream().filter(ReturnsPolicy::awaitsASupervisor).toList();
    }

    @Test
    void explainsWhyNothingIsOffered() {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .requestDate(DELIVERED.plusDays(40))
                .condition(ItemCondition.USED));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
        assertThat(assessment.explanation()).contains(
                "The 14-day period to cancel ended on 16 March 2026.",
                "We cannot offer a goodwill return either, because the goodwill period of 28 days after delivery "
                        + "ended on 30 March 2026 and the item has been used.",
                "We can ask a supervisor whether a goodwill exception is possible.");
    }
}
