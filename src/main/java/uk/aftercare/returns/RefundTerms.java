package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a refund is due, and when the shop may keep back part of it.
 *
 * <p>A refund under the Consumer Rights Act 2015 is due "within 14 days beginning with the day on which the trader
 * agrees that the consumer is entitled to a refund" (s.20(15) for goods; the same words for digital content and
 * services): the day it is agreed is the first of the 14, so the last is 13 days later. A cancellation refund is due
 * "14 days after the day" the customer told the shop they were cancelling (CCR 2013 reg 34(4)); for goods the shop
 * did not offer to collect, 14 days after the day they come back or, if earlier, the day the customer supplies
 * evidence of having sent them (reg 34(5)-(6)). A goodwill refund (a goodwill exception paid as a full refund
 * included) is the shop's own promise, not a statutory right, but it is due by the same rule as any refund agreed:
 * shared/domain/returns-policy.md has one for every agreed refund, "not paid within 14 days of agreeing it — CRA
 * s.20(15)", so two refunds agreed on the same day are due on the same day whatever the law behind them.
 *
 * <p>When the shop may keep back part of a refund. The law allows it only in two places: a deduction for use on a
 * final rejection more than six months after delivery (CRA 2015 s.24(8)-(10)), and a deduction for handling beyond
 * what was needed to inspect goods returned on cancellation, unless the customer was never told of the right to
 * cancel (CCR 2013 reg 34(9)-(12)). A short-term rejection is refunded in full, without any fee (CRA 2015 s.20), and
 * so is anything else that pays the whole price to a customer who could reject. Goodwill is voluntary, so a goodwill
 * refund may otherwise carry a deduction staff explain.
 */
public final class RefundTerms {

	/** The 14 days of CRA 2015 s.20(15) and CCR 2013 reg 34, and of the shop's goodwill promise. */
	static final int REFUND_DAYS = 14;

	private RefundTerms() {
	}

	/** What sets the day a refund is due by: the law it is paid under, or the shop's own promise. */
	public enum RefundBasis {

		/** CRA 2015 s.20(15): within 14 days beginning with the day the shop agrees the refund. */
		CONSUMER_RIGHTS_ACT,
		/** CCR 2013 reg 34(4)-(6): 14 days after the customer cancelled, or after the goods or proof of posting. */
		CANCELLATION,
		/** The shop's goodwill promise, counted as CRA 2015 s.20(15) counts: within 14 days beginning with the day agreed. */
		GOODWILL;

		/**
		 * The basis of a refund under {@code offered}, given as a goodwill exception or not; {@code null} for a remedy
		 * that pays no money back. A refund the law does not give, granted as a goodwill exception, is the shop's own
		 * promise whatever it is called: it is due as the law would count it, but no statute sets it. A cancellation
		 * granted that way keeps its own rule, because its day is counted from the goods coming back.
		 */
		public static RefundBasis of(Remedy offered, boolean goodwillException) {
			RefundBasis basis = of(offered);
			return goodwillException && basis == CONSUMER_RIGHTS_ACT ? GOODWILL : basis;
		}

		/** The basis of a refund under {@code offered}; {@code null} for a remedy that pays no money back. */
		public static RefundBasis of(Remedy offered) {
			if (!offered.paysMoneyBack()) {
				return null;
			}
			return switch (offered) {
				case CANCELLATION_REFUND -> CANCELLATION;
				case GOODWILL_REFUND -> GOODWILL;
				default -> CONSUMER_RIGHTS_ACT;
			};
		}

	}

	/**
	 * The last day to pay a refund, the one rule for the RMA and for generated data.
	 *
	 * @param offered     the remedy offered
	 * @param productType what was bought
	 * @param returnMethod how the goods come back
	 * @param requestDate the day the customer asked: for a cancellation, the day they told the shop they were
	 *                    cancelling
	 * @param agreedOn    the day the shop agreed the refund (authorised the RMA); {@code null} while not agreed
	 * @param proofOfPostingOn the day the customer showed proof of posting the goods back; {@code null} if not
	 * @param receivedOn  the day the goods came back; {@code null} while they have not
	 * @return {@code null} while the refund is not agreed, pays nothing, or waits for the goods to come back
	 */
	public static LocalDate refundDueOn(Remedy offered, ProductType productType, ReturnMethod returnMethod,
			LocalDate requestDate, LocalDate agreedOn, LocalDate proofOfPostingOn, LocalDate receivedOn) {
		RefundBasis basis = RefundBasis.of(offered);
		if (agreedOn == null || basis == null) {
			return null;
		}
		return switch (basis) {
			// The day agreed is the first of the 14 (CRA s.20(15)); returns-policy.md gives goodwill no other rule.
			case CONSUMER_RIGHTS_ACT, GOODWILL -> agreedOn.plusDays(REFUND_DAYS - 1);
			// Nothing to come back, or the shop collects it: 14 days after the day the customer cancelled, which is
			// the day they asked, not the day the shop authorised it (reg 34(4)).
			case CANCELLATION -> waitsForGoods(offered, productType, returnMethod)
					? Stream.of(proofOfPostingOn, receivedOn)
						.filter(Objects::nonNull)
						.min(Comparator.naturalOrder())
						.map(day -> day.plusDays(REFUND_DAYS))
						.orElse(null)
					: requestDate.plusDays(REFUND_DAYS);
		};
	}

