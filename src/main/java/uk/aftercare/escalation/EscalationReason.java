package uk.aftercare.escalation;

/** Why a case needs someone with more authority. Codes as in the returns policy reference. */
public enum EscalationReason {

	SAFETY_CONCERN("The customer reports a safety risk (fire, smoke, shock or injury)."),
	LEGAL_THREAT("The customer mentions legal action, Trading Standards, an ombudsman or a chargeback."),
	SOCIAL_MEDIA_THREAT("The customer says they will complain publicly online or to the press."),
	VULNERABLE_CUSTOMER("The customer may be vulnerable and needs extra care."),
	REPEAT_CONTACT("The customer has had to contact us repeatedly about this."),
	SLA_BREACH("The case has missed its response or resolution target."),
	GOODWILL_EXCEPTION("Staff ask to go beyond the goodwill policy."),
	REFUND_OVER_AUTHORITY_LIMIT("The refund is above the front-line authority limit."),
	/**
	 * Raised whenever a deduction is allowed, whether or not staff entered one: how much to deduct, if anything, is
	 * for whoever authorises the refund (returns policy; CRA 2015 s.24(10)).
	 */
	DEDUCTION_FOR_USE("A deduction for use is allowed on this final rejection (more than 6 months after delivery),"
			+ " so the amount refunded needs authorising."),
	COMPLIANCE_RISK("Cancellation applies only because cancellation information was not given."),
	NO_PROOF_OF_PURCHASE("A statutory remedy without proof of purchase: the purchase must be verified.");

	private final String explanation;

	EscalationReason(String explanation) {
		this.explanation = explanation;
	}

	public String explanation() {
		return explanation;
	}

	/** Safety and legal risk come first in a supervisor's queue. */
	public boolean isUrgent() {
		return this == SAFETY_CONCERN || this == LEGAL_THREAT;
	}

}
