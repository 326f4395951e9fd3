package io.crimelake.lake.domain;

import static java.util.Objects.requireNonNull;

/** Thrown when a staged file cannot be read as the dataset's Parquet format; the lake stays unchanged. */
public final class UnreadableBatchException extends RuntimeException {
    private final String file;

    public UnreadableBatchException(String file, String reason, Throwable cause) {
        super("staged file '" + requireNonNull(file, "file is null") + "' is unreadable: " + reason, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
