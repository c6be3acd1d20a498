package uk.aftercare.staff;

/** Whether an API token can still be used. */
public enum ApiTokenStatus {

	ACTIVE, EXPIRED, REVOKED

}
