package io.crimelake.simulator.boundary;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/** A served boundaries dataset (community areas): a handful of features that never change while serving. */
public record BoundaryDataset(String id, String name, List<Boundary> features, Instant rowsUpdatedAt) {

    /** The portal's "Boundaries - Community Areas (current)". */
    public static final String COMMUNITY_AREAS_ID = "igwz-8jzy";

    public BoundaryDataset {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        features = List.copyOf(requireNonNull(features, "features is null"));
        requireNonNull(rowsUpdatedAt, "rowsUpdatedAt is null");
    }

    /** The property names of all features, sorted, for the metadata's column list. */
    public List<String> propertyNames() {
        return features.stream()
                .flatMap(feature -> feature.properties().keySet().stream())
                .distinct()
                .sorted()
                .toList();
    }
}
