package io.crimelake.ingest.adapter.in.web;

/** A run id that names no recorded run. */
final class RunNotFoundException extends RuntimeException {
    RunNotFoundException(String runId) {
        super("no run with id " + runId);
    }
}
