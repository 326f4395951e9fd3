package io.crimelake.ui.domain.admin;

/** A run request the operator has to correct before it is sent; {@code field} names the input at fault. */
public final class InvalidRunRequestException extends IllegalArgumentException {
    private final String field;

    public InvalidRunRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
