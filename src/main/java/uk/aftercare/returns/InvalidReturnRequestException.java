package uk.aftercare.returns;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ReturnsPolicy#assess} when the request is invalid. It is an {@link IllegalArgumentException}
 * because callers are expected to call {@link ReturnRequest#validate} first and show the errors themselves;
 * the errors are kept so a web layer can still list every invalid field.
 */
public class InvalidReturnRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidReturnRequestException(List<FieldError> errors) {
        super("Invalid return request: " + errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** Every invalid field, in the order of the request fields. */
    public List<FieldError> errors() {
        return errors;
    }
}
