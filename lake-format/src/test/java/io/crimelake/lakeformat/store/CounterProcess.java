package io.crimelake.lakeformat.store;

import java.nio.file.Path;

/** A separate JVM that increments a counter object in a local store, to race another process's increments. */
final class CounterProcess {
    private CounterProcess() {}

    /** Arguments: lake root folder, counter key, number of increments. */
    public static void main(String[] args) throws Exception {
        try (ObjectStore store = new LocalObjectStore(Path.of(args[0]))) {
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                AbstractObjectStoreTest.increment(store, args[1]);
            }
        }
    }
}
