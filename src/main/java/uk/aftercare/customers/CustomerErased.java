package uk.aftercare.customers;

/**
 * A customer's personal data was erased (UK GDPR art. 17), at their request or after the retention period. Published
 * within the erasing transaction: a module that keeps copies outside the database (a cache of computed reports)
 * listens for its commit and drops them, so it shows nothing of the customer's from then on.
 */
public record CustomerErased(long customerId) {
}
