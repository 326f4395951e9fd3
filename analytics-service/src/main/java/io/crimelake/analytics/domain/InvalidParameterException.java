package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

/** A request parameter that is missing, malformed or out of range; the message is safe to show to callers. */
public class InvalidParameterException extends RuntimeException {
    private final String parameter;

    public InvalidParameterException(String parameter, String reason) {
        super(requireNonNull(reason, "reason is null"));
        this.parameter = requireNonNull(parameter, "parameter is null");
    }

    /** The name of the offending parameter, as the caller spelled it in the API. */
    public String parameter() {
        return parameter;
    }
}
