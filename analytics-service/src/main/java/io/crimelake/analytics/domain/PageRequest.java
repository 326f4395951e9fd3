package io.crimelake.analytics.domain;

/**
 * A zero-based page of the filtered incidents.
 *
 * @param page page number, 0 to {@value #MAX_PAGE}
 * @param size rows per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidParameterException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** The number of rows before this page. */
    public long offset() {
        return (long) page * size;
    }
}
