package io.crimelake.lake.domain;

/** Thrown when the lake's object store fails; the lake stays at its last committed snapshot. */
public final class LakeStorageException extends RuntimeException {
    public LakeStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
