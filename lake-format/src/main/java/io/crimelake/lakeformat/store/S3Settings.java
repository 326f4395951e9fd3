package io.crimelake.lakeformat.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The S3 endpoint and credentials the services read from {@code MINIO_ENDPOINT}, {@code MINIO_ACCESS_KEY} and
 * {@code MINIO_SECRET_KEY}; a component is null when its variable is not set, since file: lakes need none.
 */
public record S3Settings(String endpoint, String accessKey, String secretKey) {
    public static final String ENDPOINT_VARIABLE = "MINIO_ENDPOINT";
    public static final String ACCESS_KEY_VARIABLE = "MINIO_ACCESS_KEY";
    public static final String SECRET_KEY_VARIABLE = "MINIO_SECRET_KEY";

    public S3Settings {
        endpoint = blankToNull(endpoint);
        accessKey = blankToNull(accessKey);
        secretKey = blankToNull(secretKey);
    }

    /** Settings for a lake that does not use S3. */
    public static S3Settings none() {
        return new S3Settings(null, null, null);
    }

    /** Reads the settings from environment variables, e.g. {@code System.getenv()}. */
    public static S3Settings fromEnvironment(Map<String, String> environment) {
        return new S3Settings(
                environment.get(ENDPOINT_VARIABLE),
                environment.get(ACCESS_KEY_VARIABLE),
                environment.get(SECRET_KEY_VARIABLE));
    }

    /** The variables that still need a value before an S3 lake can be opened. */
    public List<String> missingVariables() {
        var missing = new ArrayList<String>();
        if (endpoint == null) {
            missing.add(ENDPOINT_VARIABLE);
        }
        if (accessKey == null) {
            missing.add(ACCESS_KEY_VARIABLE);
        }
        if (secretKey == null) {
            missing.add(SECRET_KEY_VARIABLE);
        }
        return List.copyOf(missing);
    }

    /** Never prints the secret key, so settings can be logged. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", accessKey=" + accessKey + ", secretKey="
                + (secretKey == null ? null : "****") + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
