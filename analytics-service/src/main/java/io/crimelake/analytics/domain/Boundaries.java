package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/**
 * The community-area boundaries maps are drawn over: a GeoJSON FeatureCollection whose features carry the
 * properties {@code area} (number) and {@code name}, and the names it gives each area.
 *
 * @param names the areas' names and the version of the boundaries
 * @param featureCollection the GeoJSON document, UTF-8; never modified after construction
 */
public record Boundaries(CommunityAreaNames names, byte[] featureCollection) {
    private static final byte[] EMPTY =
            "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8);

    public Boundaries {
        requireNonNull(names, "names is null");
        requireNonNull(featureCollection, "featureCollection is null");
    }

    /** No boundaries loaded yet: an empty FeatureCollection. */
    public static Boundaries none() {
        return new Boundaries(CommunityAreaNames.NONE, EMPTY);
    }

    /** Identifies the stored boundaries these come from; changes whenever their content does. */
    public String version() {
        return names.version();
    }
}
