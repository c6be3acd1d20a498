package uk.aftercare.followups;

/** Why a customer is not e-mailed. */
public enum EmailBlock {

	/** The case has no e-mail address for the customer. */
	NO_ADDRESS,

	/** The customer asked not to receive e-mails. */
	CUSTOMER_SAID_NO,

	/** The customer has not agreed to a satisfaction survey (surveys only). */
	NO_SURVEY_CONSENT

}
