package uk.aftercare.followups;

/** Why a complaint happened, from the shop's managed list; managers see them in reports. */
public enum RootCause { PRODUCT_DEFECT, DELIVERY, STAFF_CONDUCT, INFORMATION, PROCESS, PRICING, OTHER }
