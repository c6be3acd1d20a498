package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.returns.ReturnRequests.assess;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitalContentAndServicesTest {

    private static final LocalDate PURCHASED = LocalDate.of(2026, 6, 1);

    private static ReturnRequest.Builder digital(SaleChannel channel) {
        return ReturnRequest.builder()
                .productType(ProductType.DIGITAL_CONTENT)
                .channel(channel)
                .purchaseDate(PURCHASED)
                .price("7.99")
                .proofOfPurchase(ProofOfPurchase.ORDER_NUMBER);
    }

    private static ReturnRequest.Builder service(SaleChannel channel) {
        return ReturnRequest.builder()
                .productType(ProductType.SERVICE)
                .channel(channel)
                .purchaseDate(PURCHASED)
                .price("220.00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | channel  | request    | faulty | failed | started | remedy                | alternatives
            faulty: repair or replacement                    | ONLINE   | 2026-06-02 | true   | false  | true    | REPAIR_OR_REPLACEMENT |
            faulty after a failed repair: price reduction    | ONLINE   | 2026-07-20 | true   | true   | true    | PRICE_REDUCTION       | REPAIR_OR_REPLACEMENT
            faulty, never rejected even on day 2             | IN_STORE | 2026-06-02 | true   | false  | true    | REPAIR_OR_REPLACEMENT |
            not started: cancel on day 14                    | ONLINE   | 2026-06-15 | false  | false  | false   | CANCELLATION_REFUND   |
            not started: no cancellation on day 15           | ONLINE   | 2026-06-16 | false  | false  | false   | NO_REMEDY             |
            started with consent: no cancellation            | ONLINE   | 2026-06-03 | false  | false  | true    | NO_REMEDY             |
            bought in store: no cancellation, no goodwill    | IN_STORE | 2026-06-03 | false  | false  | false   | NO_REMEDY             |
            faulty before supply started: cancel as well     | PHONE    | 2026-06-03 | true   | false  | false   | REPAIR_OR_REPLACEMENT | CANCELLATION_REFUND
            """)
    void decidesDigitalContentWithoutARightToReject(String description, SaleChannel channel, LocalDate requestDate,
            boolean faulty, boolean failed, boolean started, Remedy expected, Remedy alternative) {
        ReturnAssessment assessment = assess(digital(channel)
                .requestDate(requestDate)
                .faulty(faulty)
                .failedRepairOrReplacement(failed)
                .digitalSupplyStartedWithConsent(started));

        assertThat(assessment.remedy()).isEqualTo(expected);
        assertThat(assessment.alternatives()).doesNotContain(Remedy.FULL_REFUND, Remedy.GOODWILL_REFUND);
        if (alternative == null) {
            assertThat(assessment.alternatives()).isEmpty();
        } else {
            assertThat(assessment.alternatives()).containsExactly(alternative);
        }
    }

    @Test
    void presumesADigitalFaultWasThereAtSupplyForSixMonths() {
        ReturnRequest.Builder faulty = digital(SaleChannel.ONLINE).faulty(true);

        assertThat(assess(faulty.requestDate(LocalDate.of(2026, 12, 1))).burdenOfProof())
                .isEqualTo(BurdenOfProof.TRADER);
        assertThat(assess(faulty.requestDate(LocalDate.of(2026, 12, 2))).burdenOfProof())
                .isEqualTo(BurdenOfProof.CUSTOMER);
    }

    @Test
    void repairsFaultyDigitalContentUnderSection43() {
        ReturnAssessment assessment = assess(digital(SaleChannel.ONLINE)
                .requestDate(LocalDate.of(2026, 6, 2))
                .faulty(true));

        assertThat(assessment.legalBasis()).contains("s.43");
        assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2032, 6, 1));
    }

    @Test
    void reducesThePriceOfFaultyDigitalContentUnderSection44() {
        ReturnAssessment assessment = assess(digital(SaleChannel.ONLINE)
                .requestDate(LocalDate.of(2026, 7, 20))
                .faulty(true)
                .failedRepairOrReplacement(true));

        assertThat(assessment.legalBasis()).contains("s.44");
        assertThat(assessment.statutory()).isTrue();
    }

    @Test
    void explainsThatStartedDownloadsCannotBeCancelled() {
        ReturnAssessment assessment = assess(digital(SaleChannel.ONLINE)
                .requestDate(LocalDate.of(2026, 6, 3))
                .digitalSupplyStartedWithConsent(true));

        assertThat(assessment.legalBasis()).contains("reg 37");
        assertThat(assessment.explanation())
                .contains("Because the download or streaming started with your agreement, the right to cancel has "
                        + "ended.", "Our goodwill returns policy covers physical goods only.");
    }

    @Test
    void countsDigitalCancellationFromThePurchaseDateNotSupply() {
        ReturnAssessment assessment = assess(digital(SaleChannel.ONLINE)
                .deliveryDate(LocalDate.of(2026, 6, 5))
                .requestDate(LocalDate.of(2026, 6, 16)));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | channel      | request    | faulty | failed | remedy             | alternative
            poor workmanship: repeat performance          | IN_STORE     | 2026-06-08 | true   | false  | REPEAT_PERFORMANCE |
            repeat performance failed: price reduction    | IN_STORE     | 2026-07-08 | true   | true   | PRICE_REDUCTION    | REPEAT_PERFORMANCE
            booked online, poor work, within 14 days      | ONLINE       | 2026-06-08 | true   | false  | REPEAT_PERFORMANCE | CANCELLATION_REFUND
            booked online, cancel on day 14               | ONLINE       | 2026-06-15 | false  | false  | CANCELLATION_REFUND |
            booked at home, cancel on day 14              | OFF_PREMISES | 2026-06-15 | false  | false  | CANCELLATION_REFUND |
            booked online, day 15                         | ONLINE       | 2026-06-16 | false  | false  | NO_REMEDY          |
            booked in store, no fault                     | IN_STORE     | 2026-06-02 | false  | false  | NO_REMEDY          |
            """)
    void decidesServices(String description, SaleChannel channel, LocalDate requestDate, boolean faulty,
            boolean failed, Remedy expected, Remedy alternative) {
        ReturnAssessment assessment = assess(service(channel)
                .requestDate(requestDate)
                .faulty(faulty)
                .failedRepairOrReplacement(failed));

        assertThat(assessment.remedy()).isEqualTo(expected);
        assertThat(assessment.burdenOfProof()).as("no presumption for services").isNull();
        if (alternative == null) {
            assertThat(assessment.alternatives()).isEmpty();
        } else {
            assertThat(assessment.alternatives()).containsExactly(alternative);
        }
    }

    @Test
    void namesTheServiceInTheExplanation() {
        ReturnAssessment assessment = assess(service(SaleChannel.IN_STORE)
                .productDescription("carpet fitting")
                .requestDate(LocalDate.of(2026, 6, 8))
                .faulty(true));

        assertThat(assessment.legalBasis()).isEqualTo("Consumer Rights Act 2015 s.55 (repeat performance)");
        assertThat(assessment.explanation()).first().asString()
                .startsWith("Because the carpet fitting was not carried out with reasonable care and skill");
    }

    @Test
    void escalatesAServicePriceReductionAboveTheRefundLimit() {
        ReturnAssessment assessment = assess(service(SaleChannel.IN_STORE)
                .price("250.01")
                .requestDate(LocalDate.of(2026, 7, 8))
                .faulty(true)
                .failedRepairOrReplacement(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.PRICE_REDUCTION);
        assertThat(assessment.legalBasis()).contains("s.56");
        assertThat(assessment.escalationReasons())
                .containsExactly(AssessmentEscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
    }

    /** Digital content or a service on several item lines is spoken of as "the items", in the plural. */
    @Test
    void speaksOfSeveralItemsInThePlural() {
        assertThat(assess(digital(SaleChannel.ONLINE).productDescription(Wording.SEVERAL_ITEMS).faulty(true)
                .requestDate(PURCHASED.plusDays(20))).explanation()).first().isEqualTo("Because there is a fault "
                        + "with the items, we will repair or replace them free of charge, within a reasonable time "
                        + "and without significant inconvenience to you, under the Consumer Rights Act 2015.");
        assertThat(assess(digital(SaleChannel.ONLINE).productDescription(Wording.SEVERAL_ITEMS)
                .requestDate(PURCHASED.plusDays(2))).explanation()).first().isEqualTo("Because you bought the "
                        + "items online and their supply has not started with your agreement, you can cancel without "
                        + "giving a reason within 14 days of purchase, under the Consumer Contracts Regulations 2013.");
        assertThat(assess(service(SaleChannel.IN_STORE).productDescription(Wording.SEVERAL_ITEMS).faulty(true)
                .requestDate(PURCHASED.plusDays(20))).explanation()).first().isEqualTo("Because the items were "
                        + "not carried out with reasonable care and skill, we will put them right by doing the work "
                        + "again at no cost to you, within a reasonable time and without significant inconvenience, "
                        + "under the Consumer Rights Act 2015.");
        assertThat(assess(service(SaleChannel.IN_STORE).productDescription(Wording.SEVERAL_ITEMS).faulty(true)
                .failedRepairOrReplacement(true).requestDate(PURCHASED.plusDays(20))).explanation()).first()
                .isEqualTo("Because the items were not carried out with reasonable care and skill and doing them "
                        + "again has not put them right, you are entitled to a price reduction under the Consumer "
                        + "Rights Act 2015, which can be up to the full price.");
        assertThat(assess(service(SaleChannel.IN_STORE).productDescription(Wording.SEVERAL_ITEMS)
                .requestDate(PURCHASED.plusDays(20))).explanation()).first().isEqualTo("As the items were carried "
                        + "out with reasonable care and skill, the Consumer Rights Act 2015 does not give a right to "
                        + "have them done again or to a price reduction.");
    }
}
