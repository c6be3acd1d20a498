package uk.aftercare.shared;

/** One invalid input field, as listed in a problem+json {@code errors} array. */
public record FieldProblem(String field, String message) {
}
