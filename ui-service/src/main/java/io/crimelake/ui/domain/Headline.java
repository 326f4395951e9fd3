package io.crimelake.ui.domain;

import java.util.OptionalDouble;

/**
 * The dashboard's headline figures for a window and for the equally long window before it.
 *
 * @param arrestPercent share of the window's incidents that led to an arrest, 0 to 100
 */
public record Headline(long incidents, double arrestPercent, long previousIncidents) {

    /** Change in incidents against the previous window in percent; empty when that window had none. */
    public OptionalDouble changePercent() {
        if (previousIncidents == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * (incidents - previousIncidents) / previousIncidents);
    }
}
