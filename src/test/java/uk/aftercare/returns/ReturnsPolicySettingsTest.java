package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.aftercare.returns.ReturnRequests.DELIVERED;
import static uk.aftercare.returns.ReturnRequests.assess;
import static uk.aftercare.returns.ReturnRequests.inStore;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnsPolicySettingsTest {

    private static final ReturnsPolicySettings DEFAULTS = ReturnsPolicySettings.defaults();

    @Test
    void defaultsToTheHousePolicy() {
        assertThat(DEFAULTS.versionLabel()).isEqualTo("uk-returns-v1");
        assertThat(DEFAULTS.goodwillDays()).isEqualTo(28);
        assertThat(DEFAULTS.acceptedGoodwillProofs()).containsExactlyInAnyOrder(
                ProofOfPurchase.RECEIPT, ProofOfPurchase.ORDER_NUMBER, ProofOfPurchase.BANK_STATEMENT);
        assertThat(DEFAULTS.excludePersonalised()).isTrue();
        assertThat(DEFAULTS.excludePerishable()).isTrue();
        assertThat(DEFAULTS.excludeUnsealedHygiene()).isTrue();
        assertThat(DEFAULTS.excludeUnsealedMedia()).isTrue();
        assertThat(DEFAULTS.frontLineRefundLimit()).isEqualByComparingTo("250.00");
        assertThat(DEFAULTS.supervisorRefundLimit()).isEqualByComparingTo("1000.00");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void rejectsInvalidSettingsWithAClearMessage(Supplier<ReturnsPolicySettings> invalid, String message) {
        assertThatIllegalArgumentException().isThrownBy(invalid::get)
                .withMessage("Invalid returns policy settings: " + message);
    }

    static Stream<Arguments> rejectsInvalidSettingsWithAClearMessage() {
        return Stream.of(
                invalid(() -> DEFAULTS.withVersionLabel(" "), "versionLabel must not be blank"),
                invalid(() -> DEFAULTS.withGoodwillDays(-1), "goodwillDays must be between 0 and 365, was -1"),
                invalid(() -> DEFAULTS.withGoodwillDays(366), "goodwillDays must be between 0 and 365, was 366"),
                invalid(() -> DEFAULTS.withAcceptedGoodwillProofs(null), "acceptedGoodwillProofs must not be null"),
                invalid(() -> DEFAULTS.withAcceptedGoodwillProofs(Set.of(ProofOfPurchase.NONE)),
                        "acceptedGoodwillProofs must not contain NONE: a goodwill return needs proof of purchase"),
                invalid(() -> DEFAULTS.withAcceptedGoodwillProofs(Set.of(ProofOfPurchase.GIFT_RECEIPT)),
                        "acceptedGoodwillProofs must not contain GIFT_RECEIPT: a gift receipt always leads to a "
                                + "goodwill exchange, never a refund"),
                invalid(() -> DEFAULTS.withRefundLimits(null, new BigDecimal("1000.00")),
                        "frontLineRefundLimit must not be null"),
                invalid(() -> DEFAULTS.withRefundLimits(new BigDecimal("-0.01"), new BigDecimal("1000.00")),
                        "frontLineRefundLimit must not be negative, was -0.01"),
                invalid(() -> DEFAULTS.withRefundLimits(new BigDecimal("250.00"), new BigDecimal("249.99")),
                        "supervisorRefundLimit must not be below frontLineRefundLimit (250.00), was 249.99"),
                invalid(() -> DEFAULTS.withRefundLimits(new BigDecimal("250.00"), new BigDecimal("-5")),
                        "supervisorRefundLimit must not be negative, was -5; "
                                + "supervisorRefundLimit must not be below frontLineRefundLimit (250.00), was -5"));
    }

    private static Arguments invalid(Supplier<ReturnsPolicySettings> settings, String message) {
        return Arguments.of(settings, message);
    }

    @Test
    void acceptsTheEdgesOfTheValidRanges() {
        assertThat(DEFAULTS.withGoodwillDays(0).goodwillDays()).isZero();
        assertThat(DEFAULTS.withGoodwillDays(365).goodwillDays()).isEqualTo(365);
        assertThat(DEFAULTS.withRefundLimits(BigDecimal.ZERO, BigDecimal.ZERO).supervisorRefundLimit()).isZero();
        assertThat(DEFAULTS.withAcceptedGoodwillProofs(Set.of()).acceptedGoodwillProofs()).isEmpty();
    }

    @Test
    void keepsTheAcceptedProofsUnmodifiable() {
        Set<ProofOfPurchase> proofs = EnumSet.of(ProofOfPurchase.RECEIPT);
        ReturnsPolicySettings settings = DEFAULTS.withAcceptedGoodwillProofs(proofs);
        proofs.add(ProofOfPurchase.BANK_STATEMENT);

        assertThat(settings.acceptedGoodwillProofs()).containsExactly(ProofOfPurchase.RECEIPT);
    }

    @ParameterizedTest(name = "£{0}: {1}")
    @CsvSource({
            "0.00,    FRONT_LINE",
            "250.00,  FRONT_LINE",
            "250.01,  SUPERVISOR",
            "1000.00, SUPERVISOR",
            "1000.01, MANAGER",
    })
    void namesTheRoleThatMayPayARefund(BigDecimal amount, RefundApprover approver) {
        assertThat(DEFAULTS.requiredApprover(amount)).isEqualTo(approver);
    }

    @ParameterizedTest(name = "request on day {0} with a {1}-day window: {2}")
    @CsvSource({
            "29, 28, NO_REMEDY",
            "29, 30, GOODWILL_REFUND",
            "30, 30, GOODWILL_REFUND",
            "31, 30, NO_REMEDY",
            "10, 7,  NO_REMEDY",
            "0,  0,  GOODWILL_REFUND",
            "1,  0,  NO_REMEDY",
    })
    void changingTheGoodwillWindowChangesTheDecision(int day, int goodwillDays, Remedy expected) {
        ReturnAssessment assessment = assess(DEFAULTS.withGoodwillDays(goodwillDays),
                inStore(DELIVERED).requestDate(DELIVERED.plusDays(day)));

        assertThat(assessment.remedy()).isEqualTo(expected);
        if (expected == Remedy.GOODWILL_REFUND) {
            assertThat(assessment.deadline()).isEqualTo(DELIVERED.plusDays(goodwillDays));
        }
    }

    @Test
    void acceptsOnlyTheConfiguredProofsForAGoodwillRefund() {
        ReturnRequest.Builder withBankStatement = inStore(DELIVERED)
                .requestDate(DELIVERED.plusDays(5))
                .proofOfPurchase(ProofOfPurchase.BANK_STATEMENT);
        ReturnsPolicySettings receiptsOnly = DEFAULTS.withAcceptedGoodwillProofs(Set.of(ProofOfPurchase.RECEIPT));

        assertThat(assess(withBankStatement).remedy()).isEqualTo(Remedy.GOODWILL_REFUND);
        assertThat(assess(receiptsOnly, withBankStatement).remedy()).isEqualTo(Remedy.NO_REMEDY);
    }

    @Test
    void offersAnExchangeForAGiftReceiptWhateverProofsAreAccepted() {
        ReturnsPolicySettings noRefunds = DEFAULTS.withAcceptedGoodwillProofs(Set.of());

        assertThat(assess(noRefunds, inStore(DELIVERED)
                .requestDate(DELIVERED.plusDays(5))
                .proofOfPurchase(ProofOfPurchase.GIFT_RECEIPT)).remedy())
                .isEqualTo(Remedy.GOODWILL_EXCHANGE);
    }

    @Test
    void letsTheShopTakeBackPersonalisedGoodsAsGoodwill() {
        ReturnsPolicySettings lenient = new ReturnsPolicySettings("lenient", 28,
                Set.of(ProofOfPurchase.RECEIPT), false, false, false, false,
                new BigDecimal("250.00"), new BigDecimal("1000.00"));
        ReturnRequest.Builder personalised = inStore(DELIVERED)
                .requestDate(DELIVERED.plusDays(5))
                .personalised(true)
                .perishable(true)
                .hygieneSealBroken(true)
                .mediaSealBroken(true);

        assertThat(assess(personalised).remedy()).isEqualTo(Remedy.NO_REMEDY);
        ReturnAssessment lenientAssessment = assess(lenient, personalised);
        assertThat(lenientAssessment.remedy()).isEqualTo(Remedy.GOODWILL_REFUND);
        assertThat(lenientAssessment.policyVersion()).isEqualTo("lenient");
    }

    @Test
    void appliesAChangedFrontLineLimit() {
        ReturnsPolicySettings lowLimit = DEFAULTS.withRefundLimits(new BigDecimal("20.00"), new BigDecimal("1000.00"));
        ReturnRequest.Builder faulty = inStore(DELIVERED)
                .price("29.99")
                .requestDate(DELIVERED.plusDays(5))
                .faulty(true);

        assertThat(assess(faulty).escalationRequired()).isFalse();
        assertThat(assess(lowLimit, faulty).escalationReasons())
                .containsExactly(AssessmentEscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
    }

    @Test
    void stampsEveryAssessmentWithThePolicyVersion() {
        ReturnAssessment assessment = assess(DEFAULTS.withVersionLabel("2026-10 UK"),
                inStore(DELIVERED).requestDate(DELIVERED.plusDays(5)));

        assertThat(assessment.policyVersion()).isEqualTo("2026-10 UK");
    }
}
