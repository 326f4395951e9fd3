package io.crimelake.lake.adapter.in.web;

/** Thrown when a dataset has no committed snapshot yet, so there is nothing current to show. */
final class NoSnapshotException extends RuntimeException {
    NoSnapshotException(String dataset) {
        super("dataset '" + dataset + "' has no snapshot yet; compact a batch first");
    }
}
