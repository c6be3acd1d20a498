package uk.aftercare.customers;

/** What other modules and pages need to know of a customer. */
public record CustomerSummary(Long id, String name, String email, String phone) {
}