	/**
	 * Whether the refund's 14 days start only when the goods come back, or the customer shows they sent them: a
	 * cancellation of goods the shop did not offer to collect (CCR 2013 reg 34(5)-(6)).
	 */
	static boolean waitsForGoods(Remedy offered, ProductType productType, ReturnMethod returnMethod) {
		return offered == Remedy.CANCELLATION_REFUND && productType == ProductType.GOODS
				&& returnMethod != ReturnMethod.COLLECTION;
	}

	/** What is wrong with the deduction, if anything: the form field and the message code. */
	static Optional<ReturnAuthorisationRefusedException.Breach> deductionProblem(Remedy offered, ReturnAssessment assessment,
			boolean cancellationInfoGiven, BigDecimal deduction, String reason, BigDecimal total) {
		return deductionAmountProblem(offered, assessment, cancellationInfoGiven, deduction, total)
			.map(code -> new ReturnAuthorisationRefusedException.Breach("deductionAmount", code, null))
			.or(() -> deduction != null && deduction.signum() > 0 && (reason == null || reason.isBlank())
					? Optional.of(new ReturnAuthorisationRefusedException.Breach("deductionReason",
							"rma.deductionReason.required", null))
					: Optional.empty());
	}

	/**
	 * What is wrong with a price reduction the customer chose over a final rejection, keeping the goods (CRA 2015
	 * s.24(1)-(2)): the reduction agreed must be given, more than nothing and less than the price (the whole price back
	 * is a final rejection, and the goods come back); and it carries no deduction for use, which only a rejection
	 * makes (s.24(8)-(10)): the reduction is itself what the customer is paid.
	 */
	static java.util.List<ReturnAuthorisationRefusedException.Breach> priceReductionProblems(BigDecimal reduction,
			BigDecimal deduction, BigDecimal total) {
		java.util.List<ReturnAuthorisationRefusedException.Breach> problems = new java.util.ArrayList<>();
		if (reduction == null) {
			problems.add(new ReturnAuthorisationRefusedException.Breach("priceReduction",
					"rma.priceReduction.required", null));
		}
		else if (reduction.signum() <= 0 || (total != null && reduction.compareTo(total) >= 0)) {
			problems.add(new ReturnAuthorisationRefusedException.Breach("priceReduction",
					"rma.priceReduction.range", null));
		}
		if (deduction != null && deduction.signum() > 0) {
			problems.add(new ReturnAuthorisationRefusedException.Breach("deductionAmount",
					"rma.deductionAmount.priceReduction", null));
		}
		return problems;
	}

	private static Optional<String> deductionAmountProblem(Remedy offered, ReturnAssessment assessment,
			boolean cancellationInfoGiven, BigDecimal deduction, BigDecimal total) {
		if (deduction == null || deduction.signum() == 0) {
			return Optional.empty();
		}
		if (!offered.paysMoneyBack()) {
			return Optional.of("rma.deductionAmount.notARefund");
		}
		if (deduction.compareTo(total) > 0) {
			return Optional.of("rma.deductionAmount.tooLarge");
		}
		if (assessment.remedy() == Remedy.FULL_REFUND
				&& RemedyOfferRule.value(offered) == RemedyOfferRule.value(Remedy.FULL_REFUND)) {
			// The customer may reject for the whole price without any fee, so no other label on a whole-price refund
			// (a cancellation with a handling charge, say) may take part of it back.
			return Optional.of("rma.deductionAmount.shortTermReject");
		}
		return switch (offered) {
			case FULL_REFUND -> Optional.of("rma.deductionAmount.shortTermReject");
			case FINAL_REJECT_OR_PRICE_REDUCTION -> assessment.deductionForUseAllowed() ? Optional.empty()
					: Optional.of("rma.deductionAmount.withinSixMonths");
			case CANCELLATION_REFUND -> cancellationInfoGiven ? Optional.empty()
					: Optional.of("rma.deductionAmount.noCancellationInformation");
			default -> Optional.empty();
		};
	}

}
