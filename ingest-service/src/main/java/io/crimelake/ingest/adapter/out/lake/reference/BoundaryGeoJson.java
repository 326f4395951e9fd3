package io.crimelake.ingest.adapter.out.lake.reference;

import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundary;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of the boundaries: a GeoJSON FeatureCollection, one feature per area in area order, with the
 * properties {@code area} (number) and {@code name} and the portal's geometry written through unchanged (no
 * simplification: 77 areas of the real portal take about 2 MB).
 *
 * @param version the first 16 hex digits of the content's SHA-256, so equal content has an equal name
 */
record BoundaryGeoJson(String version, byte[] content) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int VERSION_HEX_DIGITS = 16;

    static BoundaryGeoJson of(CommunityAreaBoundaries boundaries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("type", "FeatureCollection");
            generator.writeArrayPropertyStart("features");
            for (CommunityAreaBoundary area : boundaries.areas()) {
                generator.writeStartObject();
                generator.writeStringProperty("type", "Feature");
                generator.writeObjectPropertyStart("properties");
                generator.writeNumberProperty("area", area.area());
                generator.writeStringProperty("name", area.name());
                generator.writeEndObject();
                generator.writeName("geometry");
                generator.writeRawValue(area.geometry());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        byte[] content = out.toByteArray();
        return new BoundaryGeoJson(sha256(content).substring(0, VERSION_HEX_DIGITS), content);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
