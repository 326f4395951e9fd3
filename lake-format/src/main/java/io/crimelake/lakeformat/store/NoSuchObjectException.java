package io.crimelake.lakeformat.store;

import java.io.IOException;

/** Thrown when a lake object that must exist is not there. */
public final class NoSuchObjectException extends IOException {
    private final String key;

    public NoSuchObjectException(String key) {
        super("no lake object with key '" + key + "'");
        this.key = key;
    }

    public NoSuchObjectException(String key, Throwable cause) {
        super("no lake object with key '" + key + "'", cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
