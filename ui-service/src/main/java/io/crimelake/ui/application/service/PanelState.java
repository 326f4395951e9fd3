package io.crimelake.ui.application.service;

import static java.util.Objects.requireNonNull;

/** What one dashboard panel shows: a spinner, data, the "nothing matches" hint, or an error with retry. */
public sealed interface PanelState<T> {

    /** The panel's request is under way. */
    record Loading<T>() implements PanelState<T> {}

    /** The request answered with nothing matching the filter. */
    record Empty<T>() implements PanelState<T> {}

    /** The request answered with data to draw. */
    record Loaded<T>(T data) implements PanelState<T> {
        public Loaded {
            requireNonNull(data, "data is null");
        }
    }

    /** The request failed; {@code message} is fit to show the user. */
    record Failed<T>(String message) implements PanelState<T> {
        public Failed {
            requireNonNull(message, "message is null");
        }
    }
}
