package uk.aftercare.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The configurable parts of the returns policy: the goodwill policy (voluntary, so the shop may change it) and
 * refund authority limits. Statutory rules are deliberately not configurable.
 *
 * <p>When bound from configuration (e.g. as Spring {@code @ConfigurationProperties}), note that missing
 * primitive properties bind as 0 / false, not as the defaults of {@link #defaults()}.
 *
 * @param versionLabel           names this policy version in every assessment, so a decision can be traced
 * @param goodwillDays           calendar days after delivery (in store: purchase) for goodwill returns, 0..365
 * @param acceptedGoodwillProofs proofs of purchase that earn a goodwill refund; a gift receipt always leads to
 *                               a goodwill exchange instead, and goodwill always needs some proof
 * @param excludePersonalised    no goodwill for personalised or made-to-order goods
 * @param excludePerishable      no goodwill for perishable goods
 * @param excludeUnsealedHygiene no goodwill for hygiene-sealed goods unsealed after delivery
 * @param excludeUnsealedMedia   no goodwill for sealed audio, video or software unsealed after delivery
 * @param frontLineRefundLimit   the largest refund front-line staff may pay without a supervisor (inclusive)
 * @param supervisorRefundLimit  the largest refund a supervisor may approve; above it a manager must
 */
public record ReturnsPolicySettings(
        String versionLabel,
        int goodwillDays,
        Set<ProofOfPurchase> acceptedGoodwillProofs,
        boolean excludePersonalised,
        boolean excludePerishable,
        boolean excludeUnsealedHygiene,
        boolean excludeUnsealedMedia,
        BigDecimal frontLineRefundLimit,
        BigDecimal supervisorRefundLimit) {

    public static final String DEFAULT_VERSION_LABEL = "uk-returns-v1";
    public static final int DEFAULT_GOODWILL_DAYS = 28;
    public static final int MAX_GOODWILL_DAYS = 365;
    public static final BigDecimal DEFAULT_FRONT_LINE_REFUND_LIMIT = new BigDecimal("250.00");
    public static final BigDecimal DEFAULT_SUPERVISOR_REFUND_LIMIT = new BigDecimal("1000.00");

    /**
     * @throws IllegalArgumentException naming every invalid setting
     */
    public ReturnsPolicySettings {
        List<String> problems = new ArrayList<>();
        if (versionLabel == null || versionLabel.isBlank()) {
            problems.add("versionLabel must not be blank");
        }
        if (goodwillDays < 0 || goodwillDays > MAX_GOODWILL_DAYS) {
            problems.add("goodwillDays must be between 0 and " + MAX_GOODWILL_DAYS + ", was " + goodwillDays);
        }
        if (acceptedGoodwillProofs == null) {
            problems.add("acceptedGoodwillProofs must not be null");
        } else {
            if (acceptedGoodwillProofs.contains(ProofOfPurchase.NONE)) {
                problems.add("acceptedGoodwillProofs must not contain NONE: a goodwill return needs proof of purchase");
            }
            if (acceptedGoodwillProofs.contains(ProofOfPurchase.GIFT_RECEIPT)) {
                problems.add("acceptedGoodwillProofs must not contain GIFT_RECEIPT: "
                        + "a gift receipt always leads to a goodwill exchange, never a refund");
            }
        }
        checkAmount("frontLineRefundLimit", frontLineRefundLimit, problems);
        checkAmount("supervisorRefundLimit", supervisorRefundLimit, problems);
        if (frontLineRefundLimit != null && supervisorRefundLimit != null
                && supervisorRefundLimit.compareTo(frontLineRefundLimit) < 0) {
            problems.add("supervisorRefundLimit must not be below frontLineRefundLimit ("
                    + frontLineRefundLimit.toPlainString() + "), was " + supervisorRefundLimit.toPlainString());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid returns policy settings: " + String.join("; ", problems));
        }
        acceptedGoodwillProofs = acceptedGoodwillProofs.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(acceptedGoodwillProofs));
    }

    /** The house policy: 28 days' goodwill with a receipt, order number or bank statement; £250 / £1,000 limits. */
    public static ReturnsPolicySettings defaults() {
        return new ReturnsPolicySettings(
                DEFAULT_VERSION_LABEL,
                DEFAULT_GOODWILL_DAYS,
                EnumSet.of(ProofOfPurchase.RECEIPT, ProofOfPurchase.ORDER_NUMBER, ProofOfPurchase.BANK_STATEMENT),
                true,
                true,
                true,
                true,
                DEFAULT_FRONT_LINE_REFUND_LIMIT,
                DEFAULT_SUPERVISOR_REFUND_LIMIT);
    }

    public ReturnsPolicySettings withVersionLabel(String versionLabel) {
        return new ReturnsPolicySettings(versionLabel, goodwillDays, acceptedGoodwillProofs, excludePersonalised,
                excludePerishable, excludeUnsealedHygiene, excludeUnsealedMedia, frontLineRefundLimit,
                supervisorRefundLimit);
    }

    public ReturnsPolicySettings withGoodwillDays(int goodwillDays) {
        return new ReturnsPolicySettings(versionLabel, goodwillDays, acceptedGoodwillProofs, excludePersonalised,
                excludePerishable, excludeUnsealedHygiene, excludeUnsealedMedia, frontLineRefundLimit,
                supervisorRefundLimit);
    }

    public ReturnsPolicySettings withAcceptedGoodwillProofs(Set<ProofOfPurchase> acceptedGoodwillProofs) {
        return new ReturnsPolicySettings(versionLabel, goodwillDays, acceptedGoodwillProofs, excludePersonalised,
                excludePerishable, excludeUnsealedHygiene, excludeUnsealedMedia, frontLineRefundLimit,
                supervisorRefundLimit);
    }

    public ReturnsPolicySettings withRefundLimits(BigDecimal frontLineRefundLimit, BigDecimal supervisorRefundLimit) {
        return new ReturnsPolicySettings(versionLabel, goodwillDays, acceptedGoodwillProofs, excludePersonalised,
                excludePerishable, excludeUnsealedHygiene, excludeUnsealedMedia, frontLineRefundLimit,
                supervisorRefundLimit);
    }

    /**
     * Who may pay out a refund of {@code amount}: front-line staff up to and including the front-line limit,
     * a supervisor up to and including the supervisor limit, a manager above that.
     */
    public RefundApprover requiredApprover(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.compareTo(frontLineRefundLimit) <= 0) {
            return RefundApprover.FRONT_LINE;
        }
        if (amount.compareTo(supervisorRefundLimit) <= 0) {
            return RefundApprover.SUPERVISOR;
        }
        return RefundApprover.MANAGER;
    }

    /**
     * Who must authorise what is actually offered, and why: the assessment's reasons as they apply to the offer (the
     * refund limit follows the refund the offer pays, not the remedy the engine decided), plus a goodwill exception.
     * A cancellation offered where the customer can cancel only because cancellation information was never given is
     * a compliance risk even when the engine decided another remedy (CCR 2013 reg 31). Any reason at all needs at
     * least a supervisor.
     *
     * @param offered the remedy offered
     * @param refund  the refund the offer pays, or {@code null} when it pays none
     */
    public Authority authorityFor(ReturnAssessment assessment, Remedy offered, BigDecimal refund,
            boolean goodwillException) {
        return authorityFor(assessment, offered, refund, goodwillException, false);
    }

    /**
     * As {@link #authorityFor(ReturnAssessment, Remedy, BigDecimal, boolean)}; with {@code priceReduction}, the
     * customer chose to keep the goods with a reduction in price rather than reject them: no deduction for use is made
     * (only a rejection makes one, CRA 2015 s.24(8)-(10)), so that is no reason to ask, and the reduction paid back is
     * the amount held against the refund limits.
     */
    public Authority authorityFor(ReturnAssessment assessment, Remedy offered, BigDecimal refund,
            boolean goodwillException, boolean priceReduction) {
        Set<String> reasons = new LinkedHashSet<>();
        assessment.escalationReasons()
            .stream()
            .filter(r -> r != AssessmentEscalationReason.REFUND_OVER_AUTHORITY_LIMIT)
            .filter(r -> !priceReduction || r != AssessmentEscalationReason.DEDUCTION_FOR_USE)
            .forEach(r -> reasons.add(r.name()));
        if (offered == Remedy.CANCELLATION_REFUND && assessment.cancellationOnlyByExtension()) {
            reasons.add(AssessmentEscalationReason.COMPLIANCE_RISK.name());
        }
        RefundApprover approver = RefundApprover.FRONT_LINE;
        if (refund != null && refund.signum() > 0) {
            approver = requiredApprover(refund);
            if (approver != RefundApprover.FRONT_LINE) {
                reasons.add(AssessmentEscalationReason.REFUND_OVER_AUTHORITY_LIMIT.name());
            }
        }
        if (goodwillException) {
            reasons.add("GOODWILL_EXCEPTION");
        }
        if (!reasons.isEmpty() && approver == RefundApprover.FRONT_LINE) {
            approver = RefundApprover.SUPERVISOR;
        }
        return new Authority(approver, List.copyOf(reasons));
    }

    /** Who must authorise an offer, and the reason codes why. */
    public record Authority(RefundApprover approver, List<String> reasons) {
    }

    private static void checkAmount(String name, BigDecimal amount, List<String> problems) {
        if (amount == null) {
            problems.add(name + " must not be null");
        } else if (amount.signum() < 0) {
            problems.add(name + " must not be negative, was " + amount.toPlainString());
        }
    }
}
