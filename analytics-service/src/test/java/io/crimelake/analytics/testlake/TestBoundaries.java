package io.crimelake.analytics.testlake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Community-area boundaries stored in a test lake as ingest-service stores them: a pointer
 * {@code reference/community_areas/current} and the GeoJSON document it names. Areas 1-76 get a square each;
 * area 77 is left out, so answers must fall back to a numbered name for it.
 */
public final class TestBoundaries {
    public static final String VERSION = "0123456789abcdef";
    public static final int UNNAMED_AREA = 77;

    private TestBoundaries() {}

    /** The name the stored boundaries give {@code area}, as the portal spells names (upper case). */
    public static String name(int area) {
        return switch (area) {
            case 1 -> "ROGERS PARK";
            case 32 -> "LOOP";
            default -> "AREA " + area;
        };
    }

    /** Names by area number, for every area the boundaries hold. */
    public static Map<Integer, String> names() {
        Map<Integer, String> names = new TreeMap<>();
        for (int area = 1; area < UNNAMED_AREA; area++) {
            names.put(area, name(area));
        }
        return names;
    }

    /** Writes the document and then its pointer under {@code lakeRoot}. */
    public static void store(Path lakeRoot, String version, Map<Integer, String> names) {
        StringBuilder features = new StringBuilder();
        names.forEach((area, name) -> {
            double west = -87.9 + area * 0.004;
            features.append(features.isEmpty() ? "" : ",")
                    .append("{\"type\":\"Feature\",\"properties\":{\"area\":%d,\"name\":\"%s\"},".formatted(area, name))
                    .append("\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[")
                    .append("[%s,41.8],[%s,41.8],[%s,41.9],[%s,41.8]]]]}}".formatted(west, west + 0.004, west, west));
        });
        String key = "reference/community_areas/" + version + ".geojson";
        try {
            Path folder = Files.createDirectories(lakeRoot.resolve("reference/community_areas"));
            Files.writeString(
                    lakeRoot.resolve(key), "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
            Files.writeString(folder.resolve("current"), """
                    {"formatVersion":1,"dataset":"igwz-8jzy","version":"%s","key":"%s","areas":%d,\
                    "sourceUpdatedAt":"2024-06-01T00:00:00Z","storedAt":"2025-01-07T04:00:00Z"}""".formatted(version, key, names.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
