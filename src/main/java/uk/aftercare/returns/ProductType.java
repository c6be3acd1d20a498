package uk.aftercare.returns;

/**
 * What was bought. The Consumer Rights Act 2015 gives different remedies for each:
 * goods (Chapter 2), digital content (Chapter 3) and services (Chapter 4).
 */
public enum ProductType {
    GOODS,
    DIGITAL_CONTENT,
    SERVICE
}
