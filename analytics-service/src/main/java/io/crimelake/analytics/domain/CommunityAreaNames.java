package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Community-area names by number, as one version of the stored boundaries publishes them.
 *
 * @param version the boundaries version the names come from, {@code none} before any were loaded
 * @param byNumber name of each area the boundaries hold
 */
public record CommunityAreaNames(String version, Map<Integer, String> byNumber) {
    /** Before ingest-service has loaded any boundaries. */
    public static final CommunityAreaNames NONE = new CommunityAreaNames("none", Map.of());

    public CommunityAreaNames {
        requireNonNull(version, "version is null");
        byNumber = Map.copyOf(requireNonNull(byNumber, "byNumber is null"));
    }

    /** The area's name, or "Community area N" when the boundaries do not name it (or none are loaded). */
    public String name(int number) {
        return byNumber.getOrDefault(number, "Community area " + number);
    }
}
