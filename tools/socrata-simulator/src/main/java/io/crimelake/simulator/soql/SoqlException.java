package io.crimelake.simulator.soql;

import static java.util.Objects.requireNonNull;

/** A query the simulator cannot run, carrying the Socrata error code the portal would answer with. */
public final class SoqlException extends RuntimeException {

    /** The portal's code for a query that does not parse or does not type-check. */
    public static final String MALFORMED = "query.compiler.malformed";
    /** The portal's code for a reference to a column the dataset does not have. */
    public static final String NO_SUCH_COLUMN = "query.soql.no-such-column";

    private final String code;

    public SoqlException(String code, String message) {
        super(message);
        this.code = requireNonNull(code, "code is null");
    }

    public static SoqlException malformed(String message) {
        return new SoqlException(MALFORMED, message);
    }

    public String code() {
        return code;
    }
}
