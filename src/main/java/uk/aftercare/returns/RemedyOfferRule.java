package uk.aftercare.returns;

import java.util.Objects;

/**
 * Whether staff may offer a remedy, given what the engine decided. The customer's statutory right is a floor:
 * staff cannot offer less unless the customer asks for it (the law lets a customer choose a repair over a refund,
 * for example, CRA 2015 s.23(2)), and cannot dress a statutory right up as goodwill or the other way round.
 * Offering more than the law or the goodwill policy gives is allowed, but it is a goodwill exception that needs a
 * supervisor.
 *
 * <p>Remedies are compared by what they give the customer: nothing; the goods put right (repair, replacement,
 * repeat performance); an exchange; part or all of the price back; the whole price back.
 */
public final class RemedyOfferRule {

	private RemedyOfferRule() {
	}

	/** The verdict on an offer; only {@link #REFUSED} stops the return authorisation. */
	public enum Verdict {

		/** The remedy the engine decided. */
		AS_DECIDED,
		/** Another remedy the customer is also entitled to, at least as good as the decided one. */
		ALTERNATIVE,
		/** A lesser remedy, allowed because it is what the customer asked for. */
		CUSTOMER_CHOICE,
		/** More than the customer is entitled to: allowed, but a supervisor must approve it. */
		GOODWILL_EXCEPTION,
		/** Less than the customer is entitled to, or the right value on the wrong legal footing. */
		REFUSED

	}

	/**
	 * The verdict, with the message code that explains it to staff. Messages take the decided remedy, its legal
	 * basis and the offered remedy as arguments {0}, {1} and {2}.
	 */
	public record Judgement(Verdict verdict, String messageCode, Remedy decided, String legalBasis, Remedy offered) {

		public boolean allowed() {
			return verdict != Verdict.REFUSED;
		}

		public boolean goodwillException() {
			return verdict == Verdict.GOODWILL_EXCEPTION;
		}

	}

	/**
	 * @param assessment  the engine's decision for the return
	 * @param offered     the remedy staff want to offer
	 * @param wish        what the customer asked for; {@code null} when not recorded
	 * @param productType what comes back: goods kept with a price reduction are recorded as a final rejection or price
	 *                    reduction with the customer's choice (CRA 2015 s.24), never as {@link Remedy#PRICE_REDUCTION},
	 *                    the remedy of digital content and services (ss.44, 56), which would take the goods back and
	 *                    refund their whole price
	 */
	public static Judgement judge(ReturnAssessment assessment, Remedy offered, CustomerWish wish,
			ProductType productType) {
		Objects.requireNonNull(assessment, "assessment");
		Objects.requireNonNull(offered, "offered");
		if (offered == Remedy.PRICE_REDUCTION && productType == ProductType.GOODS) {
			return judgement(Verdict.REFUSED, "rma.offer.priceReductionOfGoods", assessment, offered);
		}
		Remedy decided = assessment.remedy();
		if (offered == decided) {
			return judgement(Verdict.AS_DECIDED, "rma.offer.asDecided", assessment, offered);
		}
		int gap = value(offered) - value(decided);
		if (gap == 0 && offered.isStatutory() != decided.isStatutory()) {
			// Same value, different footing: a statutory refund recorded as goodwill hides the customer's right (and
			// would let a deduction through), and a goodwill refund recorded as statutory claims a right that does not
			// exist. Checked before the alternatives: a goodwill refund can be listed as one beside a statutory refund.
			return mislabelled(assessment, offered);
		}
		boolean customerAsked = wish != null && wish.isMetBy(offered);
		if (assessment.alternatives().contains(offered)) {
			if (gap >= 0) {
				return judgement(Verdict.ALTERNATIVE, "rma.offer.alternative", assessment, offered);
			}
			return customerAsked ? judgement(Verdict.CUSTOMER_CHOICE, "rma.offer.customerChoice", assessment, offered)
					: lesser(assessment, offered);
		}
		if (gap > 0) {
			return judgement(Verdict.GOODWILL_EXCEPTION, "rma.offer.goodwillException", assessment, offered);
		}
		if (gap < 0) {
			return customerAsked ? judgement(Verdict.CUSTOMER_CHOICE, "rma.offer.customerChoice", assessment, offered)
					: lesser(assessment, offered);
		}
		// Same value under another rule the law does not give here (a cancellation for a short-term rejection in a
		// shop, say): the right value, recorded with the wrong legal basis.
		return mislabelled(assessment, offered);
	}

	private static Judgement mislabelled(ReturnAssessment assessment, Remedy offered) {
		return judgement(Verdict.REFUSED,
				assessment.statutory() ? "rma.offer.mislabelled.statutory" : "rma.offer.mislabelled.goodwill",
				assessment, offered);
	}

	private static Judgement lesser(ReturnAssessment assessment, Remedy offered) {
		return judgement(Verdict.REFUSED,
				assessment.statutory() ? "rma.offer.lesser.statutory" : "rma.offer.lesser.goodwill", assessment,
				offered);
	}

	private static Judgement judgement(Verdict verdict, String code, ReturnAssessment assessment, Remedy offered) {
		return new Judgement(verdict, code, assessment.remedy(), assessment.legalBasis(), offered);
	}

	/** What a remedy gives the customer, from nothing (0) to the whole price back (4). */
	static int value(Remedy remedy) {
		return switch (remedy) {
			case NO_REMEDY -> 0;
			case REPAIR_OR_REPLACEMENT, REPEAT_PERFORMANCE -> 1;
			case GOODWILL_EXCHANGE -> 2;
			case PRICE_REDUCTION, FINAL_REJECT_OR_PRICE_REDUCTION -> 3;
			case FULL_REFUND, CANCELLATION_REFUND, GOODWILL_REFUND -> 4;
		};
	}

}
