package uk.aftercare.followups;

/** How the customer would rather hear from the shop. */
public enum PreferredChannel { EMAIL, PHONE, POST, IN_STORE }
