package uk.aftercare.cases;

/** How the customer got in touch (or how we contacted them). */
public enum ContactChannel { IN_STORE, PHONE, EMAIL, WEB, CHAT }
