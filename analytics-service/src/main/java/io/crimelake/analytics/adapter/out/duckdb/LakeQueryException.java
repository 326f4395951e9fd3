package io.crimelake.analytics.adapter.out.duckdb;

/** DuckDB failed to run a query for a reason other than its timeout, such as an unreadable lake file. */
public class LakeQueryException extends RuntimeException {

    LakeQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
