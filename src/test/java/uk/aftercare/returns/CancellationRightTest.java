package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.returns.ReturnRequests.assess;
import static uk.aftercare.returns.ReturnRequests.inStore;
import static uk.aftercare.returns.ReturnRequests.online;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Cancellation of distance and off-premises sales, CCR 2013 regs 28-34. */
class CancellationRightTest {

    /** The returns-policy.md example: delivered 1 June, the cancellation period ends 15 June. */
    private static final LocalDate DELIVERED = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "request {0}: {1}")
    @CsvSource({
            "2026-06-01, CANCELLATION_REFUND",
            "2026-06-15, CANCELLATION_REFUND",
            "2026-06-16, NO_REMEDY",
    })
    void cancelsUntilFourteenDaysAfterDelivery(LocalDate requestDate, Remedy expected) {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .requestDate(requestDate)
                .condition(ItemCondition.USED));

        assertThat(assessment.remedy()).isEqualTo(expected);
        if (expected == Remedy.CANCELLATION_REFUND) {
            assertThat(assessment.statutory()).isTrue();
            assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 6, 15));
            assertThat(assessment.burdenOfProof()).isNull();
            assertThat(assessment.escalationRequired()).isFalse();
        }
    }

    /**
     * The tester's order: bought 10 November, cancelled on the 15th, delivered on the 20th. CCR 2013 reg 30 starts the
     * period when the contract is made and ends it 14 days after delivery; reg 34 refunds goods that never come to
     * the customer from the day they cancel.
     */
    @Test
    void cancelsBeforeDelivery() {
        ReturnAssessment assessment = assess(online(LocalDate.of(2026, 11, 20))
                .purchaseDate(LocalDate.of(2026, 11, 10))
                .requestDate(LocalDate.of(2026, 11, 15))
                .productDescription("Shoes"));

        assertThat(assessment.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
        assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(assessment.explanation()).containsSequence(
                "Because you bought the Shoes online, you can cancel without giving a reason from the day you ordered "
                        + "it until 14 days after delivery, under the Consumer Contracts Regulations 2013.",
                "Your cancellation period ends on 4 December 2026.",
                "Please send or bring the Shoes back within 14 days of telling us you are cancelling.",
                "We will refund the price and the standard delivery charge within 14 days of getting the Shoes back, "
                        + "or of you showing proof of posting, if sooner.",
                "We will refund you within 14 days of you telling us you are cancelling if the Shoes never reached you "
                        + "or you refused delivery.");
    }

    /** The exceptions of CCR 2013 reg 28 hold before delivery too: made to order is made to order. */
    @Test
    void refusesToCancelPersonalisedGoodsBeforeDelivery() {
        ReturnAssessment assessment = assess(online(DELIVERED).requestDate(DELIVERED.minusDays(1)).personalised(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
        assertThat(assessment.legalBasis()).startsWith("Consumer Contracts Regulations 2013 reg 28");
    }

    @Test
    void refundsOnDayFourteen() {
        ReturnAssessment assessment = assess(online(DELIVERED).requestDate(LocalDate.of(2026, 6, 15)));

        assertThat(assessment.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
        assertThat(assessment.legalBasis()).startsWith("Consumer Contracts Regulations 2013 regs 29-34");
    }

    @Test
    void fallsBackToGoodwillOnDayFifteen() {
        ReturnAssessment assessment = assess(online(DELIVERED).requestDate(LocalDate.of(2026, 6, 16)));

        assertThat(assessment.remedy()).isEqualTo(Remedy.GOODWILL_REFUND);
        assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(assessment.explanation()).contains("The 14-day period to cancel your order ended on 15 June 2026.");
    }

    @Test
    void countsFromDeliveryNotFromTheOrder() {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .purchaseDate(LocalDate.of(2026, 5, 1))
                .requestDate(LocalDate.of(2026, 6, 15))
                .condition(ItemCondition.USED));

        assertThat(assessment.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
    }

    @ParameterizedTest
    @EnumSource(value = SaleChannel.class, names = {"ONLINE", "PHONE", "OFF_PREMISES"})
    void cancelsEveryDistanceAndOffPremisesSale(SaleChannel channel) {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .channel(channel)
                .requestDate(LocalDate.of(2026, 6, 10))
                .condition(ItemCondition.USED));

        assertThat(assessment.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
    }

    @Test
    void givesNoCancellationRightForAShopSale() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(LocalDate.of(2026, 6, 10))
                .condition(ItemCondition.USED));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
        assertThat(assessment.explanation())
                .contains("The right to cancel applies only to purchases made online, by phone or away from our shop.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void excludesTheGoodsListedInRegulation28(String exclusion, UnaryOperator<ReturnRequest.Builder> excluded) {
        ReturnAssessment assessment = assess(excluded.apply(online(DELIVERED).requestDate(LocalDate.of(2026, 6, 3))));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
        assertThat(assessment.statutory()).isFalse();
        assertThat(assessment.legalBasis()).contains("reg 28");
        assertThat(assessment.explanation()).anyMatch(sentence -> sentence.startsWith("The right to cancel an order "
                + "does not cover " + exclusion));
    }

    static Stream<Arguments> excludesTheGoodsListedInRegulation28() {
        return Stream.of(
                Arguments.of("items made to your specification or personalised",
                        (UnaryOperator<ReturnRequest.Builder>) request -> request.personalised(true)),
                Arguments.of("perishable items",
                        (UnaryOperator<ReturnRequest.Builder>) request -> request.perishable(true)),
                Arguments.of("hygiene-sealed items once unsealed",
                        (UnaryOperator<ReturnRequest.Builder>) request -> request.hygieneSealBroken(true)),
                Arguments.of("sealed audio, video or software once unsealed",
                        (UnaryOperator<ReturnRequest.Builder>) request -> request.mediaSealBroken(true)));
    }

    @Test
    void keepsTheExclusionsWhenCancellationInformationWasNotGiven() {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .requestDate(LocalDate.of(2026, 6, 20))
                .cancellationInfoGiven(false)
                .personalised(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.NO_REMEDY);
    }

    @ParameterizedTest(name = "request {0}: {1}, compliance risk {2}")
    @CsvSource({
            "2026-06-15, CANCELLATION_REFUND, false, 2027-06-15",
            "2026-06-16, CANCELLATION_REFUND, true,  2027-06-15",
            "2027-06-15, CANCELLATION_REFUND, true,  2027-06-15",
            "2027-06-16, NO_REMEDY,           false, ",
    })
    void extendsTheCancellationPeriodByTwelveMonthsWhenCancellationInformationWasNotGiven(LocalDate requestDate,
            Remedy expected, boolean complianceRisk, LocalDate deadline) {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .requestDate(requestDate)
                .condition(ItemCondition.USED)
                .cancellationInfoGiven(false));

        assertThat(assessment.remedy()).isEqualTo(expected);
        assertThat(assessment.deadline()).isEqualTo(deadline);
        assertThat(assessment.escalationReasons().contains(AssessmentEscalationReason.COMPLIANCE_RISK))
                .isEqualTo(complianceRisk);
        assertThat(assessment.escalationRequired()).isEqualTo(complianceRisk);
    }

    @Test
    void refundsOnDayFifteenWithAComplianceRiskWhenCancellationInformationWasNotGiven() {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .requestDate(LocalDate.of(2026, 6, 16))
                .cancellationInfoGiven(false));

        assertThat(assessment.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
        assertThat(assessment.legalBasis()).contains("reg 31");
        assertThat(assessment.escalationRequired()).isTrue();
        assertThat(assessment.escalationReasons()).containsExactly(AssessmentEscalationReason.COMPLIANCE_RISK);
        assertThat(assessment.alternatives()).containsExactly(Remedy.GOODWILL_REFUND);
    }

    @Test
    void warnsOfADeductionForHandlingOnlyWhenCancellationInformationWasGiven() {
        ReturnRequest.Builder used = online(DELIVERED)
                .productDescription("boots")
                .requestDate(LocalDate.of(2026, 6, 10))
                .condition(ItemCondition.USED);

        assertThat(assess(used).explanation())
                .contains("We may deduct for any loss in value caused by handling the boots beyond what was needed "
                        + "for inspection.");
        assertThat(assess(used.cancellationInfoGiven(false)).explanation())
                .contains("We will not deduct anything for handling the boots, because we did not give you the "
                        + "cancellation information.");
    }

    /** A cancellation of several item lines speaks of "the items" in the plural, on the page as the shop arranges it. */
    @Test
    void speaksOfSeveralItemsInThePlural() {
        ReturnAssessment assessment = assess(online(DELIVERED).productDescription(Wording.SEVERAL_ITEMS)
                .reasonCode(ReasonCode.CHANGED_MIND).requestDate(DELIVERED.minusDays(1)));

        assertThat(assessment.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
        assertThat(assessment.explanation()).first().isEqualTo("Because you bought the items online, you can cancel "
                + "without giving a reason from the day you ordered them until 14 days after delivery, under the "
                + "Consumer Contracts Regulations 2013.");
        assertThat(assessment.explanation().stream()
                .map(sentence -> ReturnsPolicy.asArranged(sentence, Remedy.CANCELLATION_REFUND, Wording.SEVERAL_ITEMS,
                        ReturnMethod.COLLECTION, null)))
                .contains("We will collect the items from you, so you do not need to send them back.");
    }

    @Test
    void speaksOfOneItemInTheSingularWhenCollectingIt() {
        assertThat(ReturnsPolicy.asArranged("Please send or bring the Shoes back within 14 days of telling us you are "
                + "cancelling.", Remedy.CANCELLATION_REFUND, "Shoes", ReturnMethod.COLLECTION, null))
                .isEqualTo("We will collect the Shoes from you, so you do not need to send it back.");
    }
}
