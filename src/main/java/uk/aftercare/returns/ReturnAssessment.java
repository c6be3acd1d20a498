package uk.aftercare.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The decision on one return: what the customer is entitled to, why, and whether someone above front-line
 * staff must act. Field names follow the JSON API response; the API nests the last two as
 * {@code "escalation": {"required", "reasons"}}.
 *
 * @param remedy                 the remedy decided by the first matching rule
 * @param statutory              whether the law gives the remedy (false for goodwill and for no remedy)
 * @param legalBasis             the rule relied on, e.g.
 *                               "Consumer Rights Act 2015 ss.20-22 (short-term right to reject)"
 * @param deadline               the last day on which the customer can still use the remedy; {@code null} for no remedy
 * @param burdenOfProof          who must prove the fault was there at delivery; {@code null} when no fault is relied on
 * @param deductionForUseAllowed whether a final rejection refund may be reduced for the use the customer has had
 * @param cancellationOnlyByExtension whether the customer can cancel (the decided remedy or an alternative) only
 *                               because cancellation information was never given (CCR 2013 reg 31): offering the
 *                               cancellation is then a compliance risk. Not part of the API response.
 * @param alternatives           other remedies that also apply, in decision order, which the customer may prefer
 * @param explanation            plain-English sentences staff can read to the customer
 * @param policyVersion          the settings version the decision was made under
 * @param escalationRequired     whether the assessment itself needs a supervisor or manager
 * @param escalationReasons      why, as codes
 */
public record ReturnAssessment(
        Remedy remedy,
        boolean statutory,
        String legalBasis,
        LocalDate deadline,
        BurdenOfProof burdenOfProof,
        boolean deductionForUseAllowed,
        boolean cancellationOnlyByExtension,
        List<Remedy> alternatives,
        List<String> explanation,
        String policyVersion,
        boolean escalationRequired,
        List<AssessmentEscalationReason> escalationReasons) {

    public ReturnAssessment {
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(policyVersion, "policyVersion");
        alternatives = List.copyOf(alternatives);
        explanation = List.copyOf(explanation);
        escalationReasons = List.copyOf(escalationReasons);
    }
}
