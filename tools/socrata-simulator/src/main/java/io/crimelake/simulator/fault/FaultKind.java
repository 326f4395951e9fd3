package io.crimelake.simulator.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The failures the simulator can inject, each with the token used in fault specs and the admin endpoint. */
public enum FaultKind {
    /** 429 with a {@code Retry-After} header. */
    TOO_MANY_REQUESTS("429"),
    /** 429 without {@code Retry-After}: the client must pick its own back-off. */
    TOO_MANY_REQUESTS_WITHOUT_RETRY_AFTER("429-no-retry-after"),
    SERVER_ERROR("500"),
    /** 503 with an HTML body, as the portal's load balancer sends it. */
    SERVICE_UNAVAILABLE("503"),
    /** 202: the portal is still computing the query; the same request must be repeated. */
    STILL_PROCESSING("202"),
    /** The normal response, after a delay. */
    SLOW("slow"),
    /** Part of the body, then the connection is dropped before the response completes. */
    CONNECTION_RESET("reset"),
    /** A response that completes normally but whose JSON body is cut short. */
    TRUNCATED_BODY("truncate"),
    /** An extra row of garbage values ({@code "id":"abc"}, {@code "date":"not-a-date"}) at the start of the page. */
    MALFORMED_ROW("malformed-row"),
    /** An extra, undocumented key in every row, as when the portal adds a column. */
    UNKNOWN_COLUMN("unknown-column");

    private final String token;

    FaultKind(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static FaultKind fromToken(String token) {
        String wanted = token.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.token.equals(wanted) || kind.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault '" + token + "'; known: "
                        + Arrays.stream(values()).map(FaultKind::token).collect(Collectors.joining(", "))));
    }

    /** Whether the fault replaces the response by an error status instead of altering a normal one. */
    public boolean replacesResponse() {
        return switch (this) {
            case TOO_MANY_REQUESTS,
                    TOO_MANY_REQUESTS_WITHOUT_RETRY_AFTER,
                    SERVER_ERROR,
                    SERVICE_UNAVAILABLE,
                    STILL_PROCESSING -> true;
            default -> false;
        };
    }
}
