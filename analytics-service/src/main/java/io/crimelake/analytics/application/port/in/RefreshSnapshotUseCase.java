package io.crimelake.analytics.application.port.in;

/** Incoming port that makes the lake's newest published snapshot the one queries run on. */
public interface RefreshSnapshotUseCase {

    /** Switches to the source's current snapshot if it changed; true when a switch happened. Fast. */
    boolean refresh();

    /** Builds the serving layout of the current snapshot, which answers from Parquet until it is ready. */
    void prepareCurrent();
}
