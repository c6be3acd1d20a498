package uk.aftercare.escalation;

/** Why a case needs someone with more authority. Codes as in the returns policy reference. */
public enum EscalationReason {

	SAFETY_CONCERN("safety concern", "The customer reports a safety risk (fire, smoke, shock or injury)."),
	LEGAL_THREAT("legal threat",
			"The customer mentions legal action, Trading Standards, an ombudsman or a chargeback."),
	SOCIAL_MEDIA_THREAT("social media threat",
			"The customer says they will complain publicly online or to the press."),
	VULNERABLE_CUSTOMER("vulnerable customer", "The customer may be vulnerable and needs extra care."),
	REPEAT_CONTACT("repeat contact", "The customer has had to contact us repeatedly about this."),
	SLA_BREACH("missed target", "The case has missed its response or resolution target."),
	/** Asked for by a member of staff ("Ask a supervisor" on the case page), with what they need decided. */
	STAFF_REQUEST("question from staff", "Staff ask a supervisor to decide what is beyond their authority."),
	GOODWILL_EXCEPTION("goodwill exception", "Staff ask to go beyond the goodwill policy."),
	REFUND_OVER_AUTHORITY_LIMIT("refund over the authority limit",
			"The refund is above the front-line authority limit."),
	/**
	 * Raised whenever a deduction is allowed, whether or not staff entered one: how much to deduct, if anything, is
	 * for whoever authorises the refund (returns policy; CRA 2015 s.24(10)).
	 */
	DEDUCTION_FOR_USE("deduction for use",
			"A deduction for use is allowed on this final rejection (more than 6 months after delivery),"
			+ " so the amount refunded needs authorising."),
	COMPLIANCE_RISK("compliance risk", "Cancellation applies only because cancellation information was not given."),
	NO_PROOF_OF_PURCHASE("no proof of purchase",
			"A statutory remedy without proof of purchase: the purchase must be verified.");

	private final String shortName;

	private final String explanation;

	EscalationReason(String shortName, String explanation) {
		this.shortName = shortName;
		this.explanation = explanation;
	}

	/** A few words, lower case, for a subject line ("legal threat"); {@link #explanation} says it in full. */
	public String shortName() {
		return shortName;
	}

	public String explanation() {
		return explanation;
	}

	/** Safety and legal risk come first in a supervisor's queue. */
	public boolean isUrgent() {
		return this == SAFETY_CONCERN || this == LEGAL_THREAT;
	}

}
