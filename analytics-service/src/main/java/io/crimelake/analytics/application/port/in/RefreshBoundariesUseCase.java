package io.crimelake.analytics.application.port.in;

/** Picks up boundaries newly stored in the lake. */
public interface RefreshBoundariesUseCase {

    /** Switches to the stored boundaries when their version changed; true when it did. */
    boolean refresh();
}
