package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.returns.ReturnRequests.DELIVERED;
import static uk.aftercare.returns.ReturnRequests.assess;
import static uk.aftercare.returns.ReturnRequests.inStore;
import static uk.aftercare.returns.ReturnRequests.online;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentEscalationTest {

    private static final LocalDate DAY_5 = DELIVERED.plusDays(5);

    /** One request per remedy, so the authority limit can be checked against each. */
    static Stream<Arguments> requestsForEveryRemedy() {
        return Stream.of(
                Arguments.of(Remedy.FULL_REFUND, true,
                        inStore(DELIVERED).requestDate(DAY_5).faulty(true)),
                Arguments.of(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION, true,
                        inStore(DELIVERED).requestDate(DELIVERED.plusDays(60)).faulty(true)
                                .failedRepairOrReplacement(true)),
                Arguments.of(Remedy.CANCELLATION_REFUND, true,
                        online(DELIVERED).requestDate(DAY_5)),
                Arguments.of(Remedy.GOODWILL_REFUND, true,
                        inStore(DELIVERED).requestDate(DAY_5)),
                Arguments.of(Remedy.PRICE_REDUCTION, true,
                        ReturnRequest.builder().productType(ProductType.SERVICE).channel(SaleChannel.IN_STORE)
                                .purchaseDate(DELIVERED).requestDate(DAY_5).faulty(true)
                                .failedRepairOrReplacement(true)),
                Arguments.of(Remedy.REPAIR_OR_REPLACEMENT, false,
                        inStore(DELIVERED).requestDate(DELIVERED.plusDays(60)).faulty(true)),
                Arguments.of(Remedy.REPEAT_PERFORMANCE, false,
                        ReturnRequest.builder().productType(ProductType.SERVICE).channel(SaleChannel.IN_STORE)
                                .purchaseDate(DELIVERED).requestDate(DAY_5).faulty(true)),
                Arguments.of(Remedy.GOODWILL_EXCHANGE, false,
                        inStore(DELIVERED).requestDate(DAY_5).proofOfPurchase(ProofOfPurchase.GIFT_RECEIPT)),
                Arguments.of(Remedy.NO_REMEDY, false,
                        inStore(DELIVERED).requestDate(DAY_5).condition(ItemCondition.USED)));
    }

    @ParameterizedTest(name = "{0} at £250.00")
    @MethodSource("requestsForEveryRemedy")
    void doesNotEscalateARefundOfExactlyTheFrontLineLimit(Remedy remedy, boolean paysMoneyBack,
            ReturnRequest.Builder request) {
        ReturnAssessment assessment = assess(request.price("250.00"));

        assertThat(assessment.remedy()).isEqualTo(remedy);
        assertThat(assessment.escalationRequired()).isFalse();
        assertThat(assessment.escalationReasons()).isEmpty();
    }

    @ParameterizedTest(name = "{0} at £250.01")
    @MethodSource("requestsForEveryRemedy")
    void escalatesMoneyBackAboveTheFrontLineLimit(Remedy remedy, boolean paysMoneyBack,
            ReturnRequest.Builder request) {
        ReturnAssessment assessment = assess(request.price("250.01"));

        assertThat(assessment.remedy()).isEqualTo(remedy);
        assertThat(assessment.escalationRequired()).isEqualTo(paysMoneyBack);
        assertThat(assessment.escalationReasons().contains(AssessmentEscalationReason.REFUND_OVER_AUTHORITY_LIMIT))
                .isEqualTo(paysMoneyBack);
    }

    @ParameterizedTest(name = "£{0}: {1}")
    @CsvSource({
            "250.01, £250.00, a supervisor",
            "1000.00, £250.00, a supervisor",
            "1000.01, '£1,000.00', a manager",
    })
    void tellsTheCustomerWhoAuthorisesALargeRefundAndTheLimitItIsOver(String price, String limit, String approver) {
        ReturnAssessment assessment = assess(inStore(DELIVERED).price(price).requestDate(DAY_5).faulty(true));

        assertThat(assessment.remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(assessment.explanation()).contains("As the amount is over " + limit + ", " + approver
                + " will authorise the payment; this does not change what you are entitled to.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "true, FULL_REFUND, true",
            "false, NO_REMEDY, false",
    })
    void escalatesAStatutoryRemedyWithoutProofOfPurchase(boolean faulty, Remedy remedy, boolean escalated) {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .requestDate(DAY_5)
                .faulty(faulty)
                .proofOfPurchase(ProofOfPurchase.NONE));

        assertThat(assessment.remedy()).as("a receipt is not needed for statutory rights").isEqualTo(remedy);
        assertThat(assessment.escalationRequired()).isEqualTo(escalated);
        assertThat(assessment.escalationReasons().contains(AssessmentEscalationReason.NO_PROOF_OF_PURCHASE))
                .isEqualTo(escalated);
    }

    @Test
    void escalatesACancellationWithoutProofOfPurchase() {
        ReturnAssessment assessment = assess(online(DELIVERED)
                .requestDate(DAY_5)
                .proofOfPurchase(ProofOfPurchase.NONE));

        assertThat(assessment.remedy()).isEqualTo(Remedy.CANCELLATION_REFUND);
        assertThat(assessment.escalationReasons()).containsExactly(AssessmentEscalationReason.NO_PROOF_OF_PURCHASE);
    }

    @Test
    void listsEveryReasonThatApplies() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .price("649.00")
                .requestDate(LocalDate.of(2026, 10, 1))
                .faulty(true)
                .failedRepairOrReplacement(true)
                .proofOfPurchase(ProofOfPurchase.NONE));

        assertThat(assessment.remedy()).isEqualTo(Remedy.FINAL_REJECT_OR_PRICE_REDUCTION);
        assertThat(assessment.escalationRequired()).isTrue();
        assertThat(assessment.escalationReasons()).containsExactly(
                AssessmentEscalationReason.REFUND_OVER_AUTHORITY_LIMIT,
                AssessmentEscalationReason.DEDUCTION_FOR_USE,
                AssessmentEscalationReason.NO_PROOF_OF_PURCHASE);
    }

    @Test
    void neverWithholdsAStatutoryRemedyBecauseOfEscalation() {
        ReturnAssessment assessment = assess(inStore(DELIVERED)
                .price("5000.00")
                .requestDate(DAY_5)
                .faulty(true)
                .proofOfPurchase(ProofOfPurchase.NONE));

        assertThat(assessment.remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(assessment.statutory()).isTrue();
    }

    @Test
    void makesOfferingACancellationThatExistsOnlyByTheExtensionAComplianceRisk() {
        // Faulty, delivered 20 days ago, never told about the right to cancel: the short-term right to reject
        // decides, and cancellation is open as an alternative only through CCR 2013 reg 31.
        ReturnAssessment assessment = assess(online(DELIVERED).requestDate(DELIVERED.plusDays(20)).faulty(true)
                .cancellationInfoGiven(false));
        assertThat(assessment.remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(assessment.alternatives()).contains(Remedy.CANCELLATION_REFUND);
        assertThat(assessment.escalationReasons()).isEmpty();
        ReturnsPolicySettings settings = ReturnsPolicySettings.defaults();

        ReturnsPolicySettings.Authority cancellation = settings.authorityFor(assessment, Remedy.CANCELLATION_REFUND,
                new BigDecimal("49.99"), false);
        assertThat(cancellation.reasons()).containsExactly("COMPLIANCE_RISK");
        assertThat(cancellation.approver()).isEqualTo(RefundApprover.SUPERVISOR);
        assertThat(settings.authorityFor(assessment, Remedy.FULL_REFUND, new BigDecimal("49.99"), false).reasons())
                .isEmpty();
    }

    @Test
    void makesOfferingACancellationWithinTheStandardFourteenDaysNoComplianceRisk() {
        ReturnAssessment assessment = assess(online(DELIVERED).requestDate(DAY_5).faulty(true)
                .cancellationInfoGiven(false));
        assertThat(assessment.alternatives()).contains(Remedy.CANCELLATION_REFUND);

        assertThat(ReturnsPolicySettings.defaults().authorityFor(assessment, Remedy.CANCELLATION_REFUND,
                new BigDecimal("49.99"), false).reasons()).isEmpty();
    }
}
