package uk.aftercare.cases;

/** Whether a contact came from the customer or went to them. */
public enum ContactDirection { FROM_CUSTOMER, TO_CUSTOMER }
