package uk.aftercare.returns;

/**
 * One invalid field of a {@link ReturnRequest}, named as in the JSON API so callers can show it next to the input.
 *
 * @param field   the request field name, e.g. {@code deliveryDate}
 * @param message what is wrong, in words staff can act on
 */
public record FieldError(String field, String message) {
}
