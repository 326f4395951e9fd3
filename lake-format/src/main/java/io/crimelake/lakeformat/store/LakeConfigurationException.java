package io.crimelake.lakeformat.store;

/** Thrown when the lake settings (LAKE_URI, MINIO_*) cannot work; the message says what to change. */
public final class LakeConfigurationException extends RuntimeException {
    public LakeConfigurationException(String message) {
        super(message);
    }

    public LakeConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
