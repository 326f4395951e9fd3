package io.crimelake.simulator.format;

/** How the {@code location} column is rendered in JSON rows; clients must accept both. */
public enum LocationStyle {
    /** The legacy location object: {@code {"latitude":"41.8","longitude":"-87.6","human_address":"..."}}. */
    LEGACY_OBJECT,
    /** A GeoJSON point: {@code {"type":"Point","coordinates":[-87.6,41.8]}}. */
    GEOJSON_POINT
}
