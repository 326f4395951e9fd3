package io.crimelake.ui.domain.admin;

/** The admin bearer token an operator typed in; never printed, so it cannot leak into logs. */
public record AdminToken(String value) {

    public AdminToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the admin token is empty");
        }
        value = value.strip();
    }

    /** The {@code Authorization} header value carrying this token. */
    public String bearer() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AdminToken[***]";
    }
}
