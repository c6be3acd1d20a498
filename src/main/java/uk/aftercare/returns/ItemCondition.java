package uk.aftercare.returns;

/**
 * The state the item comes back in, as judged by staff.
 */
public enum ItemCondition {
    UNUSED,
    USED,
    DAMAGED_BY_CUSTOMER
}
